package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests a hostile client sends, through real HTTP: each gets a clear JSON answer. */
class HostileRequestsTest {
  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(tmp);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

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
}
