package io.filingssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.fetch.EdgarClient;
import io.filingssearch.fetch.EdgarTestServer;
import io.filingssearch.fetch.EdgarTree;
import io.filingssearch.fetch.IndexEntry;
import io.filingssearch.fetch.UserAgent;
import io.filingssearch.fetch.Watcher;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.web.WebApp;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} in one process: the watch loop the server runs polls the local EDGAR test
 * server and refreshes the running server's searcher, so that its HTTP API finds what a poll
 * brought.
 */
class WatchLoopTest {
  private static final String UA = "Test Suite tests@example.com";

  @TempDir Path tmp;

  @Test
  void aRunningServerFindsAFilingAddedToTheDailyIndexAfterOnePoll() throws Exception {
    EdgarTree tree = EdgarTree.seeds();
    LocalDate today = tree.lastFiled();
    Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Path data = Files.createDirectories(tmp.resolve("filings"));
    Path index = tmp.resolve("index");
    // What serve does first when there is no index: index the (here empty) data folder.
    FilingIndexer.index(index, List.of(data), false, IndexListener.NONE);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(lines, true, StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newHttpClient();

    try (EdgarTestServer edgar = EdgarTestServer.start().putAll(tree.withDailyIndex(today).files);
        EdgarClient client = new EdgarClient(edgar.baseUrl(), UserAgent.of(UA), 8);
        FilingSearcher searcher = FilingSearcher.open(index, 0)) {
      Javalin app = new WebApp(searcher).create().start("127.0.0.1", 0);
      try {
        String search = "http://127.0.0.1:" + app.port() + "/api/search?q=zeltronics";
        // An hour between polls: the second poll below is the one asked for, not a timer's.
        try (WatchLoop loop =
            WatchLoop.start(
                new Watcher(client, clock, data, index),
                clock,
                Duration.ofHours(1),
                searcher,
                out)) {
          assertTrue(loop.awaitPolls(1, Duration.ofMinutes(2)), "the first poll never ended");
          assertTrue(
              lines.toString(StandardCharsets.UTF_8).contains("1 new filings"), lines::toString);
          assertFalse(get(http, search).contains("\"filingId\""), "nothing matches yet");

          IndexEntry added =
              tree.addFiling(
                  "8-K",
                  today,
                  "Item 1.01 Entry into a Material Definitive Agreement.\n\nOn this day ImmunoGen,"
                      + " Inc. entered into a license agreement with Zeltronics Corp.\n");
          edgar.putAll(tree.withDailyIndex(today).files);
          loop.pollNow();
          assertTrue(loop.awaitPolls(2, Duration.ofMinutes(2)), "the second poll never ended");

          String found = get(http, search);
          assertTrue(found.contains("\"filingId\":\"" + added.accession() + "\""), found);
          assertEquals(2, loop.polls());
        }
        edgar.assertPolite(UA);
      } finally {
        app.stop();
      }
    }
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }
}
