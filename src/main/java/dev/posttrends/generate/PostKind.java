package dev.posttrends.generate;

import dev.posttrends.extract.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * What a generated file is: a good post, or one of the malformed kinds a real archive holds, with
 * the outcome the parser must give it (a reject reason, or a post read leniently).
 */
public enum PostKind {
  /** A well-formed post. */
  GOOD(null),
  /** An unescaped {@code "} inside the quoted title: YAML fails, the lenient reading recovers. */
  LENIENT_TITLE(null),
  /** The body alone, no front matter. */
  NO_FRONT_MATTER(RejectReason.NO_FRONT_MATTER),
  /** The opening {@code ---} and keys, never closed. */
  UNCLOSED_FRONT_MATTER(RejectReason.UNCLOSED_FRONT_MATTER),
  /** Front matter of junk lines with no {@code key: value} at all. */
  INVALID_FRONT_MATTER(RejectReason.INVALID_FRONT_MATTER),
  /** No {@code date:} key and a file name without a date. */
  MISSING_DATE(RejectReason.MISSING_DATE),
  /** 2 KB of random bytes with NULs. */
  BINARY(RejectReason.BINARY_FILE),
  /** 0 bytes. */
  EMPTY(RejectReason.EMPTY_FILE);

  /** The malformed kinds, in the order the generator cycles through them. */
  public static final List<PostKind> BAD =
      List.of(
          LENIENT_TITLE,
          NO_FRONT_MATTER,
          UNCLOSED_FRONT_MATTER,
          INVALID_FRONT_MATTER,
          MISSING_DATE,
          BINARY,
          EMPTY);

  private final RejectReason reason;

  PostKind(RejectReason reason) {
    this.reason = reason;
  }

  /** The reject reason the parser must give, or null for a post. */
  public RejectReason reason() {
    return reason;
  }

  /** Whether the parser must read it as a post with lenient front matter. */
  public boolean lenient() {
    return this == LENIENT_TITLE;
  }

  /** The file's bytes, made from a good post's text; {@code rnd} fills a binary file. */
  byte[] bytes(String good, Random rnd) {
    String text =
        switch (this) {
          case GOOD -> good;
          case LENIENT_TITLE -> good.replaceFirst("title: \"", "title: \"市长说\"稳中求进\"是关键，");
          case NO_FRONT_MATTER -> good.substring(good.indexOf("\n---\n") + 5);
          case UNCLOSED_FRONT_MATTER -> good.replaceFirst("\n---\n", "\n");
          case INVALID_FRONT_MATTER ->
              "---\n[[[\n- - -\n{: :}\n@@@ ### !!!\n]]]\n---\n"
                  + good.substring(good.indexOf("\n---\n") + 5);
          case MISSING_DATE -> good.replaceFirst("date: [^\n]*\n", "");
          case BINARY -> null;
          case EMPTY -> "";
        };
    if (text != null) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    byte[] junk = new byte[2048];
    rnd.nextBytes(junk);
    for (int i = 0; i < junk.length; i += 7) {
      junk[i] = 0;
    }
    return junk;
  }
}
