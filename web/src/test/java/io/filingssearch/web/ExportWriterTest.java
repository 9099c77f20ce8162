package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.filingssearch.filing.Amount;
import io.filingssearch.search.Hit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The rows of an export, read back by a CSV parser and a JSON parser. */
class ExportWriterTest {
  private static Hit hit(String title, String snippetHtml, List<String> partners) {
    return new Hit(
        "0000950123-04-002468",
        "ex-99.1",
        "exhibit",
        null,
        null,
        "99.1",
        title,
        "Example \"Quoted\", Inc.",
        "8-K",
        LocalDate.parse("2004-03-03"),
        LocalDate.parse("2004-03-05"),
        1.5f,
        List.of(snippetHtml),
        partners,
        List.of(new Amount(new BigDecimal("11125000.00"), "$11.125\nmillion", null, null, 0, 5)),
        "0000987654",
        "0000950123-04-002468",
        null);
  }

  private static String write(ExportFormat format, Hit... hits) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportWriter w = ExportWriter.open(format, out)) {
      for (Hit h : hits) {
        w.write(h);
      }
      assertEquals(hits.length, w.rows());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quotesCommasAndLineBreaksRoundTripThroughACsvParser() throws IOException {
    String title = "Line one, \"quoted\"\nline two\r\nline three";
    String csv =
        write(ExportFormat.CSV, hit(title, "a <mark>b</mark> &amp; c &#x2F; d", List.of()));
    List<CSVRecord> rows = CsvRows.parse(csv);
    assertEquals(1, rows.size());
    CSVRecord r = rows.get(0);
    assertEquals(title, r.get("title"));
    assertEquals("Example \"Quoted\", Inc.", r.get("company"));
    assertEquals("a b & c / d", r.get("snippet"));
    assertEquals("11125000", r.get("amountsUsd"));
    assertEquals("$11.125\nmillion", r.get("amountsText"));
    assertEquals("2004-03-05", r.get("filedDate"));
    assertEquals(
        "https://www.sec.gov/Archives/edgar/data/987654/000095012304002468/"
            + "0000950123-04-002468-index.htm",
        r.get("edgarUrl"));
  }

  @Test
  void everyCellThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() throws IOException {
    for (String bad : List.of("=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "\t=1")) {
      String csv = write(ExportFormat.CSV, hit(bad, bad, List.of(bad, "Genentech")));
      CSVRecord r = CsvRows.parse(csv).get(0);
      assertEquals("'" + bad, r.get("title"));
      assertEquals("'" + bad, r.get("snippet"));
      assertEquals("'" + bad + "; Genentech", r.get("partners"));
    }
    assertEquals("Genentech", ExportWriter.neutralise("Genentech"));
    assertEquals("", ExportWriter.neutralise(""));
  }

  @Test
  void jsonKeepsTheTextAsWrittenAndJsonLinesPutsOneRowOnEachLine() throws IOException {
    Hit h = hit("=1+1\nnext", "x", List.of("A"));
    JsonNode array = JsonViews.MAPPER.readTree(write(ExportFormat.JSON, h, h));
    assertEquals(2, array.size());
    assertEquals("=1+1\nnext", array.get(0).get("title").asText());
    assertEquals(11125000, array.get(0).get("amounts").get(0).get("usd").asLong());
    String lines = write(ExportFormat.JSONL, h, h);
    assertEquals(2, lines.split("\n").length);
    assertEquals(array.get(1), JsonViews.MAPPER.readTree(lines.split("\n")[1]));
    assertEquals("[]", write(ExportFormat.JSON).strip());
  }

  @Test
  void formatsAreReadFromTheirNameOrAFileName() {
    assertEquals(ExportFormat.CSV, ExportFormat.parse(null));
    assertEquals(ExportFormat.JSONL, ExportFormat.parse("JSONL"));
    assertEquals(ExportFormat.JSON, ExportFormat.ofFileName("deals.json"));
    assertEquals(ExportFormat.CSV, ExportFormat.ofFileName("out/deals.CSV"));
    assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xlsx"));
    assertThrows(IllegalArgumentException.class, () -> ExportFormat.ofFileName("deals.xlsx"));
  }
}
