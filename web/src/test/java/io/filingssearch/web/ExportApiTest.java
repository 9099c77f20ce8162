package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.search.FilingSearcher;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/export} and the EDGAR links of the API, on a real server over the seeds, a filing
 * with markup and an EDGAR submission whose text is hostile to spreadsheets.
 */
class ExportApiTest {
  /** The hostile submission, with an accession number and a CIK in its EDGAR header. */
  static final String SUBMISSION = "hostile-submission.txt";

  static final String ACCESSION = "0000950123-04-002468";
  static final String EDGAR_URL =
      "https://www.sec.gov/Archives/edgar/data/987654/000095012304002468/"
          + ACCESSION
          + "-index.htm";

  /** The export limit of this server: fewer than all sections, more than those of "agreement". */
  static final long LIMIT = 20;

  @RegisterExtension
  static final ServerExtension server = new ServerExtension(List.of(SUBMISSION), LIMIT);

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode search(String query) throws IOException {
    HttpResponse<String> r = server.get("/api/search?" + query);
    assertEquals(200, r.statusCode(), r::body);
    return JsonViews.MAPPER.readTree(r.body());
  }

  @Test
  void aSearchHitAndAFilingWithCikAndAccessionLinkToTheirEdgarIndexPage() throws IOException {
    JsonNode hit = search("q=wombatvault").get("hits").get(0);
    assertEquals(ACCESSION, hit.get("filingId").asText());
    assertEquals(ACCESSION, hit.get("accession").asText());
    assertEquals("987654", hit.get("cik").asText().replaceFirst("^0+", ""));
    assertEquals("2004-03-05", hit.get("filedDate").asText());
    assertEquals(EDGAR_URL, hit.get("edgarUrl").asText());
    HttpResponse<String> f = server.get("/api/filings/" + ACCESSION);
    assertEquals(EDGAR_URL, JsonViews.MAPPER.readTree(f.body()).get("edgarUrl").asText());
    // The seeds say neither: no link rather than a wrong one.
    JsonNode seed = search("q=genentech").get("hits").get(0);
    assertTrue(seed.get("edgarUrl").isNull(), seed::toString);
  }

  @Test
  void theCsvExportHoldsEverySectionOfTheSearchWithTheDocumentedColumns() throws IOException {
    long total = search("q=agreement").get("total").asLong();
    HttpResponse<String> r = server.get("/api/export?q=agreement&format=csv&size=1&page=2");
    assertEquals(200, r.statusCode(), r::body);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        r.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("filename=\"filings-export.csv\""));
    assertEquals(String.valueOf(LIMIT), r.headers().firstValue("X-Export-Limit").orElse(""));
    assertEquals(String.valueOf(total), r.headers().firstValue("X-Export-Rows").orElse(""));
    List<CSVRecord> rows = CsvRows.parse(r.body());
    // Every matching section, not the page the parameters name.
    assertEquals(total, rows.size());
    assertEquals(ExportWriter.COLUMNS, rows.get(0).getParser().getHeaderNames());
    JsonNode first = search("q=agreement&size=1").get("hits").get(0);
    assertEquals(first.get("filingId").asText(), rows.get(0).get("filingId"));
    assertEquals(first.get("sectionId").asText(), rows.get(0).get("sectionId"));
  }

  @Test
  void hostileTextSurvivesTheRoundTripAndNoCellStartsAFormula() throws IOException {
    HttpResponse<String> r = server.get("/api/export?q=wombatvault");
    assertEquals(200, r.statusCode(), r::body);
    List<CSVRecord> rows = CsvRows.parse(r.body());
    assertEquals(2, rows.size(), r::body);
    CSVRecord release = null;
    for (CSVRecord row : rows) {
      assertEquals(ACCESSION, row.get("filingId"));
      assertEquals(EDGAR_URL, row.get("edgarUrl"));
      assertEquals("2004-03-05", row.get("filedDate"));
      for (String cell : row) {
        assertFalse(cell.matches("(?s)^[=+\\-@].*"), "a cell starts a formula: " + cell);
      }
      if ("ex-99.1".equals(row.get("sectionId"))) {
        release = row;
      }
    }
    assertNotNull(release, r::body);
    // The headline keeps its quotes and comma, behind the apostrophe that disarms it.
    assertEquals(
        "'=HYPERLINK(\"http://example.invalid\") \"Wombatvault\" Announced, Today",
        release.get("title"));
    assertEquals("3500000", release.get("amountsUsd"));
    assertEquals("$3.5 million", release.get("amountsText"));
    assertTrue(release.get("snippet").toLowerCase().contains("wombatvault"));
    assertFalse(release.get("snippet").contains("<mark>"), release.get("snippet"));
    CSVRecord item = rows.get(0) == release ? rows.get(1) : rows.get(0);
    assertEquals("Example Partners", item.get("partners"));
    assertTrue(item.get("snippet").contains("=cmd|' /C calc'!A0"), item.get("snippet"));
  }

  @Test
  void jsonAndJsonLinesExportTheSameRowsAsTypedValues() throws IOException {
    HttpResponse<String> json = server.get("/api/export?q=wombatvault&format=json");
    assertEquals(200, json.statusCode(), json::body);
    assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode array = JsonViews.MAPPER.readTree(json.body());
    assertEquals(2, array.size());
    HttpResponse<String> lines = server.get("/api/export?q=wombatvault&format=jsonl");
    assertEquals(200, lines.statusCode(), lines::body);
    List<JsonNode> fromLines = new ArrayList<>();
    for (String line : lines.body().split("\n")) {
      fromLines.add(JsonViews.MAPPER.readTree(line));
    }
    assertEquals(List.of(array.get(0), array.get(1)), fromLines);
    JsonNode release =
        array.get(0).get("sectionId").asText().equals("ex-99.1") ? array.get(0) : array.get(1);
    // Typed, not neutralised: JSON is read by programs, not spreadsheets.
    assertTrue(release.get("title").asText().startsWith("=HYPERLINK(\"http"));
    assertEquals(3_500_000, release.get("amounts").get(0).get("usd").asLong());
    assertEquals("$3.5 million", release.get("amounts").get(0).get("text").asText());
    assertTrue(release.get("partners").isArray());
    assertTrue(release.get("score").isNumber());
  }

  @Test
  void groupedTheExportHasOneRowPerFiling() throws IOException {
    long filings = search("group=filing").get("total").asLong();
    HttpResponse<String> r = server.get("/api/export?group=filing&format=csv");
    assertEquals(200, r.statusCode(), r::body);
    List<CSVRecord> rows = CsvRows.parse(r.body());
    assertEquals(filings, rows.size());
    assertEquals(filings, rows.stream().map(row -> row.get("filingId")).distinct().count());
  }

  @Test
  void aSearchOverTheLimitIsRefusedWithA400ThatSaysSo() throws IOException {
    long sections = search("").get("total").asLong();
    assertTrue(sections > LIMIT, "the fixture needs more sections than the limit");
    HttpResponse<String> r = server.get("/api/export?format=csv");
    assertEquals(400, r.statusCode(), r::body);
    JsonNode body = JsonViews.MAPPER.readTree(r.body());
    assertTrue(body.get("details").asText().contains("at most " + LIMIT + " rows"), r::body);
    assertTrue(body.get("details").asText().contains("group=filing"), r::body);
  }

  @Test
  void theCatalogTellsThePageTheExportLimitSoThatItCanDisableTheDownloads() throws IOException {
    HttpResponse<String> r = server.get("/api/facets");
    assertEquals(200, r.statusCode(), r::body);
    assertEquals(LIMIT, JsonViews.MAPPER.readTree(r.body()).get("exportLimit").asLong(), r::body);
  }

  @Test
  void aBadFormatOrSearchParameterIsA400NamingIt() throws IOException {
    HttpResponse<String> r = server.get("/api/export?q=x&format=xlsx");
    assertEquals(400, r.statusCode(), r::body);
    assertTrue(r.body().contains("format must be csv, json or jsonl"), r::body);
    r = server.get("/api/export?q=" + enc("amount:>=ten"));
    assertEquals(400, r.statusCode(), r::body);
    assertTrue(r.body().contains("amount"), r::body);
    r = server.get("/api/export?format=csv&format=json");
    assertEquals(400, r.statusCode(), r::body);
    assertNull(r.headers().firstValue("X-Export-Rows").orElse(null));
  }

  @Test
  void aClientThatGoesAwayMidExportIsOneLineInTheLogNotAnError(@TempDir Path dir) throws Exception {
    // Enough rows that the export cannot fit in the connection's buffers: the server is still
    // writing when the client resets the connection.
    Path filings = Files.createDirectories(dir.resolve("filings"));
    int count = 1500;
    for (int i = 0; i < count; i++) {
      Files.writeString(
          filings.resolve("f" + i + ".txt"),
          TestServer.HOSTILE_FILING
              .replace("Markup Testing Corp.", "Numbered Widgets " + i + " Corp.")
              .replace("March 3, 2004", "March " + (1 + i % 28) + ", 2004"));
    }
    Path index = dir.resolve("index");
    FilingIndexer.index(index, List.of(filings), true, IndexListener.NONE);
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (FilingSearcher searcher = FilingSearcher.open(index)) {
      Javalin app = new WebApp(new SearchService(searcher, 100_000)).create().start("127.0.0.1", 0);
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try (Socket socket = new Socket()) {
        socket.setReceiveBufferSize(2048);
        socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 10_000);
        socket.setSoTimeout(30_000);
        socket
            .getOutputStream()
            .write(
                ("GET /api/export?format=csv HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        byte[] start = new byte[12];
        int n = socket.getInputStream().readNBytes(start, 0, start.length);
        assertEquals("HTTP/1.1 200", new String(start, 0, n, StandardCharsets.US_ASCII));
        socket.setSoLinger(true, 0); // close with a reset, as a cancelled download does
      }
      String line = "the client went away during an export";
      for (int i = 0; i < 300 && !err.toString(StandardCharsets.UTF_8).contains(line); i++) {
        Thread.sleep(100);
      }
      app.stop();
    } finally {
      System.setErr(oldErr);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    List<String> lines = log.lines().filter(l -> l.contains("/api/export")).toList();
    assertEquals(1, lines.size(), log);
    assertTrue(lines.get(0).contains("INFO"), log);
    assertTrue(lines.get(0).contains("went away during an export of"), log);
    assertFalse(log.contains("ERROR"), log);
    assertFalse(log.lines().anyMatch(l -> l.startsWith("\tat ")), log);
  }
}
