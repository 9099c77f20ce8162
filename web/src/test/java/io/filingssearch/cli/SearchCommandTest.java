package io.filingssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.filingssearch.testing.Fixtures;
import io.filingssearch.web.CsvRows;
import io.filingssearch.web.ExportWriter;
import io.filingssearch.web.JsonViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filings search} exporting a search: to a file, to standard output, over the limit. */
class SearchCommandTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexSeeds() {
    index = tmp.resolve("index");
    CliRun r =
        CliRun.of("index", "--data", Fixtures.seeds().toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
  }

  private static long total(String... filters) throws Exception {
    String[] args = new String[filters.length + 4];
    args[0] = "search";
    System.arraycopy(filters, 0, args, 1, filters.length);
    args[filters.length + 1] = "--index";
    args[filters.length + 2] = index.toString();
    args[filters.length + 3] = "--json";
    CliRun r = CliRun.of(args);
    assertEquals(0, r.code(), r.err());
    return JsonViews.MAPPER.readTree(r.out()).get("total").asLong();
  }

  @Test
  void exportToACsvFileWritesEveryMatchingSectionAndSaysHowMany() throws Exception {
    Path out = tmp.resolve("agreement.csv");
    CliRun r =
        CliRun.of("search", "agreement", "--index", index.toString(), "--export", out.toString());
    assertEquals(0, r.code(), r.err());
    List<CSVRecord> rows = CsvRows.parse(Files.readString(out));
    long total = total("agreement");
    assertEquals(total, rows.size());
    assertEquals(ExportWriter.COLUMNS, rows.get(0).getParser().getHeaderNames());
    assertTrue(r.err().contains("exported " + total + " rows"), r.err());
    assertTrue(r.out().isEmpty(), r.out());
  }

  @Test
  void formatJsonlWritesOneFilingPerLineToStandardOutputWhenGrouped() throws Exception {
    CliRun r = CliRun.of("search", "--group", "--index", index.toString(), "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    for (String line : lines) {
      JsonNode row = JsonViews.MAPPER.readTree(line);
      assertTrue(row.has("filingId") && row.has("snippet") && row.has("edgarUrl"), line);
    }
  }

  @Test
  void anExportOverTheLimitOrInAnUnknownFormatIsRefusedWithExitCodeTwo() throws Exception {
    CliRun r =
        CliRun.of("search", "--index", index.toString(), "--format", "csv", "--export-limit", "3");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("error: this search matches"), r.err());
    assertTrue(r.err().contains("at most 3 rows"), r.err());
    assertTrue(r.out().isEmpty(), r.out());
    Path xlsx = tmp.resolve("x.xlsx");
    r = CliRun.of("search", "x", "--index", index.toString(), "--export", xlsx.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(".csv, .json or .jsonl"), r.err());
    assertTrue(!Files.exists(xlsx));
  }
}
