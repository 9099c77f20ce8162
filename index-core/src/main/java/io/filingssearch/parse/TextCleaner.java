package io.filingssearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a printed page leaves in text: page footers ("Page 2 of 6"), lone page numbers,
 * {@code -more-} and {@code ###} markers, EDGAR's {@code <PAGE>} tags, form feeds, rules of dashes,
 * and markdown escapes ({@code \$2 million}, {@code *see*}). Page breaks are kept as flags on the
 * line that follows them, because they often mark where an exhibit begins.
 */
final class TextCleaner {
  private static final Pattern PAGE_FOOTER =
      Pattern.compile(
          "(?i)\\s*(?:page\\s+\\d+(?:\\s+of\\s+\\d+)?|-\\s*\\d{1,3}\\s*-|\\d{1,3})\\s*");
  private static final Pattern PAGE_TAG = Pattern.compile("(?i)\\s*<PAGE>\\s*\\d*\\s*");
  private static final Pattern MARKER = Pattern.compile("(?i)\\s*(?:-\\s*more\\s*-|#{3,}|-0-)\\s*");
  private static final Pattern OLD_TABLE_TAGS =
      Pattern.compile("(?i)</?(?:TABLE|CAPTION|S|C|FN|F\\d+)>");
  private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([$*_#&\\[\\]()%.+!-])");
  private static final Pattern MD_EMPHASIS =
      Pattern.compile("(?<![\\w*])\\*{1,2}([^*\\n]{1,80}?)\\*{1,2}(?![\\w*])");

  private TextCleaner() {}

  /**
   * A cleaned line; {@code pageBreak} is true when a page ended just before it, {@code row} when it
   * is a row of a table laid out in columns (inside an old EDGAR {@code <TABLE>}, or columns of
   * figures), which stays a line of its own when the text around it is joined into paragraphs.
   */
  record Line(String text, boolean pageBreak, boolean row) {
    Line(String text, boolean pageBreak) {
      this(text, pageBreak, false);
    }

    boolean blank() {
      return text.isBlank();
    }
  }

  private static final Pattern TABLE_OPEN = Pattern.compile("(?i)<TABLE[\\s>]");
  private static final Pattern TABLE_CLOSE = Pattern.compile("(?i)</TABLE>");
  // Columns: runs of two or more spaces between a line's cells.
  private static final Pattern COLUMN_GAP = Pattern.compile(" {2,}");
  // A cell of figures: "12,345", "$ (212)", "0.13", "45.6%", "$1,234.5".
  private static final Pattern FIGURE =
      Pattern.compile("\\$?\\s?\\(?\\$?\\d[\\d,]*(?:\\.\\d+)?\\)?%?");
  // Columns of figures: this many cells of figures, each after a gap of three or more spaces.
  private static final int FIGURE_COLUMNS = 2;

  /** Cleans plain text and splits it into lines. */
  static List<Line> clean(String text) {
    String[] raw = text.split("\n", -1);
    List<Line> out = new ArrayList<>(raw.length);
    boolean pendingBreak = false;
    boolean inTable = false;
    for (String s : raw) {
      boolean row = inTable;
      if (s.indexOf('<') >= 0) {
        if (TABLE_OPEN.matcher(s).find()) {
          inTable = true;
          row = true;
        }
        if (TABLE_CLOSE.matcher(s).find()) {
          inTable = false;
        }
      }
      if (s.indexOf('\f') >= 0) {
        pendingBreak = true;
        s = s.replace('\f', ' ');
      }
      // What each pattern needs first after its leading white space: most lines are prose and
      // start with none of them, so no pattern is tried on them.
      char first = firstAfterSpace(s);
      if (first == '<' && PAGE_TAG.matcher(s).matches()) {
        pendingBreak = true;
        continue;
      }
      if ((first == 'p' || first == 'P' || first == '-' || (first >= '0' && first <= '9'))
          && PAGE_FOOTER.matcher(s).matches()
          && !s.isBlank()) {
        pendingBreak = true;
        continue;
      }
      if (((first == '-' || first == '#') && MARKER.matcher(s).matches()) || isRule(s)) {
        out.add(new Line("", false));
        continue;
      }
      if (s.indexOf('<') >= 0) {
        s = OLD_TABLE_TAGS.matcher(s).replaceAll("");
      }
      if (s.indexOf('\\') >= 0) {
        s = MD_ESCAPE.matcher(s).replaceAll("$1");
      }
      if (s.indexOf('*') >= 0) {
        s = MD_EMPHASIS.matcher(s).replaceAll("$1");
      }
      s = s.replace('\u00a0', ' ').replace('\t', ' ');
      s = stripTrailing(s);
      row = row || figureColumns(s);
      if (pendingBreak && !s.isBlank()) {
        out.add(new Line(s, true, row));
        pendingBreak = false;
      } else {
        out.add(new Line(s, false, row));
      }
    }
    return out;
  }

  /**
   * Whether a line holds columns of figures: cells of numbers after gaps of three spaces, or one
   * such number among cells holding a dash for none ("impairments - - 504 -").
   */
  private static boolean figureColumns(String s) {
    int figures = 0;
    int dashes = 0;
    int from = 0;
    while (figures < FIGURE_COLUMNS) {
      int gap = s.indexOf("   ", from);
      if (gap < 0) {
        break;
      }
      int cell = gap + 3;
      while (cell < s.length() && s.charAt(cell) == ' ') {
        cell++;
      }
      if (gap > 0 && s.charAt(gap - 1) != ' ' || figures > 0) {
        int next = s.indexOf("  ", cell);
        String text = s.substring(cell, next < 0 ? s.length() : next);
        if (!text.isEmpty() && FIGURE.matcher(text).matches()) {
          figures++;
        } else if (text.equals("-") || text.equals("--") || text.equals("\u2014")) {
          dashes++;
        }
      }
      from = cell;
      if (cell >= s.length()) {
        break;
      }
    }
    return figures >= FIGURE_COLUMNS || figures >= 1 && figures + dashes >= FIGURE_COLUMNS + 1;
  }

  /** The first character of a line that {@code \\s} does not match, or 0 when there is none. */
  private static char firstAfterSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return c;
      }
    }
    return 0;
  }

  /**
   * Whether a line is a rule: only white space and {@code = _ * ~ -}, with three of those in a row.
   * One pass over the line (a regular expression for it backtracks quadratically on a long line of
   * dashes that ends in another character).
   */
  static boolean isRule(CharSequence s) {
    int run = 0;
    boolean three = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '=' || c == '_' || c == '*' || c == '~' || c == '-') {
        three |= ++run >= 3;
      } else if (Character.isWhitespace(c)) {
        run = 0;
      } else {
        return false;
      }
    }
    return three;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Joins lines into clean paragraphs separated by a blank line. With {@code wrapped}, the lines of
   * a paragraph are one text wrapped at a fixed width and are joined with a space; otherwise each
   * line is kept (a table row or a paragraph of its own).
   */
  static String paragraphs(List<Line> lines, boolean wrapped) {
    StringBuilder out = new StringBuilder();
    StringBuilder para = new StringBuilder();
    boolean lastRow = false;
    for (Line line : lines) {
      if (line.blank()) {
        lastRow = false;
        flush(out, para);
        continue;
      }
      String t = line.row() ? cells(line.text()) : collapse(line.text());
      if (para.length() > 0) {
        para.append(wrapped && !line.row() && !lastRow ? ' ' : '\n');
      }
      para.append(t);
      lastRow = line.row();
    }
    flush(out, para);
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder para) {
    if (para.length() == 0) {
      return;
    }
    if (out.length() > 0) {
      out.append("\n\n");
    }
    out.append(para);
    para.setLength(0);
  }

  /** A table row laid out in columns, with its cells between " | " as in an HTML table's rows. */
  static String cells(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (String cell : COLUMN_GAP.split(line.strip())) {
      String c = collapse(cell);
      if (!c.isEmpty()) {
        if (b.length() > 0) {
          b.append(" | ");
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Collapses runs of white space to one space and trims. */
  static String collapse(String s) {
    if (isCollapsed(s)) {
      return s; // most lines: nothing to copy
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether a text is its own {@link #collapse}: single spaces between words, none at the ends. */
  private static boolean isCollapsed(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    boolean space = true; // so that a leading space is refused
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (c == '\u00a0' || Character.isWhitespace(c)) {
        return false;
      } else {
        space = false;
      }
    }
    return !space;
  }
}
