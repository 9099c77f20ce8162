package io.filingssearch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the parts of a release that name companies without making them parties: "About X"
 * blocks, contact lines and forward-looking-statement disclaimers. Blanking (rather than cutting)
 * keeps every offset of the text valid. Stateless.
 */
final class Boilerplate {
  private Boilerplate() {}

  /** A disclaimer's words: the paragraph holding one is boilerplate. */
  private static final Cue DISCLAIMER =
      Cue.of(
          "(?i)" + Cue.WORDS,
          "forward-looking statement",
          "forward looking statement",
          "safe harbor",
          "private securities litigation reform",
          "cautionary statement",
          "risk and uncertainties",
          "risks and uncertainties");

  private static final Pattern CONTACT =
      Pattern.compile(
          "(?i)^\\s*(?:contacts?|media contacts?|investor contacts?|investors?|media"
              + "|for further information|source)\\s*:");

  private static final String SEC = "securities and exchange commission"; // in lower case

  private static final Pattern ABOUT = Pattern.compile("^\\s*About\\s+[A-Z]");

  // An "About X" paragraph shorter than this is a heading: the block under it is boilerplate.
  private static final int ABOUT_HEADING = 100;
  // A paragraph shorter than this after an "About" block is the next heading, which ends it.
  private static final int NEXT_HEADING = 60;
  // A paragraph longer than this holds a whole release on one line: only its tail is blanked.
  private static final int ONE_LINE_RELEASE = 600;

  /**
   * The text with boilerplate paragraphs blanked out, so offsets stay valid. Paragraphs are
   * compared in place (regions, not copies), and the disclaimers are only searched near their
   * words.
   */
  static String blank(String text) {
    StringBuilder sb = new StringBuilder(text);
    Matcher about = ABOUT.matcher(text);
    Matcher contact = CONTACT.matcher(text);
    // A disclaimer never spans a line break, so its matches over the whole text are those of each
    // paragraph; bp holds the first one at or after the current paragraph. A match is one of the
    // disclaimer's words, so the windows are the words themselves.
    Near boilerplate = Near.findIgnoreCase(DISCLAIMER.pattern(), text, 0, 0, DISCLAIMER.triggers());
    Matcher bp = boilerplate.matcher();
    int bpStart = -1;
    int start = 0;
    boolean inAbout = false;
    while (start <= text.length()) {
      int breakStart = paragraphBreak(text, start);
      int end = breakStart < 0 ? text.length() : breakStart;
      int trimmed = strippedLength(text, start, end);
      boolean blank = false;
      if (about.region(start, end).lookingAt()) {
        blank = true;
        // A short "About X" heading starts a boilerplate block that runs to the next heading.
        inAbout = trimmed < ABOUT_HEADING;
      } else if (inAbout) {
        if (trimmed < NEXT_HEADING && trimmed > 0) {
          inAbout = false;
        } else {
          blank = true;
        }
      }
      int from = start;
      if (bpStart < start) {
        bpStart = boilerplate.find(start) ? bp.start() : Integer.MAX_VALUE;
      }
      if (contact.region(start, end).lookingAt()) {
        blank = true;
      } else if (bpStart < end) {
        blank = true;
        if (end - start > ONE_LINE_RELEASE) {
          // One long line holding a whole release: blank from the disclaimer's sentence on.
          int sentence =
              Math.max(
                  lastIndexOfFrom(text, ". ", bpStart, start),
                  lastIndexOfFrom(text, "\"", bpStart, start));
          from = start + Math.max(0, sentence);
        }
      }
      if (blank) {
        for (int i = from; i < end; i++) {
          if (!Character.isWhitespace(sb.charAt(i))) {
            sb.setCharAt(i, ' ');
          }
        }
      }
      if (breakStart < 0) {
        break;
      }
      start = paragraphBreakEnd(text, breakStart);
    }
    // The regulator every filing is made with is never a party ("filing with the U.S. Securities
    // and Exchange Commission"; read as a name, its "and" would split it).
    for (int i : Near.occurrencesIgnoringCase(text, SEC)) {
      int from = i;
      if (from >= 5 && text.startsWith("U.S. ", from - 5)) {
        from -= 5;
      }
      for (int j = from; j < i + SEC.length(); j++) {
        sb.setCharAt(j, ' ');
      }
    }
    return sb.toString();
  }

  /** Where the next blank line ({@code \n[ \t]*\n}) at or after {@code from} starts, or -1. */
  private static int paragraphBreak(String text, int from) {
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (paragraphBreakEnd(text, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the blank line starting at the line break {@code i}, or -1 when it is not one. */
  private static int paragraphBreakEnd(String text, int i) {
    int j = i + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n' ? j + 1 : -1;
  }

  /** The length of {@code text[start, end)} without surrounding white space. */
  private static int strippedLength(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end - start;
  }

  /** Where {@code s} last starts at or before {@code at}, relative to {@code start}; or -1. */
  private static int lastIndexOfFrom(String text, String s, int at, int start) {
    int i = text.lastIndexOf(s, at);
    return i >= start ? i - start : -1;
  }
}
