package io.filingssearch.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text with LF line endings, refusing what is not text. The encoding is
 * detected: a byte-order mark (UTF-8, UTF-16, UTF-32), else the pattern of NUL bytes that UTF-16
 * and UTF-32 text without a mark has, else UTF-8 line by line with Windows-1252 (what old EDGAR
 * text uses) for the lines that are not valid UTF-8. Stray NUL bytes in text are dropped; a file
 * with many NULs or control bytes is binary.
 */
final class RawText {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private RawText() {}

  /**
   * Decodes bytes into text.
   *
   * @throws IllegalArgumentException with a user-facing reason when the bytes are not text
   */
  static String decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("the file is empty");
    }
    String text = unicode(bytes);
    if (text == null) {
      refuseBinary(bytes);
      text = utf8OrWindows1252(bytes);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      text = text.replace("\0", "");
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("the file holds only white space");
    }
    return text;
  }

  /** The text of a UTF-16 or UTF-32 file (by its mark or its NULs), or null for other bytes. */
  private static String unicode(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
      return new String(b, 4, n - 4, UTF_32BE);
    }
    if (n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
      return new String(b, 4, n - 4, UTF_32LE);
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new String(b, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new String(b, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    // Without a mark: Latin text in UTF-16 has a NUL in every other byte, in UTF-32 three of four.
    int sample = Math.min(n, 4096) & ~3;
    if (sample < 8) {
      return null;
    }
    int[] nuls = new int[4];
    for (int i = 0; i < sample; i++) {
      if (b[i] == 0) {
        nuls[i & 3]++;
      }
    }
    int quarter = sample / 4;
    if (mostly(nuls[0], quarter) && mostly(nuls[1], quarter) && mostly(nuls[2], quarter)) {
      return nuls[3] < quarter / 10 ? new String(b, UTF_32BE) : null;
    }
    if (mostly(nuls[1], quarter) && mostly(nuls[2], quarter) && mostly(nuls[3], quarter)) {
      return nuls[0] < quarter / 10 ? new String(b, UTF_32LE) : null;
    }
    if (mostly(nuls[0] + nuls[2], 2 * quarter) && nuls[1] + nuls[3] < quarter / 5) {
      return new String(b, StandardCharsets.UTF_16BE);
    }
    if (mostly(nuls[1] + nuls[3], 2 * quarter) && nuls[0] + nuls[2] < quarter / 5) {
      return new String(b, StandardCharsets.UTF_16LE);
    }
    return null;
  }

  private static boolean mostly(int count, int of) {
    return count >= of * 9 / 10;
  }

  /**
   * Refuses a real binary: one NUL is a stray (a real filing has some), but a share of NULs or
   * control bytes over 1% and 5% of the first 64 KB is not text.
   */
  private static void refuseBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    int nul = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        nul++;
      } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    if (nul > Math.max(8, sample / 100)) {
      throw new IllegalArgumentException("the file is binary (it contains many NUL bytes)");
    }
    if (control > sample / 20) {
      throw new IllegalArgumentException("the file is binary (too many control characters)");
    }
  }

  /** UTF-8 when it all is; otherwise each line that is not valid UTF-8 is read as Windows-1252. */
  private static String utf8OrWindows1252(byte[] bytes) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // A file put together from several sources mixes them: decide line by line.
    }
    StringBuilder out = new StringBuilder(bytes.length);
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int stop = Math.min(bytes.length, end + 1);
      try {
        utf8.reset();
        out.append(utf8.decode(ByteBuffer.wrap(bytes, start, stop - start)));
      } catch (CharacterCodingException e) {
        out.append(new String(bytes, start, stop - start, WINDOWS_1252));
      }
      start = stop;
    }
    return out.toString();
  }
}
