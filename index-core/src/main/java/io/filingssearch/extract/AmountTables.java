package io.filingssearch.extract;

import io.filingssearch.filing.Amount;
import java.math.BigDecimal;
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
 * over the rows that follow, until prose or the next header; and the numbers alone in the cells of
 * dollar tables, read at that scale ({@link #cells}). Stateless.
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
          "(?i)(?<open>\\(|^[ \\t]*)\\s*(?<dollar>(?:U\\.?S\\.?\\s*)?\\$|(?:U\\.?S\\.?\\s+)?dollars?"
              + "(?:\\s+amounts?)?|amounts?)?\\s*(?:(?:are\\s+|expressed\\s+|stated\\s+|presented\\s+)?"
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
  // A one-line table is a line longer than this holding its header.
  private static final int ONE_LINE_TABLE = 200;
  // A table ends at the latest this far past its header.
  private static final int MAX_TABLE = 30_000;
  // How far before a trigger a header may start.
  private static final int HEADER_LEAD = 40;

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
      boolean dollars = hd[3] == 1 || (sign >= 0 && sign < end && cell >= 0 && cell < end);
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
    if (lineEnd - lineStart > ONE_LINE_TABLE) {
      return lineEnd; // the whole table on the header's line
    }
    int pos = lineEnd;
    while (pos < text.length()) {
      int start = pos + 1;
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end - start > PROSE_LINE && text.lastIndexOf('|', end) < start) {
        return start; // prose
      }
      pos = end;
    }
    return text.length();
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

  /** A cell holding a number alone: "| 16,443 |". */
  private static final Pattern CELL =
      Pattern.compile(
          "(?<=\\|)[ \\t]*\\(?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+|\\d{1,4})\\)?[ \\t]*(?=\\||$)",
          Pattern.MULTILINE);

  /** A row that counts something other than dollars: shares, percentages, people, days. */
  private static final Pattern NOT_DOLLARS_ROW =
      Pattern.compile(
          "(?i)(?<!per )\\bshares\\b(?! ?holders)|%|\\bpercent|\\bratio\\b|\\bemployees\\b|\\bdays\\b"
              + "|\\bheadcount\\b|\\bstores\\b|\\bunits\\b|\\btons\\b|\\bmetric\\b");

  /**
   * Adds the numbers alone in the cells of a table whose header says they are dollars ("$ in
   * millions"); a cell after a "$" cell was read with its sign.
   */
  static void cells(String text, Table t, List<Amount> out) {
    if (t.columns() != null) {
      columnCells(text, t, out);
      return;
    }
    Matcher c = CELL.matcher(text).region(t.start(), t.end());
    // The row of the last cell read and whether it counts dollars: a row's label is read once.
    int row = -1;
    boolean dollarsRow = true;
    while (c.find()) {
      String n = c.group(1);
      int bar = c.start() - 1; // the cell's "|"
      int prev = text.lastIndexOf('|', bar - 1);
      int lineStart = text.lastIndexOf('\n', bar) + 1;
      if (lineStart != row) {
        row = lineStart;
        dollarsRow = dollarsRow(text, lineStart, bar);
      }
      boolean signed = text.substring(Math.max(prev + 1, lineStart), bar).strip().endsWith("$");
      if (signed
          || (AmountExtractor.YEAR.matcher(n).matches())
          || !dollarsRow
          || percentAfter(text, c.end())) {
        continue;
      }
      boolean fraction = n.indexOf('.') >= 0;
      int shift = fraction && (t.exceptPerShare() || perShareRow(text, c.start())) ? 0 : t.shift();
      BigDecimal v = AmountExtractor.value(n, shift);
      out.add(new Amount(v, n, null, null, c.start(1), c.end(1)));
    }
  }

  /** Whether the cell after the one ending at {@code end} is its "%": "| 51 | %", "| (3 | )%". */
  private static boolean percentAfter(String text, int end) {
    int i = end;
    if (i >= text.length() || text.charAt(i) != '|') {
      return false;
    }
    i++;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ')')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '%';
  }

  /** A number alone in a cell, perhaps negative: "2,188", "(12,674", "- 22". */
  private static final Pattern CELL_NUMBER =
      Pattern.compile("^\\(?-?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\)?$");

  /**
   * Adds the unsigned numbers of the dollar columns of a table whose column headers name them
   * ("Units K | Rev M$"), row by row below its header. A row's cells are counted as its header's
   * once a "$" cell is joined to the number after it and a "%" or ")" cell to the number before; a
   * row whose count differs (or exceeds the header's by more than its label) is left alone.
   */
  private static void columnCells(String text, Table t, List<Amount> out) {
    int[] cols = t.columns();
    int headerCells = cols[0];
    // How many dollar columns of a full row hold money, not a percentage: a shorter row with that
    // many numbers fills only those ("Services | 6,325 | 5,976 | 5,086 | 6 | % | 24 | %" under
    // "Units | Revenue | Units | Revenue ..."). -1 until a full row is read.
    int moneyColumns = -1;
    int pos = text.indexOf('\n', t.start());
    while (pos >= 0 && pos < t.end()) {
      int lineStart = pos + 1;
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      pos = lineEnd < text.length() ? lineEnd : -1;
      int firstBar = text.indexOf('|', lineStart);
      if (lineStart >= t.end()
          || firstBar < 0
          || firstBar > lineEnd
          || !dollarsRow(text, lineStart, lineEnd)) {
        continue;
      }
      // Cells as {start, end, signed, percent}: "$" cells joined to the number after them, "%"
      // and ")" cells to the number before.
      List<int[]> cells = new ArrayList<>();
      boolean pendingSign = false;
      int from = lineStart;
      while (from <= lineEnd) {
        int bar = text.indexOf('|', from);
        int to = bar < 0 || bar > lineEnd ? lineEnd : bar;
        String cell = text.substring(from, to).strip();
        if (cell.equals("$")) {
          pendingSign = true;
        } else if ((cell.equals("%") || cell.startsWith(")")) && !cells.isEmpty()) {
          cells.get(cells.size() - 1)[3] |= cell.equals("%") ? 1 : 0;
        } else {
          cells.add(
              new int[] {
                from, to, pendingSign || cell.startsWith("$") ? 1 : 0, cell.endsWith("%") ? 1 : 0
              });
          pendingSign = false;
        }
        from = to + 1;
      }
      int offset = cells.size() - headerCells;
      if (offset < 0 && moneyColumns > 0) {
        shortRow(text, t, cells, moneyColumns, out);
        continue;
      }
      if (offset != 0 && offset != 1) {
        continue;
      }
      int money = 0;
      for (int i = 1; i < cols.length; i++) {
        int k = cols[i] + offset;
        money += k < cells.size() && cells.get(k)[3] == 0 ? 1 : 0;
      }
      moneyColumns = moneyColumns < 0 ? money : moneyColumns;
      for (int i = 1; i < cols.length; i++) {
        int k = cols[i] + offset;
        if (k >= cells.size() || cells.get(k)[2] == 1 || cells.get(k)[3] == 1) {
          continue; // a signed cell was read with its sign; a percentage is none
        }
        addCell(text, t, cells.get(k), out);
      }
    }
  }

  /**
   * Adds the numbers of a row with fewer cells than its header when, past its label, it holds as
   * many numbers that are not percentages as a full row has money columns: it fills only those.
   */
  private static void shortRow(
      String text, Table t, List<int[]> cells, int moneyColumns, List<Amount> out) {
    List<int[]> numbers = new ArrayList<>();
    for (int c = 1; c < cells.size(); c++) {
      int[] cell = cells.get(c);
      if (cell[3] == 1) {
        continue;
      }
      String n = text.substring(cell[0], cell[1]).strip();
      if (cell[2] == 0 && !CELL_NUMBER.matcher(n).matches()) {
        return; // words in a number's place: not a row of this table
      }
      numbers.add(cell);
    }
    if (numbers.size() != moneyColumns
        || CELL_NUMBER
            .matcher(text.substring(cells.get(0)[0], cells.get(0)[1]).strip())
            .matches()) {
      return;
    }
    for (int[] cell : numbers) {
      if (cell[2] == 1) {
        continue; // read with its sign
      }
      addCell(text, t, cell, out);
    }
  }

  /** Adds the number alone in a cell ({start, end, ...}) at the table's scale, if it is one. */
  private static void addCell(String text, Table t, int[] cell, List<Amount> out) {
    String raw = text.substring(cell[0], cell[1]);
    int lead = raw.length() - raw.stripLeading().length();
    Matcher m = CELL_NUMBER.matcher(raw.strip());
    if (!m.matches() || AmountExtractor.YEAR.matcher(m.group(1)).matches()) {
      return;
    }
    int start = cell[0] + lead + m.start(1);
    BigDecimal v = AmountExtractor.value(m.group(1), t.shift());
    out.add(new Amount(v, m.group(1), null, null, start, start + m.group(1).length()));
  }

  /**
   * Whether the row holding a cell counts dollars: its label, the row's first cell, does not name
   * shares, a percentage or another unit.
   */
  private static boolean dollarsRow(String text, int lineStart, int bar) {
    int labelStart = labelStart(text, lineStart, bar);
    int labelEnd = labelEnd(text, labelStart, bar);
    // The label's head names what the row counts: "Common stock, no par value; 1,800,000 shares
    // authorized" counts dollars of stock, not shares.
    int head = labelStart;
    while (head < labelEnd && text.charAt(head) != ';' && text.charAt(head) != ':') {
      head++;
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
        String label = text.substring(ls, le).strip();
        return !(label.endsWith(":") && NOT_DOLLARS_ROW.matcher(text).region(ls, le).find());
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
   * Whether a row's label says its amounts are per share: "EPS (Diluted)", "Net income per share".
   */
  static boolean perShareRow(String text, int pos) {
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
          "(?i)\\s*(?:basic|diluted|basic and diluted|primary|fully diluted|assuming dilution)"
              + "\\b[^|]{0,12}$");

  // Sibling rows looked past on the way up to a heading.
  private static final int MAX_SIBLINGS = 4;
}
