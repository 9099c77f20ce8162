package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import io.filingssearch.search.FilingSearcher;
import io.javalin.Javalin;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /feeds/search.atom} on a real server over the seeds, a filing with markup and an EDGAR
 * submission, read by a real feed parser (Rome).
 */
class FeedTest {
  @RegisterExtension
  static final ServerExtension server =
      new ServerExtension(List.of(ExportApiTest.SUBMISSION), 100_000);

  private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.base() + pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return server.http().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Feed feed(String query) throws Exception {
    HttpResponse<String> r = get("/feeds/search.atom" + query);
    assertEquals(200, r.statusCode(), r::body);
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"),
        () -> r.headers().map().toString());
    WireFeedInput in = new WireFeedInput();
    in.setXmlHealerOn(false); // read the document as sent, not a repaired copy
    Feed f = (Feed) in.build(new StringReader(r.body()));
    assertEquals("atom_1.0", f.getFeedType());
    return f;
  }

  private static Optional<Link> link(List<Link> links, String rel) {
    return links.stream().filter(l -> rel.equals(l.getRel())).findFirst();
  }

  @Test
  void theFeedListsOneEntryPerMatchingFilingNewestFirstAsValidAtom() throws Exception {
    Feed f = feed("?q=genentech");
    assertTrue(f.getId().matches("urn:filings-search:search:[0-9a-f]{32}"), f.getId());
    assertEquals(f.getId(), feed("?sort=amount&q=%20genentech").getId());
    assertNotEquals(f.getId(), feed("?q=genentech&item=5").getId());
    assertNotNull(f.getUpdated());
    assertTrue(f.getTitleEx().getValue().contains("genentech"), f.getTitleEx().getValue());
    assertTrue(link(f.getOtherLinks(), "self").isPresent() || !f.getOtherLinks().isEmpty());
    List<Entry> entries = f.getEntries();
    assertEquals(2, entries.size());
    // The 2005 renewal before the 2000 licence.
    assertTrue(entries.get(0).getTitle().contains("2005-05-03"), entries.get(0).getTitle());
    assertTrue(entries.get(1).getTitle().contains("2000-05-08"), entries.get(1).getTitle());
    for (Entry e : entries) {
      assertNotNull(e.getId());
      assertNotNull(e.getUpdated());
      assertTrue(e.getTitle().toLowerCase().contains("immunogen"), e.getTitle());
      Link view = link(e.getAlternateLinks(), "alternate").orElseThrow();
      assertTrue(
          view.getHref().startsWith(server.base() + "/?q=genentech&filing="), view.getHref());
      Content content = e.getContents().get(0);
      assertEquals("html", content.getType());
      assertTrue(
          content.getValue().contains("Partners: ") && content.getValue().contains("Genentech"));
      assertTrue(content.getValue().contains("<mark>"), content.getValue());
    }
    assertTrue(entries.get(0).getContents().get(0).getValue().contains("Amounts: "));
  }

  @Test
  void everyFilingIsInTheFeedOfTheEmptySearchByDateNewestFirst() throws Exception {
    List<Entry> entries = feed("").getEntries();
    assertEquals(6, entries.size());
    for (int i = 1; i < entries.size(); i++) {
      String earlier = entries.get(i - 1).getTitle().replaceAll(".*(\\d{4}-\\d{2}-\\d{2}).*", "$1");
      String later = entries.get(i).getTitle().replaceAll(".*(\\d{4}-\\d{2}-\\d{2}).*", "$1");
      assertTrue(earlier.compareTo(later) >= 0, earlier + " before " + later);
    }
    assertEquals(2, feed("?size=2").getEntries().size());
  }

  @Test
  void anEntryOfAFilingWithCikAndAccessionLinksToEdgarAndSaysWhenItWasFiled() throws Exception {
    Entry e = feed("?q=wombatvault").getEntries().get(0);
    Link edgar = link(e.getOtherLinks(), "related").orElseThrow();
    assertEquals(ExportApiTest.EDGAR_URL, edgar.getHref());
    assertTrue(e.getPublished().toInstant().toString().startsWith("2004-03-05"), e.toString());
    // Updated: when the filing became searchable, as the search API says.
    JsonNode hit =
        JsonViews.MAPPER.readTree(get("/api/search?q=wombatvault").body()).get("hits").get(0);
    assertEquals(hit.get("searchableSince").asLong(), e.getUpdated().getTime());
    assertEquals(List.of("5", "7"), e.getCategories().stream().map(c -> c.getTerm()).toList());
    assertTrue(e.getContents().get(0).getValue().contains("On EDGAR"));
  }

  @Test
  void aReaderThatHasTheFeedAlreadyGets304ByEtagOrDate() throws Exception {
    HttpResponse<String> first = get("/feeds/search.atom?q=genentech");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
    assertTrue(lastModified.endsWith(" GMT"), lastModified);

    HttpResponse<String> byTag = get("/feeds/search.atom?q=genentech", "If-None-Match", etag);
    assertEquals(304, byTag.statusCode());
    assertTrue(byTag.body().isEmpty());
    assertEquals(etag, byTag.headers().firstValue("ETag").orElse(""));

    HttpResponse<String> byDate =
        get("/feeds/search.atom?q=genentech", "If-Modified-Since", lastModified);
    assertEquals(304, byDate.statusCode());

    // An older copy, another tag, or another search: the whole feed.
    assertEquals(
        200,
        get("/feeds/search.atom?q=genentech", "If-Modified-Since", "Mon, 01 Jan 1990 00:00:00 GMT")
            .statusCode());
    assertEquals(
        200, get("/feeds/search.atom?q=genentech", "If-None-Match", "\"stale\"").statusCode());
    HttpResponse<String> other = get("/feeds/search.atom?q=genentech&item=5");
    assertEquals(200, other.statusCode());
    assertNotEquals(etag, other.headers().firstValue("ETag").orElse(""));
  }

  @Test
  void markupInAFilingStaysTextInTheFeed() throws Exception {
    HttpResponse<String> r = get("/feeds/search.atom?q=" + TestServer.HOSTILE_WORD);
    assertEquals(200, r.statusCode());
    assertFalse(r.body().contains("<script"), r.body());
    Entry e = feed("?q=" + TestServer.HOSTILE_WORD).getEntries().get(0);
    String html = e.getContents().get(0).getValue();
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;") || !html.contains("script"), html);
  }

  @Test
  void aBadSearchParameterIsA400NamingIt() throws Exception {
    HttpResponse<String> r = get("/feeds/search.atom?from=yesterday");
    assertEquals(400, r.statusCode(), r::body);
    assertTrue(r.body().contains("from must be a date"), r::body);
  }

  /** An EDGAR submission with the dates and the one word given. */
  private static String submission(
      String accession, String company, String reported, String filed, String word) {
    LocalDate report = LocalDate.parse(reported);
    String spoken =
        report.getMonth().getDisplayName(TextStyle.FULL, Locale.US)
            + " "
            + report.getDayOfMonth()
            + ", "
            + report.getYear();
    return """
        <SEC-DOCUMENT>%1$s.txt : %3$s
        <SEC-HEADER>%1$s.hdr.sgml : %3$s
        ACCESSION NUMBER:		%1$s
        CONFORMED SUBMISSION TYPE:	8-K
        PUBLIC DOCUMENT COUNT:		1
        CONFORMED PERIOD OF REPORT:	%2$s
        FILED AS OF DATE:		%3$s

        FILER:

        	COMPANY DATA:
        		COMPANY CONFORMED NAME:			%4$s
        		CENTRAL INDEX KEY:			%6$s

        	FILING VALUES:
        		FORM TYPE:		8-K
        </SEC-HEADER>
        <DOCUMENT>
        <TYPE>8-K
        <SEQUENCE>1
        <TEXT>
                                    FORM 8-K

                                 CURRENT REPORT

               Date of Report (Date of Earliest Event Reported): %5$s

                                  %4$s
                 (Exact name of registrant as specified in its charter)

        ITEM 5.  OTHER EVENTS

        On %5$s, the Registrant announced the %7$s program with Example Partners,
        Inc. for $3 million.
        </TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>
        """
        .formatted(
            accession,
            reported.replace("-", ""),
            filed.replace("-", ""),
            company,
            spoken,
            accession.substring(0, 10),
            word);
  }

  @Test
  void theFeedListsTheNewestFiledFirstAndOfTheSameDayTheOneSearchableLast(@TempDir Path dir)
      throws Exception {
    String word = "numbatdeal";
    Path filings = Files.createDirectories(dir.resolve("filings"));
    Path index = dir.resolve("index");
    // Filed the 10th (reported the 1st), and filed the 8th though reported the 9th: by filing
    // date the first comes first, by best date (of report) the second.
    Files.writeString(
        filings.resolve("a.txt"),
        submission("0000111111-04-000001", "ALPHA WIDGETS INC", "2004-03-01", "2004-03-10", word));
    Files.writeString(
        filings.resolve("c.txt"),
        submission("0000333333-04-000003", "GAMMA TOOLS INC", "2004-03-09", "2004-03-08", word));
    FilingIndexer.index(index, List.of(filings), false, IndexListener.NONE);
    // Filed the same day as the first, reported earlier, indexed by a later run.
    Files.writeString(
        filings.resolve("b.txt"),
        submission("0000222222-04-000002", "BETA PUMPS INC", "2004-02-27", "2004-03-10", word));
    IndexReport second = FilingIndexer.index(index, List.of(filings), false, IndexListener.NONE);
    assertEquals(1, second.filings(), second::toString);

    try (FilingSearcher searcher = FilingSearcher.open(index)) {
      Javalin app = new WebApp(new SearchService(searcher, 100_000)).create().start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        HttpResponse<String> api =
            server
                .http()
                .send(
                    HttpRequest.newBuilder(URI.create(base + "/api/search?group=filing&q=" + word))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        Map<String, Long> since = new HashMap<>();
        for (JsonNode h : JsonViews.MAPPER.readTree(api.body()).get("hits")) {
          since.put(h.get("company").asText(), h.get("searchableSince").asLong());
        }
        assertTrue(
            since.get("BETA PUMPS INC") > since.get("ALPHA WIDGETS INC"),
            () -> "the second run's filing became searchable later: " + since);

        HttpResponse<String> r =
            server
                .http()
                .send(
                    HttpRequest.newBuilder(URI.create(base + "/feeds/search.atom?q=" + word))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        WireFeedInput in = new WireFeedInput();
        Feed f = (Feed) in.build(new StringReader(r.body()));
        List<String> order =
            f.getEntries().stream().map(e -> e.getTitle().replaceAll(" — .*", "")).toList();
        assertEquals(List.of("BETA PUMPS INC", "ALPHA WIDGETS INC", "GAMMA TOOLS INC"), order);
        List<Long> updated = f.getEntries().stream().map(e -> e.getUpdated().getTime()).toList();
        assertEquals(
            List.of(
                since.get("BETA PUMPS INC"),
                since.get("ALPHA WIDGETS INC"),
                since.get("GAMMA TOOLS INC")),
            updated);
      } finally {
        app.stop();
      }
    }
  }
}
