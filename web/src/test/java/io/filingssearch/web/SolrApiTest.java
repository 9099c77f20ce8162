package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.solr.EmbeddedIndex;
import io.filingssearch.solr.EngineComparison;
import io.filingssearch.solr.SolrIndexer;
import io.filingssearch.solr.SolrSearcher;
import io.filingssearch.solr.TestSolrCloud;
import io.filingssearch.testing.Fixtures;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's API served from a SolrCloud collection ({@code serve --solr}): the same answers, the
 * same 400s with clear JSON errors for bad input, and never a stack trace.
 */
class SolrApiTest {
  private static Javalin app;
  private static String base;
  private static EmbeddedIndex index;
  private static FilingSearcher embedded;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws IOException {
    TestSolrCloud cloud = TestSolrCloud.get();
    cloud.freshCollection("web");
    new SolrIndexer(cloud.client(), "web").index(List.of(Fixtures.seeds()));
    app =
        new WebApp(new SolrSearcher(cloud.client(), "web", TestSolrCloud.TIMEOUT_MS))
            .create()
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    index = EmbeddedIndex.of(List.of(Fixtures.seeds()));
    embedded = index.searcher();
  }

  @AfterAll
  static void stop() throws IOException {
    if (app != null) {
      app.stop();
    }
    if (index != null) {
      index.close();
    }
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertFalse(r.body().contains("Exception"), r.body());
    assertFalse(r.body().contains("\tat "), r.body());
    return r;
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aSearchAnswersAsTheEmbeddedIndexDoes() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + q("license agreement") + "&group=filing");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode json = JsonViews.MAPPER.readTree(r.body());
    long expected =
        EngineComparison.whole(
                embedded,
                SearchRequest.builder().query("license agreement").groupByFiling(true).build())
            .total();
    assertEquals(expected, json.path("total").asLong(), r.body());
    assertTrue(r.body().contains("<mark>"), r.body());
  }

  @Test
  void badInputIsA400WithAClearJsonError() throws Exception {
    for (String path :
        List.of(
            "/api/search?q=" + q("amount:>=ten"),
            "/api/search?q=" + q("item:99.99"),
            "/api/search?q=" + q("date:-1999") + "x",
            "/api/search?q=a&page=0",
            "/api/search?q=a&size=-5",
            "/api/search?q=a&sort=sideways")) {
      HttpResponse<String> r = get(path);
      assertEquals(400, r.statusCode(), path + " " + r.body());
      assertTrue(r.headers().firstValue("content-type").orElse("").contains("json"), path);
      assertFalse(JsonViews.MAPPER.readTree(r.body()).path("details").asText().isBlank(), r.body());
    }
  }

  @Test
  void malformedSyntaxIsReadLeniently() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + q("((genentech AND"));
    assertEquals(200, r.statusCode(), r.body());
  }

  private static String aFilingId() throws IOException {
    return EngineComparison.whole(embedded, SearchRequest.of("genentech")).hits().get(0).filingId();
  }

  @Test
  void aFilingIsServedAndAnUnknownOneIs404() throws Exception {
    String id = aFilingId();
    assertEquals(200, get("/api/filings/" + id).statusCode());
    assertEquals(404, get("/api/filings/no-such-filing").statusCode());
  }

  @Test
  void autocompleteAnswersAsTheEmbeddedIndexDoes() throws Exception {
    HttpResponse<String> r = get("/api/suggest?q=gen");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode list = JsonViews.MAPPER.readTree(r.body()).path("suggestions");
    List<String> texts = new ArrayList<>();
    list.forEach(s -> texts.add(s.path("text").asText()));
    List<String> expected = new ArrayList<>();
    embedded.suggest("gen", list.size()).forEach(s -> expected.add(s.text()));
    assertFalse(texts.isEmpty(), r.body());
    assertEquals(expected, texts, r.body());
  }

  @Test
  void aTimelineAnswersAsTheEmbeddedIndexDoes() throws Exception {
    String company =
        embedded.search(SearchRequest.of("")).facets().get(FacetDimension.COMPANY).get(0).value();
    HttpResponse<String> r = get("/api/timeline?company=" + q(company));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode filings = JsonViews.MAPPER.readTree(r.body()).path("filings");
    List<String> ids = new ArrayList<>();
    filings.forEach(f -> ids.add(f.path("filingId").asText()));
    List<String> expected = new ArrayList<>();
    embedded
        .timeline(SearchRequest.builder().companies(List.of(company)).build())
        .entries()
        .forEach(e -> expected.add(e.filingId()));
    assertFalse(ids.isEmpty(), r.body());
    assertEquals(expected, ids, r.body());
  }

  @Test
  void similarFilingsAnswerAsTheEmbeddedIndexDoes() throws Exception {
    String id = aFilingId();
    HttpResponse<String> r = get("/api/filings/" + id + "/similar");
    assertEquals(200, r.statusCode(), r.body());
    List<String> ids = new ArrayList<>();
    JsonViews.MAPPER
        .readTree(r.body())
        .path("hits")
        .forEach(h -> ids.add(h.path("filingId").asText()));
    List<String> expected = new ArrayList<>();
    embedded
        .similar(id, SearchRequest.of(""))
        .orElseThrow()
        .hits()
        .forEach(h -> expected.add(h.filingId()));
    assertEquals(expected, ids, r.body());
    assertEquals(404, get("/api/filings/no-such-filing/similar").statusCode());
  }
}
