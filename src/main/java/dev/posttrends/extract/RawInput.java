package dev.posttrends.extract;

/**
 * One input as read from storage: a whole post file, or one line of a JSON Lines dump.
 *
 * @param sourcePath path relative to the input root, {@code /}-separated; {@code dump.jsonl#7} for
 *     line 7 of a JSON Lines file
 * @param inputRoot the input root as given by the user
 * @param format {@link #FILE} or {@link #JSONL}
 * @param bytes the file's bytes (for {@link #FILE}); null for JSON Lines
 * @param line the line's text (for {@link #JSONL}); null for files
 * @param fileSize size of the file the input came from, in bytes
 * @param modifiedMillis modification time of that file, epoch milliseconds, or null
 */
public record RawInput(
    String sourcePath,
    String inputRoot,
    String format,
    byte[] bytes,
    String line,
    long fileSize,
    Long modifiedMillis) {

  public static final String FILE = "file";
  public static final String JSONL = "jsonl";

  public static RawInput file(String sourcePath, String root, byte[] bytes, Long modifiedMillis) {
    return new RawInput(sourcePath, root, FILE, bytes, null, bytes.length, modifiedMillis);
  }

  public static RawInput jsonLine(
      String file, int lineNumber, String root, String line, long fileSize, Long modifiedMillis) {
    return new RawInput(file + "#" + lineNumber, root, JSONL, null, line, fileSize, modifiedMillis);
  }
}
