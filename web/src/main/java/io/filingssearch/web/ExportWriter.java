package io.filingssearch.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.filingssearch.filing.Amount;
import io.filingssearch.search.Hit;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the rows of an export, one hit at a time, as they come: nothing is held but the row being
 * written. The columns, in order, are {@link #COLUMNS}; in JSON, {@code partners} is an array and
 * {@code amountsUsd}/{@code amountsText} are one array {@code amounts} of {@code {usd, text}}. The
 * snippet is plain text (the matches' marks and HTML escapes removed). Not thread-safe; one per
 * export. Closing finishes the document (the closing bracket of a JSON array) and flushes, but
 * leaves the stream open.
 */
public final class ExportWriter implements Closeable {
  /** How many rows an export holds at most unless told otherwise. */
  public static final long DEFAULT_LIMIT = 100_000;

  /** The columns of a CSV export, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "filingId",
          "accession",
          "cik",
          "company",
          "form",
          "dateOfReport",
          "filedDate",
          "item",
          "itemTitle",
          "sectionId",
          "kind",
          "exhibit",
          "title",
          "partners",
          "amountsUsd",
          "amountsText",
          "score",
          "edgarUrl",
          "snippet");

  /** How several values share one CSV cell. */
  static final String LIST_SEPARATOR = "; ";

  /**
   * A cell a spreadsheet would run as a formula: it starts with {@code = + - @}, or a tab or
   * carriage return that some spreadsheets skip before one.
   */
  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");

  private final ExportFormat format;
  private final Writer out;
  private final CSVPrinter csv;
  private final JsonGenerator json;
  private long rows;

  private ExportWriter(ExportFormat format, OutputStream stream) throws IOException {
    this.format = format;
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.csv =
        format == ExportFormat.CSV
            ? new CSVPrinter(
                out,
                CSVFormat.RFC4180
                    .builder()
                    .setHeader(COLUMNS.toArray(String[]::new))
                    .setAutoFlush(false)
                    .get())
            : null;
    this.json =
        format == ExportFormat.CSV
            ? null
            : JsonViews.MAPPER
                .getFactory()
                .createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (format == ExportFormat.JSON) {
      json.writeStartArray();
    }
  }

  /**
   * Starts an export: writes what comes before the first row (the CSV header, the JSON array's
   * opening bracket).
   *
   * @param format the format
   * @param stream where to write; left open on {@link #close()}
   * @return the writer
   * @throws IOException when the stream cannot be written
   */
  public static ExportWriter open(ExportFormat format, OutputStream stream) throws IOException {
    return new ExportWriter(format, stream);
  }

  /**
   * Writes one hit's row.
   *
   * @param h the hit
   * @throws IOException when the stream cannot be written
   */
  public void write(Hit h) throws IOException {
    rows++;
    if (csv != null) {
      List<String> cells = new ArrayList<>(COLUMNS.size());
      cells.add(h.filingId());
      cells.add(h.accession());
      cells.add(h.cik());
      cells.add(h.company());
      cells.add(h.form());
      cells.add(JsonViews.date(h.dateOfReport()));
      cells.add(JsonViews.date(h.filedDate()));
      cells.add(h.item());
      cells.add(h.itemTitle());
      cells.add(h.sectionId());
      cells.add(h.kind());
      cells.add(h.exhibit());
      cells.add(h.title());
      cells.add(String.join(LIST_SEPARATOR, h.partners()));
      cells.add(
          String.join(
              LIST_SEPARATOR,
              h.amounts().stream()
                  .map(a -> a.usd().stripTrailingZeros().toPlainString())
                  .toList()));
      cells.add(String.join(LIST_SEPARATOR, h.amounts().stream().map(Amount::text).toList()));
      cells.add(String.valueOf(h.score()));
      cells.add(h.edgarUrl());
      cells.add(snippet(h));
      csv.printRecord(cells.stream().map(ExportWriter::neutralise));
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filingId", h.filingId());
    m.put("accession", h.accession());
    m.put("cik", h.cik());
    m.put("company", h.company());
    m.put("form", h.form());
    m.put("dateOfReport", JsonViews.date(h.dateOfReport()));
    m.put("filedDate", JsonViews.date(h.filedDate()));
    m.put("item", h.item());
    m.put("itemTitle", h.itemTitle());
    m.put("sectionId", h.sectionId());
    m.put("kind", h.kind());
    m.put("exhibit", h.exhibit());
    m.put("title", h.title());
    m.put("partners", h.partners());
    m.put("amounts", JsonViews.amounts(h.amounts(), false));
    m.put("score", h.score());
    m.put("edgarUrl", h.edgarUrl());
    m.put("snippet", snippet(h));
    JsonViews.MAPPER.writeValue(json, m);
    if (format == ExportFormat.JSONL) {
      json.flush();
      out.write('\n');
    }
  }

  /**
   * How many rows have been written.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.flush();
    } else {
      if (format == ExportFormat.JSON) {
        json.writeEndArray();
      }
      json.close();
    }
    out.flush();
  }

  /**
   * A cell as a spreadsheet may open it: one that would start a formula gets a leading apostrophe,
   * which spreadsheets read as "this is text" (OWASP's advice against CSV injection).
   */
  static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return FORMULA_START.matcher(cell).lookingAt() ? "'" + cell : cell;
  }

  /** The first snippet as plain text: the hit's HTML without its marks and escapes. */
  static String snippet(Hit h) {
    return h.snippets().isEmpty() ? null : plainText(h.snippets().get(0));
  }

  /**
   * A snippet's HTML as plain text.
   *
   * @param html text escaped with {@code &lt; &gt; &amp; &quot; &#x27;}, matches in {@code <mark>}
   * @return the text
   */
  public static String plainText(String html) {
    String text = html.replace("<mark>", "").replace("</mark>", "");
    Matcher m = ENTITY.matcher(text);
    StringBuilder b = new StringBuilder(text.length());
    while (m.find()) {
      String e = m.group(1);
      String c =
          switch (e) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
              int cp =
                  e.charAt(1) == 'x' || e.charAt(1) == 'X'
                      ? Integer.parseInt(e.substring(2), 16)
                      : Integer.parseInt(e.substring(1));
              yield Character.isValidCodePoint(cp) ? Character.toString(cp) : m.group();
            }
          };
      m.appendReplacement(b, Matcher.quoteReplacement(c));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The escapes a snippet's HTML holds: the five named ones and numeric ones. */
  private static final Pattern ENTITY =
      Pattern.compile("&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
}
