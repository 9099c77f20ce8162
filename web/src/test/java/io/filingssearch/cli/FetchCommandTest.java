package io.filingssearch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.fetch.EdgarTestServer;
import io.filingssearch.fetch.EdgarTree;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchCommandTest {
  private static final String UA = "Test Suite tests@example.com";

  @TempDir Path tmp;
  EdgarTestServer server;
  String out;
  String err;

  @BeforeEach
  void start() {
    server = EdgarTestServer.start().putAll(EdgarTree.seeds().withCompanyFiles().files);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(String... args) {
    CliRun r = CliRun.of(args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  @Test
  void feedArchivesArriveWholeAndOnlyTheirEightKsAreIndexedInPlace() throws IOException {
    EdgarTree tree = EdgarTree.seeds().withFeed();
    server.putAll(tree.files);
    Path data = tmp.resolve("filings");
    Path index = tmp.resolve("index");
    String[] args = {
      "fetch",
      "--feed",
      "--from",
      tree.firstFiled().toString(),
      "--to",
      tree.lastFiled().toString(),
      "--user-agent",
      UA,
      "--base-url",
      server.baseUrl().toString(),
      "--data",
      data.toString(),
      "--index",
      index.toString()
    };
    int code = run(args);
    assertEquals(0, code, out + err);
    Map<String, byte[]> served = tree.feedArchives();
    int n = served.size();
    assertTrue(out.contains("listed " + n + " feed archives: " + n + " downloaded"), out);
    // Four seeds and the amendment are 8-Ks; the 10-Q in its day's archive is not.
    assertTrue(out.contains("indexed 5 filings"), out);
    assertTrue(out.contains("1 other forms in archives skipped"), out);
    // The archives arrived byte for byte, and nothing was unpacked beside them.
    List<Path> files;
    try (Stream<Path> s = Files.walk(data)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(n, files.size(), files.toString());
    for (Path f : files) {
      String rel = data.relativize(f).toString().replace('\\', '/');
      assertTrue(rel.startsWith("feed/") && rel.endsWith(".nc.tar.gz"), rel);
      byte[] expected = served.get("/Archives/edgar/Feed/" + rel.substring("feed/".length()));
      assertArrayEquals(expected, Files.readAllBytes(f), rel);
    }
    try (FilingSearcher s = FilingSearcher.open(index)) {
      SearchResults r = s.search(SearchRequest.builder().query("").size(100).build());
      List<String> ids = r.hits().stream().map(Hit::filingId).distinct().sorted().toList();
      // Each known by its accession, the amendment's included.
      assertEquals(5, ids.size(), ids.toString());
      assertTrue(ids.stream().allMatch(id -> id.matches("\\d{10}-\\d{2}-\\d{6}")), ids.toString());
    }
    server.assertPolite(UA);

    server.clearLog();
    code = run(args);
    assertEquals(0, code, out + err);
    assertTrue(out.contains("0 downloaded (0.0 MB), " + n + " already there"), out);
    assertTrue(
        server.paths().stream().noneMatch(p -> p.endsWith(".nc.tar.gz")),
        server.paths().toString());
    assertTrue(out.contains("indexed 0 filings"), out);
    assertTrue(out.contains("5 unchanged"), out);
    server.assertPolite(UA);
  }

  private String[] fetch(String userAgent, String... more) {
    String[] base = {
      "fetch",
      "--user-agent",
      userAgent,
      "--ticker",
      "IMGN",
      "--base-url",
      server.baseUrl().toString(),
      "--data",
      tmp.resolve("filings").toString()
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void aUserAgentWithoutAnEmailAddressIsRefusedBeforeAnyRequest() {
    int code = run(fetch("Jane Doe"));
    assertEquals(2, code, err);
    assertTrue(err.strip().startsWith("error: --user-agent") && err.contains("e-mail"), err);
    assertEquals(1, err.strip().lines().count(), err);
    assertTrue(server.log().isEmpty());
  }

  @Test
  void aServerThatAlwaysAnswers503EndsTheRunWithExitOneAndAClearMessage() {
    // Retry-After: 0 lets the test skip the waits; the tries and the message are the real ones.
    server.refuseAll(503, 0);
    int code = run(fetch(UA));
    assertEquals(1, code, out + err);
    assertTrue(err.contains("stopped: EDGAR kept refusing: HTTP 503"), err);
    assertTrue(err.contains("ten minutes"), err);
    assertFalse(err.contains("Exception"), err);
    server.assertPolite(UA);
  }

  @Test
  void fetchedFilingsAreIndexedAndSearchableAndASecondRunDownloadsNothing() throws IOException {
    Path index = tmp.resolve("index");
    int code = run(fetch(UA, "--index", index.toString()));
    assertEquals(0, code, out + err);
    assertTrue(out.contains("listed 5 filings: 5 downloaded"), out);
    assertTrue(out.contains("indexed 5 filings"), out);
    try (FilingSearcher s = FilingSearcher.open(index)) {
      // Sections are hits: the five filings have at least one each.
      assertTrue(s.search(SearchRequest.builder().query("ImmunoGen").build()).total() >= 5);
    }
    server.clearLog();
    code = run(fetch(UA, "--index", index.toString()));
    assertEquals(0, code, out + err);
    assertTrue(out.contains("0 downloaded (0.0 MB), 5 already there, 0 failed"), out);
    assertTrue(
        server.paths().stream().noneMatch(p -> p.startsWith("/Archives/")),
        server.paths().toString());
    assertTrue(Files.isDirectory(tmp.resolve("filings/855654")));
  }
}
