package io.filingssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.fetch.EdgarTestServer;
import io.filingssearch.fetch.EdgarTree;
import io.filingssearch.fetch.IndexEntry;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code watch}: each poll brings the day's new 8-Ks from EDGAR's daily index into the index. */
class WatchCommandTest {
  private static final String UA = "Test Suite tests@example.com";

  @TempDir Path tmp;
  EdgarTree tree;
  EdgarTestServer server;
  LocalDate today;
  String out;

  @BeforeEach
  void start() {
    tree = EdgarTree.seeds();
    today = tree.lastFiled();
    server = EdgarTestServer.start().putAll(tree.withDailyIndex(today).files);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** One {@code watch --once} on the test's day. */
  private int watchOnce() {
    WatchCommand cmd = new WatchCommand();
    cmd.clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    CliRun r =
        CliRun.capture(
            () ->
                new CommandLine(cmd)
                    .execute(
                        "--once",
                        "--user-agent",
                        UA,
                        "--base-url",
                        server.baseUrl().toString(),
                        "--data",
                        tmp.resolve("filings").toString(),
                        "--index",
                        tmp.resolve("index").toString()));
    out = r.out();
    return r.code();
  }

  @Test
  void aFilingAddedToTheDailyIndexIsSearchableAfterTheNextPoll() throws Exception {
    // Yesterday's amendment is the one 8-K listed; today's 10-Q is not fetched.
    assertEquals(0, watchOnce(), out);
    assertTrue(out.contains("1 downloaded, 0 already there, 0 failed; 1 new filings"), out);

    try (FilingSearcher serving = FilingSearcher.open(tmp.resolve("index"), 0)) {
      SearchRequest query = SearchRequest.builder().query("zeltronics").build();
      assertEquals(0, serving.search(query).total());

      IndexEntry added =
          tree.addFiling(
              "8-K",
              today,
              "Item 1.01 Entry into a Material Definitive Agreement.\n\nOn this day ImmunoGen,"
                  + " Inc. entered into a license agreement with Zeltronics Corp.\n");
      server.putAll(tree.withDailyIndex(today).files);
      server.clearLog();

      assertEquals(0, watchOnce(), out);
      assertTrue(out.contains("1 downloaded, 1 already there, 0 failed; 1 new filings"), out);
      assertTrue(Files.isRegularFile(tmp.resolve("filings").resolve(added.localPath())));
      // Only listings and the one new filing were asked for.
      assertEquals(
          1, server.paths().stream().filter(p -> p.startsWith("/Archives/edgar/data/")).count());
      server.assertPolite(UA);

      // A server over the same index shows it at its next refresh, with the moment it arrived.
      serving.refresh();
      SearchResults r = serving.search(query);
      assertTrue(r.total() > 0, r.toString());
      Hit hit = r.hits().get(0);
      assertEquals(added.accession(), hit.filingId());
      SearchResults amendment = serving.search(SearchRequest.builder().query("amended").build());
      assertFalse(amendment.hits().isEmpty());
      assertFalse(hit.searchableSince().isBefore(amendment.hits().get(0).searchableSince()));
    }

    // Nothing new: a poll downloads and indexes nothing.
    assertEquals(0, watchOnce(), out);
    assertTrue(out.contains("0 downloaded, 2 already there, 0 failed; 0 new filings"), out);
  }

  @Test
  void anIntervalUnderAMinuteIsRefusedNamingTheOption() {
    assertEquals(2, Main.run("watch", "--every", "5s", "--user-agent", UA, "--once"));
  }
}
