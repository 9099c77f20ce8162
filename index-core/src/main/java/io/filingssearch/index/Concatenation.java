package io.filingssearch.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a stream of EDGAR submissions written one after another, as EDGAR's old {@code Oldloads}
 * day files hold them, into its submissions, streaming: {@link #next()} gives one submission's
 * bytes at a time and nothing but a 64 KB buffer is kept. A submission starts at a line {@code
 * <SUBMISSION>}, {@code <SEC-DOCUMENT>} or {@code -----BEGIN PRIVACY-ENHANCED MESSAGE-----} (the
 * oldest, whose {@code <SEC-DOCUMENT>} then follows in the same submission) that is not inside a
 * document's {@code <TEXT>}, unless the submission before was closed ({@code </SUBMISSION>}, {@code
 * </SEC-DOCUMENT>}). A stream with one submission, or none (a plain-text filing), is one piece. Not
 * thread-safe.
 */
final class Concatenation {
  private static final int HEAD = 48;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean atLineStart = true;

  /** The piece being read, or null between pieces. */
  private Piece current;

  private int pieces;

  /** Whether a piece was cut off at a submission start the previous piece did not consume. */
  private boolean pendingStart;

  // What the piece being read has seen so far.
  private boolean seenStart;
  private boolean inText;
  private boolean closed;
  private boolean awaitingDocument;

  Concatenation(InputStream in) {
    this.in = in;
  }

  /**
   * The next submission's bytes, after skipping what is left of the previous one.
   *
   * @return the submission, or null at the end of the stream
   */
  InputStream next() throws IOException {
    if (current != null) {
      current.skipRest();
      current = null;
    }
    if (!pendingStart && !fill(1)) {
      return null;
    }
    pieces++;
    // A piece cut at a start line begins with it, read as this piece's first line.
    seenStart = false;
    inText = false;
    closed = false;
    awaitingDocument = false;
    pendingStart = false;
    current = new Piece();
    return current;
  }

  /** How many submissions {@link #next()} has given so far. */
  int pieces() {
    return pieces;
  }

  private static final String[] STARTS = {
    "<SUBMISSION>", "<SEC-DOCUMENT>", "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
  };

  /**
   * Whether a file's bytes may hold more than one submission: a quick test, before splitting, that
   * one submission's header markers appear more than once.
   */
  static boolean mayHoldSeveral(byte[] content) {
    // One byte, one character: String.indexOf searches with vector instructions, a loop over the
    // bytes does not, and every file is searched three times.
    String text = new String(content, StandardCharsets.ISO_8859_1);
    for (String start : STARTS) {
      int first = text.indexOf(start);
      if (first >= 0 && text.indexOf(start, first + start.length()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Fills the buffer so that at least {@code n} bytes are in it, or the stream ended. */
  private boolean fill(int n) throws IOException {
    if (lim - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (!eof && lim < n) {
      int got = in.read(buf, lim, buf.length - lim);
      if (got < 0) {
        eof = true;
      } else {
        lim += got;
      }
    }
    return lim - pos > 0;
  }

  private enum Line {
    SUBMISSION,
    SEC_DOCUMENT,
    PEM,
    TEXT,
    END_TEXT,
    END_SUBMISSION,
    OTHER_TAG,
    OTHER
  }

  /** The kind of the line starting at {@code pos}, from its first bytes. */
  private Line classify() throws IOException {
    fill(HEAD);
    int i = pos;
    int end = Math.min(lim, pos + HEAD);
    while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
      i++;
    }
    int n = end - i;
    int nl = 0;
    while (nl < n && buf[i + nl] != '\n') {
      nl++;
    }
    String head = new String(buf, i, nl, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
    if (head.startsWith("<SUBMISSION>")) {
      return Line.SUBMISSION;
    } else if (head.startsWith("<SEC-DOCUMENT>")) {
      return Line.SEC_DOCUMENT;
    } else if (head.startsWith("-----BEGIN PRIVACY-ENHANCED MESSAGE-----")) {
      return Line.PEM;
    } else if (head.startsWith("<TEXT>")) {
      return Line.TEXT;
    } else if (head.startsWith("</TEXT>")) {
      return Line.END_TEXT;
    } else if (head.startsWith("</SUBMISSION>") || head.startsWith("</SEC-DOCUMENT>")) {
      return Line.END_SUBMISSION;
    }
    return head.startsWith("<") ? Line.OTHER_TAG : Line.OTHER;
  }

  /**
   * Reads the line starting at {@code pos} into the piece's state.
   *
   * @return whether the line starts the next submission (and so ends this piece)
   */
  private boolean startsNext(boolean firstLine) throws IOException {
    Line kind = classify();
    boolean start = kind == Line.SUBMISSION || kind == Line.SEC_DOCUMENT || kind == Line.PEM;
    if (start && !firstLine && seenStart && (closed || !inText)) {
      boolean sameSubmission = awaitingDocument && kind == Line.SEC_DOCUMENT;
      if (!sameSubmission) {
        return true;
      }
    }
    if (start) {
      if (!seenStart || closed) {
        awaitingDocument = kind == Line.PEM;
      } else if (kind == Line.SEC_DOCUMENT) {
        awaitingDocument = false;
      }
      seenStart = true;
      closed = false;
    }
    switch (kind) {
      case TEXT -> inText = true;
      case END_TEXT -> inText = false;
      case END_SUBMISSION -> closed = true;
      case OTHER_TAG -> awaitingDocument = false;
      default -> {}
    }
    return false;
  }

  /** One submission's bytes: reads end where the next submission starts. */
  private final class Piece extends InputStream {
    private boolean ended;

    /** The first line of a piece never ends it: a start there is this piece's own. */
    private boolean firstLine = true;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ended || len == 0) {
        return ended ? -1 : 0;
      }
      if (!fill(1)) {
        ended = true;
        return -1;
      }
      if (atLineStart) {
        if (startsNext(firstLine)) {
          ended = true;
          pendingStart = true;
          return -1;
        }
        firstLine = false;
        atLineStart = false;
      }
      int max = Math.min(len, lim - pos);
      int n = 0;
      while (n < max) {
        byte c = buf[pos + n++];
        if (c == '\n') {
          atLineStart = true;
          break;
        }
      }
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) >= 0) {
        // discard
      }
    }
  }

  private static final Pattern ACCESSION =
      Pattern.compile(
          "(?m)^\\s*(?:ACCESSION NUMBER:|<ACCESSION-NUMBER>|<SEC-DOCUMENT>)\\s*(\\d{10}-\\d{2}-\\d{6})");

  /** The accession number a submission's header gives, or null. */
  static String accession(byte[] head) {
    Matcher m = ACCESSION.matcher(new String(head, StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }
}
