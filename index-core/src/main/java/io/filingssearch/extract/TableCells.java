package io.filingssearch.extract;

import io.filingssearch.filing.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers alone in the cells of a dollar table ({@link AmountTables}), read at its scale: every
 * numeric cell of a table whose header says it counts dollars, or only the dollar columns of a
 * table whose column headers name them. Which rows count dollars is {@link TableRows}'s to say.
 * Stateless.
 */
final class TableCells {
  private TableCells() {}

  /**
   * A cell holding a number alone: "| 16,443 |"; or the first cell of a row without a label, a
   * subtotal: "911,360 | 896,984".
   */
  private static final Pattern CELL =
      Pattern.compile(
          "(?<=\\|)[ \\t]*\\(?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+|\\d{1,4})\\)?[ \\t]*(?=\\||$)"
              + "|^[ \\t]*\\(?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?)\\)?[ \\t]*(?=\\|)",
          Pattern.MULTILINE);

  /**
   * Adds the numbers alone in the cells of a table whose header says they are dollars ("$ in
   * millions"); a cell after a "$" cell was read with its sign.
   */
  static void read(String text, AmountTables.Table t, List<Amount> out) {
    if (t.columns() != null) {
      columnCells(text, t, out);
      return;
    }
    if (AmountTables.flattened(text, t)) {
      flattenedCells(text, t, out);
      return;
    }
    Matcher c = CELL.matcher(text).region(t.start(), t.end());
    // The row of the last cell read and whether it counts dollars: a row's label is read once.
    int row = -1;
    boolean dollarsRow = true;
    while (c.find()) {
      int g = c.group(1) != null ? 1 : 2;
      String n = c.group(g);
      // The cell's "|", or for a row's first cell its start.
      int bar = g == 1 ? c.start() - 1 : c.start();
      int prev = text.lastIndexOf('|', bar - 1);
      int lineStart = text.lastIndexOf('\n', bar) + 1;
      if (lineStart != row) {
        row = lineStart;
        dollarsRow = TableRows.dollars(text, lineStart, bar);
      }
      boolean signed = text.substring(Math.max(prev + 1, lineStart), bar).strip().endsWith("$");
      if (signed
          || (AmountExtractor.YEAR.matcher(n).matches())
          || !dollarsRow
          || percentAfter(text, c.end())) {
        continue;
      }
      int at = c.start();
      BigDecimal v = AmountExtractor.value(n, shift(t, n, () -> TableRows.perShare(text, at)));
      out.add(new Amount(v, n, null, null, c.start(g), c.end(g)));
    }
  }

  /**
   * A word of a table flattened onto one line: a number ("19,170", "(1,398)", ".42"), a "$" (alone
   * or before its number), or anything else (a word of a row's label, a rule of dashes).
   */
  private static final Pattern FLAT_TOKEN =
      Pattern.compile(
          "(?<sign>\\$)?\\(?(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d*\\.\\d+|\\d+)\\)?(?<pct>%)?"
              + "(?=\\s|$)|(?<dollar>\\$)(?=\\s)|\\S+");

  // A flattened table has at least this many columns (periods) and full rows: a sentence's "$5
  // million" or "6,400 employees" is no row of one.
  private static final int FLAT_MIN_COLUMNS = 2;
  private static final int FLAT_MIN_ROWS = 3;

  /** A number of a flattened row: where it is, and whether a "$" or "%" goes with it. */
  private record FlatNumber(String n, int start, int end, boolean signed, boolean percent) {}

  /** A row of a flattened table: its label's words and the numbers after them. */
  private record FlatRow(String label, List<FlatNumber> numbers) {}

  /**
   * Adds the numbers alone of a table that lost its layout, the whole table on one line as in
   * Stanford's texts ("Retail Sales 19,170 16,043 Non-Retail Sales 64,027 45,571 ..."): a row is
   * its label's words and the numbers after them. The table's columns are counted from its first
   * row with a "$" ("Rentals and Fees $ 254,246 $ 209,145": two), and only rows with that many
   * numbers are read, so that a date ("March 31, 2006") or a sentence's number is no row. A row
   * labelled as counting shares or a percentage is left out, as in a table with cells.
   */
  private static void flattenedCells(String text, AmountTables.Table t, List<Amount> out) {
    List<FlatRow> rows = flatRows(text, t);
    int width =
        rows.stream()
            .filter(r -> r.numbers().stream().anyMatch(FlatNumber::signed))
            .findFirst()
            .map(r -> r.numbers().size())
            .orElse(0);
    if (width < FLAT_MIN_COLUMNS
        || rows.stream().filter(r -> r.numbers().size() == width).count() < FLAT_MIN_ROWS) {
      return; // no row says the table counts dollars, or too few rows for a table
    }
    for (FlatRow r : rows) {
      if (r.numbers().size() != width || !TableRows.dollarsLabel(r.label())) {
        continue;
      }
      boolean perShare = TableRows.perShareLabel(r.label());
      for (FlatNumber f : r.numbers()) {
        if (f.signed() || f.percent() || AmountExtractor.YEAR.matcher(f.n()).matches()) {
          continue; // a "$" number was read with its sign
        }
        BigDecimal v = AmountExtractor.value(f.n(), shift(t, f.n(), () -> perShare));
        out.add(new Amount(v, f.n(), null, null, f.start(), f.end()));
      }
    }
  }

  /** The rows of a flattened table, in order: each label with the numbers after it. */
  private static List<FlatRow> flatRows(String text, AmountTables.Table t) {
    Matcher m = FLAT_TOKEN.matcher(text).region(t.start(), t.end());
    List<FlatRow> rows = new ArrayList<>();
    List<FlatNumber> numbers = new ArrayList<>();
    int labelStart = -1;
    int labelEnd = -1;
    boolean pendingSign = false;
    while (m.find()) {
      if (m.group("dollar") != null) {
        pendingSign = true;
        continue;
      }
      boolean sign = pendingSign;
      pendingSign = false;
      if (m.group("n") != null) {
        if (labelStart >= 0) { // else a number before any label: a date's year, a heading's
          numbers.add(
              new FlatNumber(
                  m.group("n"),
                  m.start("n"),
                  m.end("n"),
                  sign || m.group("sign") != null,
                  m.group("pct") != null));
        }
        continue;
      }
      if (!numbers.isEmpty()) {
        rows.add(new FlatRow(text.substring(labelStart, labelEnd), numbers));
        numbers = new ArrayList<>();
        labelStart = -1;
      }
      if (m.group().chars().allMatch(ch -> ch == '-' || ch == '_' || ch == '=')) {
        continue; // a rule under the column heads
      }
      labelStart = labelStart < 0 ? m.start() : labelStart;
      labelEnd = m.end();
    }
    if (!numbers.isEmpty()) {
      rows.add(new FlatRow(text.substring(labelStart, labelEnd), numbers));
    }
    return rows;
  }

  /**
   * The power of ten a table's number is read at: none for a per-share figure (written to the cent
   * in a table that excepts per-share amounts, or in a row labelled per share) or a number written
   * in full ({@link AmountTables#writtenInFull}); else the table's scale.
   */
  private static int shift(AmountTables.Table t, String n, BooleanSupplier perShareRow) {
    boolean fraction = n.indexOf('.') >= 0;
    return fraction
                && (t.exceptPerShare() && AmountTables.centsWritten(n)
                    || perShareRow.getAsBoolean())
            || AmountTables.writtenInFull(n)
        ? 0
        : t.shift();
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
  private static void columnCells(String text, AmountTables.Table t, List<Amount> out) {
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
          || !TableRows.dollars(text, lineStart, lineEnd)) {
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
      String text, AmountTables.Table t, List<int[]> cells, int moneyColumns, List<Amount> out) {
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
  private static void addCell(String text, AmountTables.Table t, int[] cell, List<Amount> out) {
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
}
