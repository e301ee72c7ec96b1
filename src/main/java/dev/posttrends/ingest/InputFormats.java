package dev.posttrends.ingest;

import dev.posttrends.extract.RawInput;
import java.util.Locale;

/** Which reader an input file needs, by its name. */
public final class InputFormats {

  private InputFormats() {}

  public static String of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? RawInput.JSONL : RawInput.FILE;
  }

  /** Path {@code child} relative to {@code root}, both as URI paths; {@code /}-separated. */
  public static String relativize(String root, String child) {
    String base = root.endsWith("/") ? root : root + "/";
    if (child.startsWith(base)) {
      return child.substring(base.length());
    }
    int slash = child.lastIndexOf('/');
    return slash < 0 ? child : child.substring(slash + 1);
  }
}
