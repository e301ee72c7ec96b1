package dev.posttrends.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-16 when a UTF-16 byte-order mark says so, else strict UTF-8, then strict
 * GB18030 for legacy Chinese sites. A UTF-8 BOM is removed and noted; NUL bytes mean a binary file.
 */
public final class TextDecoding {

  /** Decoded text, the charset that decoded it, and whether a BOM was removed. */
  public record Decoded(String text, String encoding, boolean hadBom) {}

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /** Returns the decoded text; rejects bytes that are not a text post. */
  static Decoded decode(byte[] bytes) throws Rejected {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xEF
            && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF;
    int offset = bom ? 3 : 0;
    if (isBlank(bytes, offset)) { // a lone BOM, as some editors save an empty file, is empty
      throw new Rejected(
          RejectReason.EMPTY_FILE, "File is empty (" + bytes.length + " bytes)", null);
    }
    Decoded utf16 = utf16(bytes);
    if (utf16 != null) {
      return utf16;
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new Rejected(
          RejectReason.BINARY_FILE,
          "Binary content: NUL byte at offset " + nul + " of " + bytes.length,
          new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1));
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, offset);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", bom);
    }
    String gb = strict(GB18030, bytes, 0);
    if (gb != null) {
      return new Decoded(gb, "GB18030", false);
    }
    throw new Rejected(
        RejectReason.UNDECODABLE_BYTES,
        "Bytes are neither valid UTF-8 nor GB18030",
        new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1));
  }

  /**
   * UTF-16 with its byte-order mark (as Windows editors save "Unicode" text); null when the bytes
   * do not start with one or do not decode. Without a BOM, UTF-16's NUL bytes mean binary.
   */
  private static Decoded utf16(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int b0 = bytes[0] & 0xff;
    int b1 = bytes[1] & 0xff;
    Charset charset =
        b0 == 0xFF && b1 == 0xFE
            ? StandardCharsets.UTF_16LE
            : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
    String text = charset == null ? null : strict(charset, bytes, 2);
    if (text == null || text.isBlank() || text.indexOf('\0') >= 0) {
      return null;
    }
    return new Decoded(text, charset.name(), false); // source_encoding tells; no UTF8_BOM note
  }

  private static String strict(Charset charset, byte[] bytes, int offset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null; // expected for the wrong charset: the caller tries the next one
    }
  }

  private static boolean isBlank(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
