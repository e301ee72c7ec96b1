package dev.posttrends.extract;

import static dev.posttrends.extract.Inputs.asPost;
import static dev.posttrends.extract.Inputs.asReject;
import static dev.posttrends.extract.Inputs.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes to text: UTF-8, GB18030, BOM, and bytes that are no text post. */
class EncodingTest {

  private static final String PATH = "_posts/2022-06-08-x.md";
  private static final String POST = "---\ntitle: 上饶日报\n---\n经开区招商引资捷报频传。\n";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8() {
    Post post = asPost(parse(PATH, POST.getBytes(StandardCharsets.UTF_8)));
    assertEquals("UTF-8", post.sourceEncoding());
    assertEquals("上饶日报", post.title());
    assertEquals(List.of(), post.parseNotes());
  }

  @Test
  void gb18030() {
    byte[] bytes = POST.getBytes(Charset.forName("GB18030"));
    Post post = asPost(parse(PATH, bytes));
    assertEquals("GB18030", post.sourceEncoding());
    assertEquals("上饶日报", post.title());
    assertEquals("经开区招商引资捷报频传。", post.text());
    assertEquals(bytes.length, post.fileSize());
  }

  @Test
  void bomIsReportedByTheDecoder() throws Rejected {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---".getBytes());
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    assertEquals(new TextDecoding.Decoded("---", "UTF-8", true), decoded);
  }

  @Test
  void nulBytesMeanBinary() {
    byte[] bytes = concat("---\n".getBytes(StandardCharsets.UTF_8), new byte[] {0, 1, 2});
    Reject reject = asReject(parse(PATH, bytes));
    assertEquals(RejectReason.BINARY_FILE, reject.reason());
    assertEquals("Binary content: NUL byte at offset 4 of 7", reject.message());
  }

  @Test
  void aFailureBeforeDecodingSaysWhyItHasNoExcerpt() {
    // a file input without bytes makes decoding itself fail: nothing was decoded, nothing to show
    Reject reject =
        asReject(
            new PostParser(ParserOptions.inZone("UTC"))
                .parse(new RawInput(PATH, "/site", RawInput.FILE, null, null, 0, null)));
    assertEquals(RejectReason.INTERNAL_ERROR, reject.reason());
    assertNull(reject.excerpt());
    assertTrue(reject.message().endsWith("(no excerpt: no bytes were read)"), reject.message());
  }

  @Test
  void anExcerptOfUndecodedBytesReplacesWhatIsNotUtf8() {
    byte[] bytes = concat("---\n标题".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff});
    assertEquals("---\n标题\ufffd", Reject.excerptOfBytes(bytes));
    assertEquals(
        200, Reject.excerptOfBytes("字".repeat(500).getBytes(StandardCharsets.UTF_8)).length());
    assertNull(Reject.excerptOfBytes(null));
  }

  @Test
  void emptyFile() {
    Reject reject = asReject(parse(PATH, new byte[0]));
    assertEquals(RejectReason.EMPTY_FILE, reject.reason());
    assertEquals("File is empty (0 bytes)", reject.message());
    assertNull(reject.excerpt());
  }

  @Test
  void whitespaceOnlyFileIsEmpty() {
    Reject reject = asReject(parse(PATH, " \r\n\t\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(RejectReason.EMPTY_FILE, reject.reason());
    assertEquals("File is empty (5 bytes)", reject.message());
  }

  @Test
  void bomOnlyFileIsEmpty() {
    Reject reject = asReject(parse(PATH, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
    assertEquals(RejectReason.EMPTY_FILE, reject.reason());
  }

  @Test
  void invalidInBothCharsetsIsUndecodable() {
    byte[] head = "---\ndate: 2022-06-08\n---\n".getBytes(StandardCharsets.UTF_8);
    for (byte[] tail : List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFF})) {
      Reject reject = asReject(parse(PATH, concat(head, tail)));
      assertEquals(RejectReason.UNDECODABLE_BYTES, reject.reason());
      assertEquals("Bytes are neither valid UTF-8 nor GB18030", reject.message());
      assertTrue(reject.excerpt().startsWith("---\ndate: 2022-06-08\n---\n"), reject.excerpt());
    }
  }

  @Test
  void utf8WinsWhenBytesAreValidInBothCharsets() throws Rejected {
    byte[] bytes = "中文".getBytes(StandardCharsets.UTF_8); // E4B8 ADE6 9687: GB18030 pairs too
    String asGb = new String(bytes, Charset.forName("GB18030"));
    assertEquals(3, asGb.length(), asGb); // three valid GB18030 characters, no U+FFFD
    assertFalse(asGb.contains("\uFFFD"), asGb);
    assertEquals(new TextDecoding.Decoded("中文", "UTF-8", false), TextDecoding.decode(bytes));
  }
}
