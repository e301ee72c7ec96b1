package dev.posttrends.extract.metrics;

import java.util.Set;

/**
 * English count nouns after a number ({@code 5 companies} → {@code company}): any lower-case word
 * that is not a function word, a time word or a common adjective, in the singular.
 */
final class EnglishNouns {

  private static final Set<String> NOT_NOUNS =
      Set.of(
          TextScan.words(
              "and|or|of|in|on|at|for|from|by|with|the|to|than|per|as|is|are|was|were|be"
                  + "|been|will|would|can|could|may|might|has|have|had|does|did|its|this|that"
                  + "|these|those|which|who|what|when|where|while|after|before|since|until|over"
                  + "|under|about|into|onto|out|off|new|old|other|more|most|less|least|such"
                  + "|each|every|all|any|both|some|many|much|few|last|next|first|second|third"
                  + "|percent|cent|million|billion|trillion|thousand|hundred|dollars|yuan|euros"
                  + "|yen|points|point|year|years|month|months|day|days|week|weeks|hour|hours"
                  + "|minute|minutes|seconds|times|major|big|large|small|top|key|leading|local"
                  + "|foreign|chinese|domestic|listed|additional|consecutive|straight|against"
                  + "|versus|via|among|between|through|during|also|not|yet|still|just|only|then"
                  + "|there|here|said|says|according|ended|end|level|levels|mark|high|low"
                  + "|record|annual|annually|quarter|quarters|half|fiscal|financial|round"
                  + "|rounds|basis|percentage|square|sq|rose|fell|grew|gained|jumped|dropped"
                  + "|climbed|slid|declined|increased|decreased|added|lost|closed|opened|traded"
                  + "|rallied|slipped|edged|advanced|surged|tumbled|plunged|soared"));

  /** Modifiers of NOT_NOUNS that may stand between a number and its noun: 5 new stores. */
  private static final Set<String> ADJECTIVES =
      Set.of(
          TextScan.words(
              "new|old|other|more|major|big|large|small|top|key|leading|local|foreign|chinese"
                  + "|domestic|listed|additional|high|low|annual"));

  /** Most words looked at between a number and its noun (5 new electric buses). */
  private static final int MAX_MODIFIERS = 2;

  private EnglishNouns() {}

  /**
   * The noun starting at {@code k} and its singular, or null. Singular modifiers before a plural
   * noun are skipped ({@code 300 electric buses} → bus, {@code 5 major banks} → bank).
   */
  static Units.Unit at(String t, int k) {
    int e = wordEnd(t, k);
    if (e < 0) {
      return null;
    }
    String w = t.substring(k, e);
    boolean modifier = ADJECTIVES.contains(w);
    if (NOT_NOUNS.contains(w) && !modifier) {
      return null;
    }
    if (!modifier && isPlural(w)) {
      return noun(w, e); // the common case: 5 companies
    }
    int m = e;
    for (int n = 0; n < MAX_MODIFIERS && m + 1 < t.length() && t.charAt(m) == ' '; n++) {
      int x = wordEnd(t, m + 1);
      if (x < 0) {
        break;
      }
      String v = t.substring(m + 1, x);
      if (NOT_NOUNS.contains(v) && !ADJECTIVES.contains(v)) {
        break;
      }
      if (!ADJECTIVES.contains(v) && isPlural(v)) {
        return noun(v, x);
      }
      m = x;
    }
    return modifier ? null : noun(w, e); // 1 store, or a singular noun with no plural after it
  }

  private static Units.Unit noun(String w, int end) {
    return new Units.Unit(w, singular(w), Units.COUNT, 0, end);
  }

  /** End of a lower-case word of at least 3 letters at {@code k}, or -1. */
  private static int wordEnd(String t, int k) {
    int e = k;
    while (e < t.length() && t.charAt(e) >= 'a' && t.charAt(e) <= 'z') {
      e++;
    }
    if (e - k < 3
        || (e < t.length() && (NumberScanner.isLetter(t.charAt(e)) || t.charAt(e) == '-'))) {
      return -1;
    }
    return e;
  }

  private static boolean isPlural(String w) {
    return !singular(w).equals(w);
  }

  static String singular(String w) {
    switch (w) {
      case "people":
        return "person";
      case "men":
        return "man";
      case "women":
        return "woman";
      case "children":
        return "child";
      default:
        break;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("uses") && w.length() > 4 && "oa".indexOf(w.charAt(w.length() - 5)) < 0) {
      return w.substring(0, w.length() - 2); // buses, bonuses (not houses, causes)
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
