package dev.posttrends.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Include/exclude globs over paths relative to an input root. A pattern without {@code /} matches
 * the file name ({@code *.md}); one with {@code /} matches the whole relative path, where {@code
 * **} crosses folders and a leading {@code **}{@code /} also matches no folder. Braces give
 * alternatives: {@code *.{md,markdown}}.
 */
public final class Globs implements Serializable {

  private final List<String> patterns;
  private transient List<Pattern> compiled;

  public Globs(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    compiled(); // reject a bad pattern on the driver
  }

  public List<String> patterns() {
    return patterns;
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** True when any pattern matches the relative path (or, for name patterns, its file name). */
  public boolean matches(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    List<Pattern> regexes = compiled();
    for (int i = 0; i < regexes.size(); i++) {
      String subject = patterns.get(i).contains("/") ? relativePath : name;
      if (regexes.get(i).matcher(subject).matches()) {
        return true;
      }
    }
    return false;
  }

  /** True when a folder (relative path, no trailing slash) is excluded with all it holds. */
  public boolean matchesFolder(String relativeDir) {
    List<Pattern> regexes = compiled();
    for (int i = 0; i < regexes.size(); i++) {
      String pattern = patterns.get(i);
      if (pattern.endsWith("/**") && regexes.get(i).matcher(relativeDir + "/").matches()) {
        return true;
      }
    }
    return false;
  }

  private List<Pattern> compiled() {
    if (compiled == null) {
      compiled = patterns.stream().map(Globs::toRegex).toList();
    }
    return compiled;
  }

  static Pattern toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        re.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '{') {
        braces++;
        re.append("(?:");
      } else if (c == '}' && braces > 0) {
        braces--;
        re.append(')');
      } else if (c == ',' && braces > 0) {
        re.append('|');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("Cannot use glob '" + glob + "': unbalanced '{'");
    }
    return Pattern.compile(re.toString());
  }
}
