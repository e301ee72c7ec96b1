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
                  + "|rounds|basis|percentage|square|sq"));

  private EnglishNouns() {}

  /** The noun starting at {@code k} and its singular, or null. */
  static Units.Unit at(String t, int k) {
    int e = k;
    while (e < t.length() && t.charAt(e) >= 'a' && t.charAt(e) <= 'z') {
      e++;
    }
    if (e - k < 3
        || (e < t.length() && (NumberScanner.isLetter(t.charAt(e)) || t.charAt(e) == '-'))) {
      return null;
    }
    String w = t.substring(k, e);
    if (NOT_NOUNS.contains(w)) {
      return null;
    }
    return new Units.Unit(w, singular(w), Units.COUNT, 0, e);
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
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
