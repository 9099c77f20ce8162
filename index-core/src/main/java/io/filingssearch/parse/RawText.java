package io.filingssearch.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text with LF line endings, refusing what is not text. */
final class RawText {
  private RawText() {}

  /**
   * Decodes bytes as UTF-8, falling back to Windows-1252 (what old EDGAR text uses), and normalizes
   * CR LF and lone CR to LF.
   *
   * @throws IllegalArgumentException with a user-facing reason when the bytes are not text
   */
  static String decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("the file is empty");
    }
    int sample = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new IllegalArgumentException("the file is binary (it contains NUL bytes)");
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    if (control > sample / 20) {
      throw new IllegalArgumentException("the file is binary (too many control characters)");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("the file holds only white space");
    }
    return text;
  }
}
