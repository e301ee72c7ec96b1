package dev.posttrends.extract;

/** Why an input did not become a post. The names are a stable enum stored in {@code rejects}. */
public enum RejectReason {
  /** The file has 0 bytes, or only whitespace. */
  EMPTY_FILE,
  /** NUL bytes or an unreadable binary blob, not a text post. */
  BINARY_FILE,
  /** Neither valid UTF-8 nor valid GB18030. */
  UNDECODABLE_BYTES,
  /** Larger than {@code limits.max_file_bytes}; not read. */
  FILE_TOO_LARGE,
  /** The first non-blank line is not {@code ---}. */
  NO_FRONT_MATTER,
  /** The opening {@code ---} is never closed by {@code ---} or {@code ...}. */
  UNCLOSED_FRONT_MATTER,
  /** YAML failed and the lenient {@code key: value} reading recovered nothing. */
  INVALID_FRONT_MATTER,
  /** No usable front-matter date and no date in the file name. */
  MISSING_DATE,
  /** A JSON Lines line that is not valid JSON. */
  MALFORMED_JSON_LINE,
  /** A JSON Lines line that is valid JSON but not an object of a known form. */
  NOT_A_JSON_OBJECT,
  /** The file could not be opened or read (I/O error). */
  UNREADABLE_FILE,
  /** An unexpected failure of the parser itself; the message carries the exception. */
  INTERNAL_ERROR
}
