package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/filings/{id}/similar} and {@code GET /api/timeline} through real HTTP. */
class SimilarAndTimelineApiTest {
  @RegisterExtension static final ServerExtension server = new ServerExtension();

  private static JsonNode ok(String pathAndQuery) throws IOException {
    HttpResponse<String> r = server.get(pathAndQuery);
    assertEquals(200, r.statusCode(), r::body);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JsonViews.MAPPER.readTree(r.body());
  }

  private static void assertError(String pathAndQuery, int status, String word) throws IOException {
    HttpResponse<String> r = server.get(pathAndQuery);
    assertEquals(status, r.statusCode(), r::body);
    JsonNode body = JsonViews.MAPPER.readTree(r.body());
    assertEquals(status, body.get("status").asInt());
    assertTrue(body.get("details").asText().contains(word), r::body);
  }

  /** The id of the one filing reported on a date. */
  private static String idOn(String date) throws IOException {
    JsonNode hits = ok("/api/search?group=filing&from=" + date + "&to=" + date).get("hits");
    assertEquals(1, hits.size(), date);
    return hits.get(0).get("filingId").asText();
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(name).asText()));
    return out;
  }

  @Test
  void similarFilingsOfTheGenentechLicenceStartWithItsRenewal() throws IOException {
    String id = idOn("2000-05-08");
    JsonNode body = ok("/api/filings/" + id + "/similar");
    List<String> dates = field(body.get("hits"), "dateOfReport");
    assertEquals("2005-05-03", dates.get(0), body::toString);
    assertFalse(field(body.get("hits"), "filingId").contains(id), "never itself");
    assertEquals(dates.size(), List.copyOf(new java.util.LinkedHashSet<>(dates)).size());
    assertTrue(body.get("facets").get("item").size() > 0, body::toString);
    assertTrue(body.get("hits").get(0).get("snippets").get(0).asText().contains("<mark>"));
  }

  @Test
  void similarFilingsAreNarrowedByTheUsualFilters() throws IOException {
    String id = idOn("2000-05-08");
    JsonNode body = ok("/api/filings/" + id + "/similar?item=1.01&from=2005-01-01");
    assertEquals(List.of("2005-05-03"), field(body.get("hits"), "dateOfReport"));
    assertEquals(1, body.get("total").asInt());
    JsonNode none = ok("/api/filings/" + id + "/similar?year=1990");
    assertEquals(0, none.get("total").asInt());
  }

  @Test
  void similarFilingsOfAnUnknownOrMalformedIdAreErrors() throws IOException {
    assertError("/api/filings/no-such-filing/similar", 404, "no-such-filing");
    assertError("/api/filings/bad..id/similar", 400, "id");
    assertError("/api/filings/" + idOn("2000-05-08") + "/similar?item=77", 400, "item");
  }

  @Test
  void aCompanysTimelineListsItsDealsOldestFirst() throws IOException {
    JsonNode body = ok("/api/timeline?company=Immunogen");
    assertEquals(4, body.get("total").asInt());
    assertFalse(body.get("truncated").asBoolean());
    JsonNode filings = body.get("filings");
    assertEquals(
        List.of("1997-08-01", "1999-02-03", "2000-05-08", "2005-05-03"), field(filings, "date"));
    assertEquals(
        List.of("BioChem Pharma", "SmithKline Beecham", "Genentech", "Genentech"),
        List.of(
            filings.get(0).get("partners").get(0).asText(),
            filings.get(1).get("partners").get(0).asText(),
            filings.get(2).get("partners").get(0).asText(),
            filings.get(3).get("partners").get(0).asText()));
    assertEquals("$45 MILLION", filings.get(1).get("largestAmount").get("text").asText());
    assertEquals("1.01", filings.get(3).get("items").get(0).asText());
    assertFalse(filings.get(0).get("headline").asText().isBlank());
  }

  @Test
  void aPartnersTimelineWithFiltersHoldsOnlyWhatMatches() throws IOException {
    assertEquals(
        List.of("2000-05-08", "2005-05-03"),
        field(ok("/api/timeline?partner=Genentech").get("filings"), "date"));
    assertEquals(
        List.of("2005-05-03"),
        field(ok("/api/timeline?partner=Genentech&item=1.01").get("filings"), "date"));
  }

  @Test
  void aTimelineNeedsACompanyOrAPartner() throws IOException {
    assertError("/api/timeline", 400, "company");
    assertError("/api/timeline?q=genentech", 400, "partner");
    assertError("/api/timeline?company=Immunogen&from=yesterday", 400, "from");
  }
}
