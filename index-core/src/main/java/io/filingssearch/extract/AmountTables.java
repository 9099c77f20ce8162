package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The financial tables of a section and the scale their headers state: "(In thousands, except per
 * share amounts)", "(in millions)", "($ in millions)", "(000s omitted)". A table runs from its
 * header to the end of its line when the whole table is one line (as in Stanford's texts), else
 * over the rows that follow, until prose or the next header. Their cells are read by {@link
 * TableCells}. Stateless.
 */
final class AmountTables {
  private AmountTables() {}

  /**
   * One table.
   *
   * @param start where its header starts
   * @param end where the table ends
   * @param shift the power of ten its plain numbers are scaled by (3 for thousands)
   * @param dollars whether the numbers are dollars, as the header says ("$ in millions") or some
   *     cells do ("| $ | 1,018 |"), so that a number alone in a cell is an amount
   * @param exceptPerShare whether per-share amounts are excepted from the scale
   * @param columns for a table whose column headers say which columns are dollars ("Units K | Rev
   *     M$"): the number of header cells, then the indexes of the dollar columns; null when every
   *     numeric cell of a dollar table counts
   */
  record Table(
      int start, int end, int shift, boolean dollars, boolean exceptPerShare, int[] columns) {
    Table(int start, int end, int shift, boolean dollars, boolean exceptPerShare) {
      this(start, end, shift, dollars, exceptPerShare, null);
    }
  }

  /**
   * A column header that says its column is dollars at a scale, written short: "Rev M$", "Revenue
   * $M", "Sales ($000)". (A header written out, "($ in millions)", scales the whole table.)
   */
  private static final Pattern COLUMN_UNIT =
      Pattern.compile(
          "^[A-Za-z.&/ -]{0,40}?(?:\\(\\s*)?(?:(?<m>M\\$|\\$\\s?MM?)|(?<k>K\\$|\\$\\s?K|\\$\\s?000s?)"
              + "|(?<b>B\\$|\\$\\s?B))(?:\\s*\\))?$");

  /** The column-header tables of a text: a row naming dollar columns, over the rows after it. */
  private static void columnTables(String text, List<int[]> headers, List<int[][]> columns) {
    for (int d = text.indexOf('$'); d >= 0; d = text.indexOf('$', d + 1)) {
      int lineStart = text.lastIndexOf('\n', d) + 1;
      int lineEnd = text.indexOf('\n', d);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd);
      if (line.indexOf('|') < 0) {
        d = lineEnd;
        continue;
      }
      String[] cells = line.split("\\|", -1);
      List<Integer> dollarColumns = new ArrayList<>();
      int shift = -1;
      boolean mixed = false;
      for (int c = 1; c < cells.length; c++) { // the first cell labels the rows
        Matcher m = COLUMN_UNIT.matcher(cells[c].strip());
        if (m.matches()) {
          int sh = m.group("m") != null ? 6 : m.group("k") != null ? 3 : 9;
          mixed |= shift >= 0 && sh != shift;
          shift = sh;
          dollarColumns.add(c);
        }
      }
      if (!dollarColumns.isEmpty() && !mixed) {
        addColumnTable(lineStart, lineEnd, shift, cells.length, dollarColumns, headers, columns);
      }
      d = lineEnd;
    }
  }

  /**
   * A scale for each quantity a table counts: "(Units in thousands, Revenue in millions)". Group 1
   * holds the list.
   */
  private static final Pattern NAMED_SCALES =
      Pattern.compile(
          "\\(((?:[A-Z][A-Za-z ]{0,30}?\\s+in\\s+(?:thousands|millions|billions)"
              + "\\s*(?:,\\s*(?:and\\s+)?|;\\s*|\\s+and\\s+)?){2,4})\\)");

  private static final Pattern NAMED_SCALE =
      Pattern.compile("([A-Z][A-Za-z ]{0,30}?)\\s+in\\s+(thousands|millions|billions)");

  /** A quantity counted in dollars: "Revenue", "Net sales", "Operating income". */
  private static final Pattern DOLLAR_QUANTITY =
      Pattern.compile(
          "(?i)\\b(?:revenues?|sales|income|earnings|amounts?|dollars|costs?|expenses?|cash"
              + "|assets|bookings|billings|profits?)\\b");

  /**
   * The column-header tables under a header that scales each quantity apart ("(Units in thousands,
   * Revenue in millions)"): each row below it whose cells all name those quantities ("Mac Units |
   * Revenue | Mac Units | Revenue") heads a table whose dollar columns are those naming a dollar
   * quantity, at its scale.
   */
  private static void namedScaleTables(
      String text, int[] scaleWords, List<int[]> headers, List<int[][]> columns) {
    int done = -1;
    for (int p : scaleWords) {
      int open = p;
      while (open > Math.max(0, p - NAMED_SCALE_LEAD) && text.charAt(open) != '(') {
        open--;
      }
      if (p < done || text.charAt(open) != '(') {
        continue;
      }
      Matcher m = NAMED_SCALES.matcher(text).region(open, Math.min(text.length(), open + 160));
      if (!m.lookingAt()) {
        continue;
      }
      done = m.end();
      List<String> names = new ArrayList<>();
      List<Integer> shifts = new ArrayList<>();
      Matcher q = NAMED_SCALE.matcher(m.group(1));
      while (q.find()) {
        names.add(q.group(1).strip().toLowerCase(Locale.ROOT));
        shifts.add(q.group(2).startsWith("b") ? 9 : q.group(2).startsWith("m") ? 6 : 3);
      }
      int line = text.indexOf('\n', m.end());
      int limit = Math.min(text.length(), m.end() + MAX_TABLE);
      while (line >= 0 && line < limit) {
        int lineStart = line + 1;
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        namedColumns(text, lineStart, lineEnd, names, shifts, headers, columns);
        line = lineEnd < text.length() ? lineEnd : -1;
      }
    }
  }

  private static int[] concat(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  // How many lines under a scale header its column heads are looked for.
  private static final int HEAD_LINES = 5;

  // How far before its scale word a named scale's parenthesis may open ("(Units in thousands").
  private static final int NAMED_SCALE_LEAD = 40;

  /** Adds the row at {@code lineStart} as a column header when its cells all name quantities. */
  private static void namedColumns(
      String text,
      int lineStart,
      int lineEnd,
      List<String> names,
      List<Integer> shifts,
      List<int[]> headers,
      List<int[][]> columns) {
    String row = text.substring(lineStart, lineEnd);
    if (row.indexOf('|') < 0) {
      return;
    }
    String[] cells = row.split("\\|", -1);
    List<Integer> dollarColumns = new ArrayList<>();
    int shift = -1;
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c].strip().toLowerCase(Locale.ROOT);
      if (cell.isEmpty()) {
        continue;
      }
      int named = -1;
      for (int n = 0; n < names.size() && named < 0; n++) {
        if (cell.endsWith(names.get(n))) {
          named = n;
        }
      }
      if (named < 0) {
        return; // a cell that names no quantity: not a column header
      }
      if (DOLLAR_QUANTITY.matcher(names.get(named)).find()) {
        if (shift >= 0 && shift != shifts.get(named)) {
          return; // dollars at two scales in one row
        }
        shift = shifts.get(named);
        dollarColumns.add(c);
      }
    }
    if (!dollarColumns.isEmpty()) {
      addColumnTable(lineStart, lineEnd, shift, cells.length, dollarColumns, headers, columns);
    }
  }

  /**
   * Adds a table headed by the column-header row at {@code lineStart}: its header (a dollar table
   * at {@code shift}) and its columns (the number of header cells, then the dollar columns).
   */
  private static void addColumnTable(
      int lineStart,
      int lineEnd,
      int shift,
      int headerCells,
      List<Integer> dollarColumns,
      List<int[]> headers,
      List<int[][]> columns) {
    headers.add(new int[] {lineStart, lineEnd, shift, 1, 0});
    int[] cols = new int[dollarColumns.size() + 1];
    cols[0] = headerCells;
    for (int i = 0; i < dollarColumns.size(); i++) {
      cols[i + 1] = dollarColumns.get(i);
    }
    columns.add(new int[][] {{lineStart}, cols});
  }

  /** A scale header, in parentheses or alone on its line. */
  private static final Pattern HEADER =
      Pattern.compile(
          "(?i)(?<open>\\(|^[ \\t]*)\\s*(?:unaudited[,;]?\\s*)?(?<dollar>(?:U\\.?S\\.?\\s*)?\\$|(?:U\\.?S\\.?\\s+)?"
              + "dollars?(?:\\s+amounts?)?(?:\\s+and\\s+shares)?|amounts?)?\\s*"
              + "(?:(?:are\\s+|expressed\\s+|stated\\s+|presented\\s+)?"
              + "in\\s+)?(?<scale>thousands|millions|billions|000['\u2019]?s|\\$\\s?000|\\$m{1,2}\\b)"
              + "(?<of>\\s+of\\s+(?:U\\.?S\\.?\\s+)?dollars)?(?<omitted>\\s*omitted)?"
              + "(?<rest>[^()\\n]{0,100})(?:\\)|[ \\t]*$)",
          Pattern.MULTILINE);

  // The header's scale words as they must be written: in the plural ("in millions"), so that the
  // many "$5 million" of a text are not each a place to try the header.
  private static final String[] TRIGGERS = {
    "thousands", "millions", "billions", "000s", "000's", "000\u2019s", "$000", "$ 000", "$m"
  };

  // A line longer than this without cells is prose: it ends a table.
  private static final int PROSE_LINE = 200;
  // At most this many lines of prose, within this many characters of the header, may stand
  // between a scale header and its table's first row.
  private static final int PROSE_BEFORE_ROWS = 2;
  private static final int PROSE_BEFORE_CHARS = 1_500;
  // A one-line table is a line longer than this holding its header.
  private static final int ONE_LINE_TABLE = 200;
  // A table ends at the latest this far past its header.
  private static final int MAX_TABLE = 30_000;
  // How far before a trigger a header may start.
  private static final int HEADER_LEAD = 56;

  /**
   * The tables of a text, in text order.
   *
   * @param text a section's text
   * @return its scaled tables, without overlaps
   */
  static List<Table> of(String text) {
    List<int[]> headers = new ArrayList<>(); // start, end, shift, dollars, except
    int[] scaleWords = new int[0]; // where "thousands", "millions", "billions" occur
    for (String t : TRIGGERS) {
      int[] found = Near.occurrencesIgnoringCase(text, t);
      if (t.endsWith("illions") || t.equals("thousands")) {
        scaleWords = concat(scaleWords, found);
      }
      for (int i : found) {
        int from = Math.max(0, i - HEADER_LEAD);
        int lineStart = text.lastIndexOf('\n', i) + 1;
        from = Math.max(from, Math.min(lineStart, i));
        int to = Math.min(text.length(), i + 140);
        Matcher m = HEADER.matcher(text).region(from, to);
        while (m.find()) {
          if (m.start("scale") > i || m.end("scale") <= i) {
            continue;
          }
          headers.add(header(m));
          break;
        }
      }
    }
    List<int[][]> columnHeaders = new ArrayList<>();
    columnTables(text, headers, columnHeaders);
    if (scaleWords.length > 1) { // a named scale for each of two quantities
      Arrays.sort(scaleWords);
      namedScaleTables(text, scaleWords, headers, columnHeaders);
    }
    // A scale header inside a column-header line ("Sales ($000)") is that table's, not another.
    headers.removeIf(
        h ->
            columnHeaders.stream()
                .anyMatch(
                    c ->
                        h[0] > c[0][0] && h[0] < text.indexOf('\n', c[0][0]) + 1
                            || h[0] > c[0][0] && text.indexOf('\n', c[0][0]) < 0));
    headers.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Table> out = new ArrayList<>();
    int last = -1;
    for (int h = 0; h < headers.size(); h++) {
      int[] hd = headers.get(h);
      if (hd[0] < last) {
        continue; // one header found by two triggers
      }
      int next = h + 1 < headers.size() ? headers.get(h + 1)[0] : text.length();
      int end = Math.min(tableEnd(text, hd[1]), Math.min(next, hd[1] + MAX_TABLE));
      // "(In millions)" over cells some of which carry a "$": a table of dollars.
      int sign = text.indexOf('$', hd[1]);
      int cell = text.indexOf('|', hd[1]);
      boolean dollars =
          hd[3] == 1
              || (sign >= 0
                  && sign < end
                  && (cell >= 0 && cell < end || oneLine(text, hd[0], end)));
      int[] cols = null;
      for (int[][] ch : columnHeaders) {
        if (ch[0][0] == hd[0]) {
          cols = ch[1];
        }
      }
      out.add(new Table(hd[0], end, hd[2], dollars, hd[4] == 1, cols));
      last = hd[1];
    }
    return withRepeatedHeads(text, out);
  }

  /**
   * The tables, with those that repeat a scaled table's column heads further on without a scale
   * header of their own ("Three Months Ended | Twelve Months Ended" over a pro forma table after a
   * paragraph of prose): the same statement's columns, at its scale.
   */
  private static List<Table> withRepeatedHeads(String text, List<Table> tables) {
    List<Table> added = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      Table t = tables.get(i);
      int headerEnd = text.indexOf('\n', t.start());
      if (t.columns() != null || headerEnd < 0 || headerEnd >= t.end()) {
        continue; // a column-header table, or one written on its header's line
      }
      // The first line of cells among the next few ("Three Months Ended" may stand above it).
      int head = headerEnd + 1;
      int headEnd = -1;
      for (int line = 0; line < HEAD_LINES && head < t.end(); line++) {
        int e = text.indexOf('\n', head);
        e = e < 0 ? text.length() : e;
        if (e > head && text.lastIndexOf('|', e) >= head) {
          headEnd = e;
          break;
        }
        head = e + 1;
      }
      if (headEnd < 0 || headEnd >= text.length() || headEnd > t.end()) {
        continue; // no line of column heads
      }
      String heads = text.substring(head, headEnd + 1);
      int limit = i + 1 < tables.size() ? tables.get(i + 1).start() : text.length();
      int at = text.indexOf(heads, t.end());
      if (at > 0 && at < limit && text.charAt(at - 1) == '\n' && at(tables, at) == null) {
        int end =
            Math.min(Math.min(tableEnd(text, at + heads.length() - 1), limit), at + MAX_TABLE);
        added.add(new Table(at, end, t.shift(), t.dollars(), t.exceptPerShare()));
      }
    }
    if (added.isEmpty()) {
      return tables;
    }
    List<Table> all = new ArrayList<>(tables);
    all.addAll(added);
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return all;
  }

  private static int[] header(Matcher m) {
    String scale = m.group("scale").toLowerCase(Locale.ROOT).replace(" ", "");
    int shift =
        scale.startsWith("billion")
            ? 9
            : scale.startsWith("million") || scale.startsWith("$m") ? 6 : 3;
    boolean dollars =
        m.group("dollar") != null && m.group("dollar").contains("$")
            || m.group("dollar") != null
                && m.group("dollar").toLowerCase(Locale.ROOT).contains("dollar")
            || m.group("of") != null
            || scale.startsWith("$");
    String rest = m.group("rest").toLowerCase(Locale.ROOT);
    boolean exceptPerShare = rest.contains("per share") || rest.contains("per-share");
    return new int[] {m.start(), m.end(), shift, dollars ? 1 : 0, exceptPerShare ? 1 : 0};
  }

  /** Where the table whose header ends at {@code from} ends. */
  private static int tableEnd(String text, int from) {
    int lineEnd = text.indexOf('\n', from);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int lineStart = text.lastIndexOf('\n', from - 1) + 1;
    if (lineEnd - lineStart > ONE_LINE_TABLE && holdsDigit(text, from, lineEnd)) {
      return lineEnd; // the whole table on the header's line
    }
    int pos = lineEnd;
    boolean cells = false;
    int proseBefore = 0;
    int firstProse = -1;
    int nextBar = text.indexOf('|', lineEnd);
    while (pos < text.length()) {
      int start = pos + 1;
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (nextBar >= 0 && nextBar < start) {
        nextBar = text.indexOf('|', start); // the next bar, found once for every line before it
      }
      boolean row = nextBar >= 0 && nextBar < end;
      if (end - start > PROSE_LINE && !row) {
        // A sentence or two between the header and its first row ("The selected data set forth
        // below ... have been derived from our audited statements") belongs to the table.
        if (cells) {
          return start; // prose
        }
        if (firstProse < 0) {
          firstProse = start;
        }
        if (++proseBefore > PROSE_BEFORE_ROWS || end - lineEnd > PROSE_BEFORE_CHARS) {
          return firstProse; // no row after the header: its prose is no table's
        }
      }
      cells |= row;
      pos = end;
    }
    return !cells && firstProse >= 0 ? firstProse : text.length();
  }

  /**
   * Whether a table lost its layout: the whole of it on its header's line, without cells (as in
   * Stanford's texts).
   */
  static boolean flattened(String text, Table t) {
    int bar = text.indexOf('|', t.start());
    return oneLine(text, t.start(), t.end()) && (bar < 0 || bar >= t.end());
  }

  /** Whether {@code text[start, end)} is on one line. */
  private static boolean oneLine(String text, int start, int end) {
    return text.lastIndexOf('\n', end - 1) < start;
  }

  /**
   * Whether a table's number is written in full, not at its scale: nine digits or more before its
   * point ("$ | 309,836,832" under "(In thousands)" is $309.8 million, not $309.8 billion).
   */
  static boolean writtenInFull(String n) {
    int digits = 0;
    for (int i = 0; i < n.length() && n.charAt(i) != '.'; i++) {
      digits += Character.isDigit(n.charAt(i)) ? 1 : 0;
    }
    return digits >= FULL_DIGITS;
  }

  /**
   * Whether a number is written to the cent, as a per-share amount is ("3.38", "0.18"), unlike an
   * amount in millions written to one decimal ("1,032.7") that an "except per share" table scales.
   */
  static boolean centsWritten(String n) {
    int point = n.indexOf('.');
    return point >= 0 && n.length() - point - 1 >= 2;
  }

  // A number of this many digits before its point is written in full (see writtenInFull).
  private static final int FULL_DIGITS = 9;

  // Whether text[from, to) holds a digit: a long title line ending in its scale header
  // ("... ACQUISITION-RELATED CHARGES (In millions, except per-share amounts)") holds no cells.
  private static boolean holdsDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The table holding a position, or null.
   *
   * @param tables the tables of the text, in text order
   * @param pos a position in the text
   * @return the table, or null when the position is in none
   */
  static Table at(List<Table> tables, int pos) {
    for (Table t : tables) {
      if (t.start() <= pos && pos < t.end()) {
        return t;
      }
      if (t.start() > pos) {
        return null;
      }
    }
    return null;
  }
}
