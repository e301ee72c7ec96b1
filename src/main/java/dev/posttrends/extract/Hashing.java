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
    String normalized =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s\\u00a0\\u3000]+", "");
    return sha256(normalized).substring(0, 32);
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
