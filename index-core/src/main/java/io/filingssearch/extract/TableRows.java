package io.filingssearch.extract;

import java.util.regex.Pattern;

/**
 * What a row of a table counts, read from its label (its first cell) and the lines above it:
 * dollars, or shares, percentages and other units; and whether its amounts are per share.
 * Stateless.
 */
final class TableRows {
  private TableRows() {}

  /** A row that counts something other than dollars: shares, percentages, people, days. */
  private static final Pattern NOT_DOLLARS_ROW =
      Pattern.compile(
          "(?i)(?<!per )\\bshares\\b(?! ?holders)|%|\\bpercent|\\bratio\\b|\\bemployees\\b|\\bdays\\b"
              + "|\\bheadcount\\b|\\bstores\\b|\\bunits\\b|\\btons\\b|\\bmetric\\b");

  /**
   * Whether the row holding a cell counts dollars: its label, the row's first cell, does not name
   * shares, a percentage or another unit.
   */
  static boolean dollars(String text, int lineStart, int bar) {
    int labelStart = labelStart(text, lineStart, bar);
    int labelEnd = labelEnd(text, labelStart, bar);
    // The label's head names what the row counts: "Common stock, no par value; 1,800,000 shares
    // authorized" counts dollars of stock, not shares.
    int head = labelStart;
    while (head < labelEnd
        && text.charAt(head) != ';'
        && text.charAt(head) != ':'
        && !(text.charAt(head) == '\u2014' || text.charAt(head) == '\u2013')) {
      head++; // "Less cost of treasury stock \u2014 561 million common shares": its head, "stock"
    }
    if (NOT_DOLLARS_ROW.matcher(text).region(labelStart, head).find()) {
      return false;
    }
    // "Shares used in computing basic" over "net income per share | 47,040": a label wrapped onto
    // the row's line is read with the line above, when that line is words alone.
    if (lineStart >= 2 && wrapped(text, labelStart)) {
      int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      if (text.lastIndexOf('|', lineStart - 2) < prevStart
          && NOT_DOLLARS_ROW.matcher(text).region(prevStart, lineStart - 1).find()) {
        return false;
      }
    }
    // "Shares used in computing earnings per share:" over "Basic | 15,509,763": a row labelled
    // only "Basic" or "Diluted" counts what the heading line above it (and its siblings) names.
    if (lineStart < 2 || !SUB_LABEL.matcher(text).region(labelStart, labelEnd).lookingAt()) {
      return true;
    }
    int prevEnd = lineStart - 1;
    for (int up = 0; up < MAX_SIBLINGS && prevEnd > 0; up++) {
      int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
      int ls = labelStart(text, prevStart, prevEnd);
      int le = labelEnd(text, ls, prevEnd);
      if (!SUB_LABEL.matcher(text).region(ls, le).lookingAt()) {
        // The heading: its label (a line of its own, or a row whose label ends the sentence
        // that the rows below finish) names shares.
        // "Average common shares outstanding" alone on its line is such a heading too.
        String label = text.substring(ls, le).strip();
        int cell = text.indexOf('|', prevStart);
        boolean alone = cell < 0 || cell > prevEnd;
        if ((label.endsWith(":") || alone) && NOT_DOLLARS_ROW.matcher(text).region(ls, le).find()) {
          return false;
        }
        // A heading wrapped over two lines: "Shares used in per share" / "calculation".
        if (alone && prevStart >= 2) {
          int upStart = text.lastIndexOf('\n', prevStart - 2) + 1;
          int upCell = text.indexOf('|', upStart);
          boolean upAlone = upCell < 0 || upCell >= prevStart;
          return !(upAlone && NOT_DOLLARS_ROW.matcher(text).region(upStart, prevStart - 1).find());
        }
        return true;
      }
      prevEnd = prevStart - 1;
    }
    return true;
  }

  /**
   * Whether the label at {@code labelStart} continues the line above: it starts in small letters.
   */
  private static boolean wrapped(String text, int labelStart) {
    int i = labelStart;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  /**
   * Whether a row label standing alone (a table flattened onto one line has no cells) counts
   * dollars: it names no shares, percentage or other unit.
   */
  static boolean dollarsLabel(String label) {
    return !NOT_DOLLARS_ROW.matcher(label).find();
  }

  /** Whether a row label standing alone says its amounts are per share. */
  static boolean perShareLabel(String label) {
    return PER_SHARE_LABEL.matcher(label).find();
  }

  /**
   * Whether a row's label says its amounts are per share: "EPS (Diluted)", "Net income per share".
   */
  static boolean perShare(String text, int pos) {
    int lineStart = text.lastIndexOf('\n', pos) + 1;
    int bar = text.indexOf('|', lineStart);
    if (bar < 0 || bar > pos) {
      return false;
    }
    int labelStart = labelStart(text, lineStart, pos);
    return PER_SHARE_LABEL.matcher(text).region(labelStart, labelEnd(text, labelStart, pos)).find();
  }

  private static final Pattern PER_SHARE_LABEL =
      Pattern.compile("(?i)\\bEPS\\b|\\bper\\s+(?:common\\s+|diluted\\s+|basic\\s+)?share\\b");

  /** Where a row's label starts: past a bar that opens the line ("| Basic | 1,000 |"). */
  private static int labelStart(String text, int lineStart, int lineEnd) {
    int i = lineStart;
    while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < lineEnd && text.charAt(i) == '|' ? i + 1 : lineStart;
  }

  /** Where a row's label ends: at its next bar, or at {@code limit}. */
  private static int labelEnd(String text, int labelStart, int limit) {
    int bar = text.indexOf('|', labelStart);
    return bar < 0 || bar > limit ? limit : bar;
  }

  /** The label of a row that only splits the heading above it: "Basic", "Diluted". */
  private static final Pattern SUB_LABEL =
      Pattern.compile(
          "(?i)\\s*(?:[-\u2013\u2022*]\\s*)?(?:basic|diluted|basic and diluted|primary|fully diluted"
              + "|assuming dilution)"
              + "\\b[^|]{0,12}$");

  // Sibling rows looked past on the way up to a heading.
  private static final int MAX_SIBLINGS = 4;
}
