package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests a hostile client sends, through real HTTP: each gets a clear JSON answer. */
class HostileRequestsTest {
  @RegisterExtension static final ServerExtension server = new ServerExtension();

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> "not JSON: " + r.statusCode() + " " + r.headers().map() + " " + r.body());
    return JsonViews.MAPPER.readTree(r.body());
  }

  @Test
  void aTrailingOrLeadingOperatorSearchesTheWordsAroundIt() throws IOException {
    JsonNode plain = json(server.get("/api/search?q=genentech"));
    long all = json(server.get("/api/search?q=")).get("total").asLong();
    assertTrue(plain.get("total").asLong() < all);
    for (String q :
        new String[] {"genentech%20AND", "AND%20genentech", "genentech+OR", "genentech+NOT"}) {
      HttpResponse<String> r = server.get("/api/search?q=" + q);
      assertEquals(200, r.statusCode(), r::body);
      JsonNode body = json(r);
      assertEquals(plain.get("total"), body.get("total"), q);
      assertEquals(plain.get("hits").size(), body.get("hits").size(), q);
      assertTrue(body.get("lenient").asBoolean(), q);
      assertFalse(body.get("message").isNull(), q);
    }
  }

  /** Asserts a JSON error {"title","status","details"} with that status and no stack trace. */
  private static JsonNode assertJsonError(RawHttp.Response r, int status) throws IOException {
    assertEquals(status, r.status(), r::toString);
    assertTrue(
        String.valueOf(r.header("Content-Type")).startsWith("application/json"), r::toString);
    JsonNode body = JsonViews.MAPPER.readTree(r.body());
    assertEquals(status, body.get("status").asInt(), r::toString);
    assertFalse(body.get("title").asText().isBlank(), r::toString);
    assertFalse(body.get("details").asText().isBlank(), r::toString);
    assertFalse(r.body().contains("at org.") || r.body().contains("at io."), r::toString);
    return body;
  }

  private int port() {
    return server.app().port();
  }

  @Test
  void aMalformedPercentEscapeIsABadRequestNotAnEmptyQuery() throws IOException {
    for (String q : new String[] {"%", "%zz", "merger%", "%4", "genentech%2"}) {
      JsonNode body = assertJsonError(RawHttp.get(port(), "/api/search?q=" + q), 400);
      assertTrue(body.get("details").asText().contains("percent"), body::toString);
    }
    assertJsonError(RawHttp.get(port(), "/api/filings/abc?q=%zz"), 400);
    assertJsonError(RawHttp.get(port(), "/api/suggest?q=%"), 400);
    // A well-formed escape is still read.
    RawHttp.Response ok = RawHttp.get(port(), "/api/search?q=genentech%20AND%20apoptosis");
    assertEquals(200, ok.status(), ok::toString);
  }

  @Test
  void jettysOwnRefusalsAreJsonErrorsToo() throws IOException {
    assertJsonError(RawHttp.get(port(), "/../etc/passwd"), 400);
    assertJsonError(RawHttp.get(port(), "/api/../../etc/passwd"), 400);
    assertJsonError(RawHttp.get(port(), "/api/search?q=" + "a".repeat(17_000)), 414);
    assertJsonError(RawHttp.get(port(), "/api/health", "X-Big: " + "b".repeat(20_000)), 431);
    // A URL over our own limit but under Jetty's is ours, also JSON.
    assertJsonError(RawHttp.get(port(), "/api/search?q=" + "a".repeat(9_000)), 414);
  }
}
