package dev.posttrends.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable identifiers: {@code post_id} from the source path, {@code content_hash} from text. */
public final class Hashing {

  private Hashing() {}

  /** First 16 hex digits of SHA-256 of the source path: stable across runs and machines. */
  public static String postId(String sourcePath) {
    return sha256(sourcePath).substring(0, 16);
  }

  /**
   * First 32 hex digits of SHA-256 of the normalized text: NFKC, lower case, all whitespace
   * removed, so reflowed or re-spaced copies of a story hash alike.
   */
  public static String contentHash(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return sha256(withoutSpaces(lower)).substring(0, 32);
  }

  /**
   * {@code text} without space, tab, line feed, vertical tab, form feed, carriage return, U+00A0
   * and U+3000 (what the regex class {@code [\s\x{a0}\x{3000}]} matches): a loop instead of
   * {@code replaceAll}, which compiled its pattern for every post (issue 11).
   */
  static String withoutSpaces(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space =
          c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u3000';
      if (space && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!space && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
