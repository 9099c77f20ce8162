package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
    assertTrue(e.getUpdated().toInstant().toString().startsWith("2004-03-05"));
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
}
