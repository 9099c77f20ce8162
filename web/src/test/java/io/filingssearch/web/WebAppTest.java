package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API over the seed filings, through real HTTP. */
class WebAppTest {
  @RegisterExtension static final ServerExtension server = new ServerExtension();

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> "not JSON: " + r.headers().map() + " " + r.body());
    return JsonViews.MAPPER.readTree(r.body());
  }

  /** Asserts a JSON error with the status, whose details mention {@code word}. */
  private static void assertError(HttpResponse<String> r, int status, String word)
      throws IOException {
    assertEquals(status, r.statusCode(), r::body);
    JsonNode body = json(r);
    assertEquals(status, body.get("status").asInt());
    assertFalse(body.get("title").asText().isBlank());
    if (word != null) {
      assertTrue(body.get("details").asText().contains(word), r::body);
    }
    assertFalse(r.body().contains("at io."), "a stack trace leaked: " + r.body());
  }

  @Test
  void companyAndPartnerFiltersMatchInAnyCaseAndLegalFormAsTheQueryLanguageDoes()
      throws IOException {
    for (String company : List.of("ImmunoGen", "immunogen", "immunogen inc", "IMMUNOGEN CORP")) {
      JsonNode r = json(server.get("/api/search?group=filing&company=" + enc(company)));
      assertEquals(4, r.get("total").asLong(), company);
    }
    long byQuery =
        json(server.get("/api/search?group=filing&q=" + enc("partner:genentech")))
            .get("total")
            .asLong();
    assertTrue(byQuery > 0);
    for (String partner : List.of("genentech", "Genentech", "Genentech, Inc.")) {
      JsonNode r = json(server.get("/api/search?group=filing&partner=" + enc(partner)));
      assertEquals(byQuery, r.get("total").asLong(), partner);
    }
  }

  @Test
  void aHitSaysWhichDateItIsAndGivesBoth() throws IOException {
    JsonNode hit = json(server.get("/api/search?q=genentech")).get("hits").get(0);
    assertEquals("report", hit.get("dateKind").asText());
    assertEquals(hit.get("dateOfReport").asText(), hit.get("date").asText());
    assertTrue(hit.has("filedDate"));
  }

  @Test
  void searchForGenentechReturnsHighlightedHitsAndFacets() throws IOException {
    HttpResponse<String> r = server.get("/api/search?q=genentech");
    assertEquals(200, r.statusCode(), r::body);
    JsonNode body = json(r);
    assertEquals("genentech", body.get("query").asText());
    assertTrue(body.get("total").asLong() > 0, r::body);
    JsonNode hits = body.get("hits");
    assertTrue(hits.size() > 0);
    assertTrue(hits.get(0).get("snippets").toString().toLowerCase().contains("<mark>genentech"));
    // When the filing became searchable: epoch milliseconds, no later than now.
    long since = hits.get(0).get("searchableSince").asLong();
    assertTrue(since > 0 && since <= System.currentTimeMillis(), hits.get(0)::toString);
    for (String dim : List.of("item", "partner", "company", "form", "year", "amount")) {
      assertTrue(body.get("facets").has(dim), dim);
    }
    assertTrue(body.get("facets").get("company").size() > 0);
  }

  @Test
  void itemFilterKeepsOnlyFilingsThatReportThatItem() throws IOException {
    JsonNode all = json(server.get("/api/search?q=genentech"));
    JsonNode facet = all.get("facets").get("item").get(0);
    String item = facet.get("value").asText();
    JsonNode filtered = json(server.get("/api/search?q=genentech&group=filing&item=" + enc(item)));
    assertEquals(facet.get("count").asLong(), filtered.get("total").asLong(), filtered::toString);
    for (JsonNode hit : filtered.get("hits")) {
      assertTrue(itemsOf(hit).contains(item), hit::toString);
    }

    HttpResponse<String> r = server.get("/api/search?item=1.01&size=100");
    assertEquals(200, r.statusCode(), r::body);
    JsonNode body = json(r);
    for (JsonNode hit : body.get("hits")) {
      assertTrue(itemsOf(hit).contains("1.01"), hit::toString);
    }
    JsonNode count = body.get("facets").get("item");
    for (JsonNode v : count) {
      if (v.get("value").asText().equals("1.01")) {
        assertTrue(v.get("count").asLong() > 0);
      }
    }
  }

  /** The items of a hit's filing. */
  private static List<String> itemsOf(JsonNode hit) throws IOException {
    JsonNode f = json(server.get("/api/filings/" + enc(hit.get("filingId").asText())));
    List<String> items = new ArrayList<>();
    f.get("items").forEach(i -> items.add(i.asText()));
    return items;
  }

  @Test
  void aFilingAskedForWithAQueryMarksTheQuerysWordsInEachSectionsText() throws IOException {
    JsonNode hit = json(server.get("/api/search?q=payments")).get("hits").get(0);
    String path = "/api/filings/" + enc(hit.get("filingId").asText());
    int marked = 0;
    for (JsonNode section :
        json(server.get(path + "?q=" + enc("Payments item:1.01"))).get("sections")) {
      String text = section.get("text").asText();
      for (JsonNode mark : section.get("marks")) {
        String word =
            text.substring(mark.get(0).asInt(), mark.get(1).asInt()).toLowerCase(Locale.ROOT);
        assertTrue(word.startsWith("payment"), word);
        marked++;
      }
    }
    assertTrue(marked > 0, "some payment is marked");
    for (String plain : List.of(path, path + "?q=", path + "?q=" + enc("item:1.01"))) {
      for (JsonNode section : json(server.get(plain)).get("sections")) {
        assertTrue(section.get("marks").isArray(), plain);
        assertEquals(0, section.get("marks").size(), plain);
      }
    }
  }

  @Test
  void pageSizeOverOneHundredIsABadRequestNamingSize() throws IOException {
    assertError(server.get("/api/search?q=genentech&size=1000"), 400, "size");
    assertEquals(200, server.get("/api/search?q=genentech&size=100").statusCode());
  }

  @Test
  void fromThatIsNotADateIsABadRequestNamingFrom() throws IOException {
    assertError(server.get("/api/search?q=genentech&from=notadate"), 400, "from");
  }

  @Test
  void dateAndAmountRangesAcceptTheirDocumentedForms() throws IOException {
    for (String q :
        List.of(
            "from=1990-01-01&to=2030-12-31",
            "minAmount=10M",
            "minAmount=1.5B",
            "minAmount=250000&maxAmount=" + enc("$2,000,000,000"),
            "sort=date",
            "sort=amount",
            "group=filing&page=2&size=1")) {
      HttpResponse<String> r = server.get("/api/search?q=genentech&" + q);
      assertEquals(200, r.statusCode(), () -> q + ": " + r.body());
    }
  }

  @Test
  void unknownFilingIsANotFoundJsonError() throws IOException {
    assertError(server.get("/api/filings/0000000000-00-000000"), 404, "0000000000-00-000000");
  }

  @Test
  void filingIsServedWholeWithItsSections() throws IOException {
    JsonNode hit = json(server.get("/api/search?q=genentech")).get("hits").get(0);
    String id = hit.get("filingId").asText();
    HttpResponse<String> r = server.get("/api/filings/" + enc(id));
    assertEquals(200, r.statusCode(), r::body);
    JsonNode f = json(r);
    assertEquals(id, f.get("id").asText());
    assertTrue(f.get("sections").size() > 0);
    assertTrue(f.toString().toLowerCase().contains("genentech"));
    String source = f.get("source").asText();
    assertTrue(source.endsWith(".txt") && !source.contains("/"), "server path leaked: " + source);
  }

  @Test
  void pathTraversalInAFilingIdNeverReachesAFile() throws IOException {
    for (String path :
        List.of(
            "/api/filings/..%2F..%2Fetc%2Fpasswd",
            "/api/filings/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/api/filings/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/api/filings/../../etc/passwd",
            "/api/filings/a.b",
            "/api/filings/" + "x".repeat(65))) {
      HttpResponse<String> r = server.get(path);
      assertTrue(Set.of(400, 404).contains(r.statusCode()), () -> path + " -> " + r.statusCode());
      assertFalse(r.body().contains("root:"), path);
    }
    assertError(server.get("/api/filings/a.b"), 400, "id");
  }

  @Test
  void scriptInTheQueryComesBackOnlyAsAJsonString() throws IOException {
    String q = "<script>alert(1)</script>";
    HttpResponse<String> r = server.get("/api/search?q=" + enc(q));
    assertEquals(200, r.statusCode(), r::body);
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    JsonNode body = json(r);
    assertEquals(q, body.get("query").asText());
    for (JsonNode hit : body.get("hits")) {
      assertFalse(hit.get("snippets").toString().toLowerCase().contains("<script"));
    }
  }

  @Test
  void markupInAFilingsTextIsEscapedInSnippets() throws IOException {
    JsonNode body = json(server.get("/api/search?q=" + TestServer.HOSTILE_WORD));
    assertTrue(body.get("total").asLong() > 0, body::toString);
    String snippets = body.get("hits").get(0).get("snippets").toString();
    assertTrue(snippets.contains("&lt;script&gt;"), snippets);
    assertFalse(snippets.toLowerCase().contains("<script"), snippets);
    assertFalse(snippets.toLowerCase().contains("<img"), snippets);
    assertTrue(snippets.contains("<mark>"), snippets);

    // The filing itself is data: its text comes back as written, inside JSON strings.
    String id = body.get("hits").get(0).get("filingId").asText();
    JsonNode filing = json(server.get("/api/filings/" + id));
    assertTrue(filing.toString().contains("<img src=x onerror=alert(1)>"));
  }

  @Test
  void suggestAnswersAtMostTenSuggestionsWithTextAndType() throws IOException {
    JsonNode body = json(server.get("/api/suggest?q=gen"));
    JsonNode list = body.get("suggestions");
    assertTrue(list.isArray());
    assertTrue(list.size() <= 10);
    for (JsonNode s : list) {
      assertTrue(s.has("text") && s.has("type"), s::toString);
    }
    assertEquals(0, json(server.get("/api/suggest?q=")).get("suggestions").size());
    assertError(server.get("/api/suggest?q=" + "a".repeat(101)), 400, "q");
  }

  @Test
  void healthReportsTheIndexSize() throws IOException {
    HttpResponse<String> r = server.get("/api/health");
    assertEquals(200, r.statusCode(), r::body);
    JsonNode body = json(r);
    assertEquals("ok", body.get("status").asText());
    assertTrue(body.get("filings").asLong() >= 5, r::body);
    assertTrue(body.get("sections").asLong() >= body.get("filings").asLong());
    assertTrue(body.get("sizeBytes").asLong() > 0);
    assertTrue(body.has("lastIndexed"));
    String location = body.get("location").asText();
    assertFalse(location.isEmpty() || location.contains("/") || location.contains("\\"), location);
  }

  @Test
  void unknownApiPathsAndWritesAreJsonErrors() throws IOException {
    assertError(server.get("/api/nope"), 404, null);
    assertError(server.send("POST", "/api/search"), 405, null);
    assertError(server.send("DELETE", "/api/filings/abc"), 405, null);
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() throws IOException {
    for (String path : List.of("/", "/app.js", "/api/health", "/api/nope")) {
      HttpResponse<String> r = server.get(path);
      assertTrue(
          r.headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("default-src 'self'"),
          path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
    }
    HttpResponse<String> page = server.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("data-testid=\"search-input\""));
  }

  @Test
  void badUserInputIsAlwaysABadRequestNamingTheParameterAndNeverA500() throws IOException {
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"page=0", "page"});
    cases.add(new String[] {"page=abc", "page"});
    cases.add(new String[] {"page=99999999999", "page"});
    cases.add(new String[] {"page=1000&size=100", "page"});
    cases.add(new String[] {"size=0", "size"});
    cases.add(new String[] {"size=-5", "size"});
    cases.add(new String[] {"sort=sideways", "sort"});
    cases.add(new String[] {"from=2020-13-45", "from"});
    cases.add(new String[] {"to=yesterday", "to"});
    cases.add(new String[] {"from=2010-01-01&to=2000-01-01", "from"});
    cases.add(new String[] {"minAmount=ten", "minAmount"});
    cases.add(new String[] {"maxAmount=-3", "maxAmount"});
    cases.add(new String[] {"minAmount=5M&maxAmount=1M", "minAmount"});
    cases.add(new String[] {"year=nineteen", "year"});
    cases.add(new String[] {"group=company", "group"});
    cases.add(new String[] {"q=" + "a".repeat(2_001), "q"});
    cases.add(new String[] {"q=" + enc("amount:>=ten"), "amount"});
    for (String[] c : cases) {
      assertError(server.get("/api/search?" + c[0]), 400, c[1]);
    }
    // Odd but harmless input is searched, leniently where needed.
    for (String q :
        List.of(
            "\"unbalanced",
            "(a OR",
            "AND",
            "*",
            "?x",
            "a:",
            "\\",
            "~",
            "title:[a TO",
            "日本",
            "(".repeat(999) + "a" + ")".repeat(999),
            "a~2 ".repeat(300),
            "x* ".repeat(600))) {
      HttpResponse<String> r = server.get("/api/search?q=" + enc(q));
      assertTrue(r.statusCode() == 200 || r.statusCode() == 400, () -> q + ": " + r.body());
    }
    for (String p : List.of("item=9.99", "partner=nobody", "company=%00", "amount=bogus")) {
      HttpResponse<String> r = server.get("/api/search?" + p);
      assertNotEquals(500, r.statusCode(), () -> p + ": " + r.body());
      json(r);
    }
    assertError(server.get("/api/search?q=" + "x".repeat(9_000)), 414, null);
  }
}
