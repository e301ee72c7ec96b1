package dev.posttrends.extract.entities;

import dev.posttrends.extract.keywords.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * People the press names by their role: {@code 首席策略分析师李立峰表示}, {@code 董事长张三称}. The FAST segmenter
 * knows no unknown person, and cuts such a name into single characters; but a name right after a
 * role word ({@code roles.txt}) that starts with a common family name ({@code surnames.txt}) and is
 * followed by a speech verb or a clause break is a person: two to four characters (four only after
 * a two-character family name such as 欧阳), the shortest a cue follows. Limits: foreign names
 * (transliterations) and names without a role before them are not found; a role followed by a word
 * that happens to start with a family name and precede a cue reads as a name.
 */
final class RoleNames {

  /**
   * What follows a name in reporting: a speech verb, a break, or an adverb or time word that
   * follows the subject of a clause (投资人张三又出手, 董事长李四也表示, 分析师王五近日称).
   */
  private static final String[] CUES = {
    "表示", "认为", "指出", "称", "说", "介绍", "透露", "坦言", "强调", "预计", "提醒", "建议", "告诉", "接受", "在", "对", "的",
    "又", "也", "还", "曾", "已", "再", "将", "正", "亦", "均", "近日", "日前", "此前", "随后", "，", ",", "、", "：",
    ":", "。", "（", "("
  };

  private static final Set<String> ROLES =
      Set.copyOf(EntityLists.lines(EntityLists.FOLDER + "roles.txt"));
  private static final Set<String> SURNAMES = surnames();

  /** Whether a character ends some role word: most words end in none, and need no lookup. */
  private static final boolean[] ROLE_ENDS = EntityLists.lastChars(ROLES);

  private RoleNames() {}

  /** Adds the role-led persons of the segmented text to {@code out} and takes their spans. */
  static void find(String text, List<Word> words, Spans spans, List<Entity> out) {
    for (Word w : words) {
      String t = w.text();
      if (t.isEmpty() || !ROLE_ENDS[t.charAt(t.length() - 1)] || !ROLES.contains(t)) {
        continue;
      }
      int start = w.end();
      for (int length = 2; length <= 4; length++) { // 张三称: a cue right after two chars ends it
        int end = start + length;
        if (end <= text.length()
            && isName(text, start, end)
            && cueAt(text, end)
            && spans.isFree(start, end)) {
          String name = text.substring(start, end);
          out.add(new Entity(name, name, Entity.PERSON, null, null, "role", start));
          spans.take(start, end);
          break;
        }
      }
    }
  }

  private static boolean isName(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isIdeographic(text.charAt(i))) {
        return false;
      }
    }
    boolean single = SURNAMES.contains(text.substring(start, start + 1));
    boolean double_ = SURNAMES.contains(text.substring(start, start + 2));
    return end - start == 4 ? double_ : single || (end - start == 3 && double_);
  }

  private static boolean cueAt(String text, int at) {
    if (at == text.length()) {
      return true;
    }
    for (String cue : CUES) {
      if (text.startsWith(cue, at)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> surnames() {
    Set<String> out = new HashSet<>();
    for (String line : EntityLists.lines(EntityLists.FOLDER + "surnames.txt")) {
      for (String name : line.split("\\s+")) {
        out.add(name);
      }
    }
    return Set.copyOf(out);
  }
}
