package io.filingssearch.fetch;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells a complete EDGAR submission from a truncated download or a page that is not a filing (an
 * error or "rate threshold exceeded" page served with status 200): a complete submission opens with
 * {@code <SEC-DOCUMENT>} or {@code <SUBMISSION>} (before 2002 often inside a {@code -----BEGIN
 * PRIVACY-ENHANCED MESSAGE-----} wrapper) and ends with the matching closing line.
 */
final class Submissions {
  /** How far in from either end the markers are looked for: header lines, blank lines. */
  private static final int EDGE = 512;

  private static final List<String> OPENERS =
      List.of("<SEC-DOCUMENT>", "<SUBMISSION>", "-----BEGIN PRIVACY-ENHANCED MESSAGE-----");
  private static final List<String> CLOSERS =
      List.of("</SEC-DOCUMENT>", "</SUBMISSION>", "-----END PRIVACY-ENHANCED MESSAGE-----");

  private Submissions() {}

  /** Why the file is not a complete submission, or null when it is one. */
  static String problem(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long size = f.length();
      if (size == 0) {
        return "empty response";
      }
      byte[] head = new byte[(int) Math.min(EDGE, size)];
      f.readFully(head);
      byte[] tail = new byte[(int) Math.min(EDGE, size)];
      f.seek(size - tail.length);
      f.readFully(tail);
      String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
      String end = new String(tail, StandardCharsets.ISO_8859_1).stripTrailing();
      int opener = indexOfStart(start);
      if (opener < 0) {
        return "not an EDGAR submission (starts with \"" + firstLine(start) + "\")";
      }
      if (!end.endsWith(CLOSERS.get(opener))) {
        return "incomplete submission (no closing " + CLOSERS.get(opener) + ")";
      }
      return null;
    }
  }

  private static int indexOfStart(String start) {
    for (int i = 0; i < OPENERS.size(); i++) {
      if (start.startsWith(OPENERS.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = (nl < 0 ? s : s.substring(0, nl)).strip();
    return line.length() > 40 ? line.substring(0, 40) + "..." : line;
  }
}
