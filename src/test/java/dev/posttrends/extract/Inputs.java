package dev.posttrends.extract;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;

/** Runs the parser on tiny inline inputs; fails with the whole outcome when the kind is wrong. */
final class Inputs {

  static final String ZONE = "Asia/Shanghai";
  static final PostParser PARSER = new PostParser(ParserOptions.inZone(ZONE));

  private Inputs() {}

  static ParseOutcome parse(String path, String text) {
    return parse(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static ParseOutcome parse(String path, byte[] bytes) {
    return PARSER.parse(RawInput.file(path, "/site", bytes, null));
  }

  static Post post(String path, String text) {
    return asPost(parse(path, text));
  }

  static Reject reject(String path, String text) {
    return asReject(parse(path, text));
  }

  static Post asPost(ParseOutcome outcome) {
    return assertInstanceOf(Post.class, outcome, () -> "expected a post, got " + outcome);
  }

  static Reject asReject(ParseOutcome outcome) {
    return assertInstanceOf(Reject.class, outcome, () -> "expected a reject, got " + outcome);
  }

  static ParseOutcome jsonLine(String line) {
    return PARSER.parse(RawInput.jsonLine("dumps/d.jsonl", 3, "/site", line, 100, null));
  }
}
