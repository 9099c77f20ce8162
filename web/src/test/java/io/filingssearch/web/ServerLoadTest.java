package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server promises under load, through real HTTP: a bounded number of searches run and
 * wait, the rest are refused with 503 and Retry-After; slow clients are cut off.
 */
class ServerLoadTest {
  /**
   * One search runs, one waits; a short header deadline so that the slow-client tests are short.
   */
  static final ServerLimits LIMITS =
      new ServerLimits(
          1, 1, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(60));

  /** Reads that wait this long between the slow client's bytes (the pace of its trickle). */
  static final int TRICKLE_MILLIS = 100;

  @TempDir static Path tmp;

  @RegisterExtension static final ServerExtension server = new ServerExtension(LIMITS);

  private static CompletableFuture<HttpResponse<String>> getAsync(String pathAndQuery) {
    return server
        .http()
        .sendAsync(
            HttpRequest.newBuilder(URI.create(server.base() + pathAndQuery)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Polls until the count reaches the value (a bounded number of polls, each a short pause). */
  private static void awaitCount(IntSupplier count, int value) throws InterruptedException {
    for (int i = 0; i < 3_000 && count.getAsInt() != value; i++) {
      Thread.sleep(10);
    }
    assertEquals(value, count.getAsInt());
  }

  @Test
  void pastTheQueueASearchIsRefusedWith503AndRetryAfterWhileHealthStillAnswers() throws Exception {
    SearchGate gate = server.web().gate();
    CompletableFuture<HttpResponse<String>> queued;
    try (SearchGate.Turn held = gate.enter()) {
      // The one running search is ours; the next one waits for its turn...
      queued = getAsync("/api/search?q=genentech");
      awaitCount(gate::waiting, 1);
      // ...and the one after that finds the queue full.
      for (String path : new String[] {"/api/search?q=genentech", "/api/filings/abc"}) {
        HttpResponse<String> refused = server.get(path);
        assertEquals(503, refused.statusCode(), refused::body);
        assertEquals(
            String.valueOf(ServerLimits.RETRY_AFTER_SECONDS),
            refused.headers().firstValue("Retry-After").orElse(null));
        JsonNode body = JsonViews.MAPPER.readTree(refused.body());
        assertEquals(503, body.get("status").asInt());
        assertTrue(body.get("details").asText().contains("busy"), refused::body);
      }
      // What costs little is never queued.
      assertEquals(200, server.get("/api/health").statusCode());
      assertEquals(200, server.get("/api/facets").statusCode());
      // A bad request is answered at once, without waiting for a turn.
      assertEquals(400, server.get("/api/search?size=101").statusCode());
      assertEquals(1, gate.waiting());
    }
    HttpResponse<String> r = queued.get();
    assertEquals(200, r.statusCode(), r::body);
    assertTrue(JsonViews.MAPPER.readTree(r.body()).get("total").asLong() > 0);
    assertEquals(0, gate.waiting());
  }

  @Test
  void aSearchWhoseWaitRunsOutIsRefusedWith503() throws Exception {
    try (TestServer quick =
        TestServer.start(
            tmp.resolve("quick"),
            new ServerLimits(
                1, 4, Duration.ofMillis(1), Duration.ofSeconds(60), Duration.ofSeconds(60)))) {
      try (SearchGate.Turn held = quick.web.gate().enter()) {
        HttpResponse<String> r = quick.get("/api/search?q=genentech");
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
      }
      assertEquals(200, quick.get("/api/search?q=genentech").statusCode());
    }
  }

  @Test
  void tooDeepOrTooLargeAPageIsABadRequestNamingTheParameter() throws IOException {
    HttpResponse<String> deep = server.get("/api/search?q=genentech&size=100&page=101");
    assertEquals(400, deep.statusCode(), deep::body);
    assertTrue(deep.body().contains("page"), deep::body);
    HttpResponse<String> large = server.get("/api/search?q=genentech&size=1000");
    assertEquals(400, large.statusCode(), large::body);
    assertTrue(large.body().contains("size"), large::body);
  }

  /**
   * Trickles header bytes, one every {@link #TRICKLE_MILLIS}, until the server closes the
   * connection or {@code max} bytes went out; returns how many went out.
   */
  private static int trickleUntilClosed(Socket s, String start, int max) throws IOException {
    s.setSoTimeout(TRICKLE_MILLIS);
    OutputStream out = s.getOutputStream();
    InputStream in = s.getInputStream();
    out.write(start.getBytes(StandardCharsets.ISO_8859_1));
    for (int sent = 0; sent < max; sent++) {
      try {
        out.write('a');
        out.flush();
      } catch (IOException closed) {
        return sent;
      }
      try {
        if (in.read() < 0) {
          return sent;
        }
      } catch (SocketTimeoutException stillOpen) {
        // Nothing from the server yet: send the next byte.
      } catch (IOException reset) {
        return sent;
      }
    }
    return max;
  }

  @Test
  void aClientThatTricklesItsHeadersIsCutOffDespiteNeverBeingIdle() throws IOException {
    // The header deadline is 500 ms and the idle timeout a minute: a byte every 100 ms keeps the
    // connection from ever being idle. Left alone it would take 600 bytes (a minute); it must be
    // cut off after a handful (the deadline's worth and some slack for a loaded machine).
    try (Socket s = new Socket("127.0.0.1", server.app().port())) {
      int sent =
          trickleUntilClosed(s, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", 600);
      assertTrue(sent < 100, "the connection stayed open for " + sent + " trickled bytes");
    }
  }

  @Test
  void aConnectionThatSendsNothingAfterItsAnswerIsClosedButASlowAnswerIsNot() throws Exception {
    SearchGate gate = server.web().gate();
    try (Socket s = new Socket("127.0.0.1", server.app().port())) {
      s.setSoTimeout(TRICKLE_MILLIS);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      StringBuilder answer = new StringBuilder();
      try (SearchGate.Turn held = gate.enter()) {
        out.write(
            "GET /api/search?q=genentech HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        awaitCount(gate::waiting, 1);
        // The request waits for its turn for several header deadlines: it is being answered, so
        // its connection stays open.
        for (int i = 0; i < 20; i++) {
          try {
            int b = in.read();
            assertTrue(b >= 0, "the connection of a request being answered was closed");
            answer.append((char) b);
          } catch (SocketTimeoutException waiting) {
            // Still waiting for its turn.
          }
        }
        assertEquals(0, answer.length(), "answered before its turn: " + answer);
      }
      // Its answer comes, then the connection is kept alive; with nothing more sent it is closed
      // after the header deadline (a few polls), not after the idle timeout (a minute: 600).
      int polls = 0;
      boolean closed = false;
      byte[] buf = new byte[8192];
      for (; polls < 600 && !closed; polls++) {
        try {
          int n = in.read(buf);
          if (n < 0) {
            closed = true;
          } else {
            answer.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
          }
        } catch (SocketTimeoutException quiet) {
          // Not yet.
        }
      }
      assertTrue(answer.toString().startsWith("HTTP/1.1 200"), answer::toString);
      assertTrue(closed && polls < 100, "closed: " + closed + " after " + polls + " polls");
    }
  }
}
