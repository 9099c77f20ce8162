package io.filingssearch.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
  static final String UA = "Test Suite tests@example.com";

  /** Short waits: the retries are real, the test need not sit through EDGAR-sized backoff. */
  static final RetryPolicy QUICK =
      new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100));

  @TempDir Path tmp;
  EdgarTestServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private FetchReport fetch(FetchRequest r, LocalDate today) throws Exception {
    try (EdgarClient c =
        new EdgarClient(server.baseUrl(), new UserAgent(UA), 8, QUICK, Duration.ofSeconds(5))) {
      return new Fetcher(
              c, Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
          .fetch(r, FetchListener.NONE);
    }
  }

  private FetchRequest company(String cik, LocalDate from, LocalDate to) {
    return new FetchRequest(
        List.of(FetchRequest.parseCik(cik)), List.of(), List.of(), from, to, tmp);
  }

  /** The relative paths of every file under the data folder, hidden ones included. */
  private Set<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private void assertArrivedExactly(EdgarTree tree, List<IndexEntry> expected) throws IOException {
    assertEquals(
        expected.stream().map(IndexEntry::localPath).collect(Collectors.toCollection(TreeSet::new)),
        filesIn(tmp));
    for (IndexEntry e : expected) {
      assertArrayEquals(
          tree.bytes(e), Files.readAllBytes(tmp.resolve(e.localPath())), e.accession());
    }
  }

  @Test
  void aCompanysEightKsAndAmendmentsAndOnlyThoseArriveByteForByte() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    FetchReport r = fetch(company("0000855654", null, null), LocalDate.of(2024, 1, 1));
    List<IndexEntry> expected = tree.eightKs(LocalDate.MIN, LocalDate.MAX);
    assertEquals(5, expected.size()); // the four seeds and the amendment, not the 10-Q
    assertTrue(r.ok(), r.toString());
    assertEquals(5, r.listed());
    assertEquals(5, r.downloaded());
    assertArrivedExactly(tree, expected);
    // The older filings sit on the submissions JSON's second page, which was read.
    assertTrue(server.paths().contains("/submissions/CIK0000855654-submissions-001.json"));
    server.assertPolite(UA);
  }

  @Test
  void tickersAreResolvedThroughTheTickerFileAndDatesBoundTheListing() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    LocalDate from = LocalDate.of(1999, 1, 1);
    LocalDate to = LocalDate.of(2000, 12, 31);
    FetchReport r =
        fetch(
            new FetchRequest(List.of(), List.of("imgn"), List.of(), from, to, tmp),
            LocalDate.of(2024, 1, 1));
    assertTrue(r.ok(), r.toString());
    assertEquals(2, r.downloaded());
    assertArrivedExactly(tree, tree.eightKs(from, to));
    assertTrue(server.paths().contains("/files/company_tickers.json"));
    server.assertPolite(UA);
  }

  @Test
  void everyFilerInPastQuartersComesFromTheFullIndexesInBothLayouts() throws Exception {
    EdgarTree tree = EdgarTree.seeds();
    boolean corpus = tree.addCorpus();
    tree.withFullIndexes();
    server = EdgarTestServer.start().putAll(tree.files);
    // With the corpus: Apple, Sears, ExperTelligence, Alabama Power and the seed of 2005.
    LocalDate from = LocalDate.of(2004, 1, 1);
    LocalDate to = LocalDate.of(2005, 6, 30);
    FetchReport r =
        fetch(
            new FetchRequest(List.of(), List.of(), List.of(), from, to, tmp),
            LocalDate.of(2024, 1, 1));
    List<IndexEntry> expected = tree.eightKs(from, to);
    assertEquals(corpus ? 6 : 2, expected.size());
    assertTrue(r.ok(), r.toString());
    assertEquals(expected.size(), r.listed()); // the filing listed twice counts once
    assertArrivedExactly(tree, expected);
    // Six quarters, one index file each (master.idx tried first), then the filings: no 10-Q.
    List<String> archives =
        server.paths().stream().filter(p -> p.startsWith("/Archives/edgar/data/")).toList();
    assertEquals(expected.size(), archives.size(), archives.toString());
    assertTrue(server.paths().stream().anyMatch(p -> p.endsWith("/form.idx")));
    assertTrue(server.paths().stream().anyMatch(p -> p.endsWith("/master.idx")));
    server.assertPolite(UA);
  }

  @Test
  void theQuarterUnderWayIsReadFromItsDailyIndexesOldAndNewNames() throws Exception {
    EdgarTree tree = EdgarTree.seeds();
    tree.addCorpus();
    LocalDate today = LocalDate.of(2005, 5, 10);
    tree.withFullIndexes().withDailyIndex(LocalDate.of(2005, 4, 1));
    server = EdgarTestServer.start().putAll(tree.files);
    LocalDate from = LocalDate.of(2005, 1, 1);
    FetchReport r =
        fetch(new FetchRequest(List.of(), List.of(), List.of(), from, null, tmp), today);
    List<IndexEntry> expected = tree.eightKs(from, today);
    assertTrue(expected.stream().anyMatch(e -> e.form().equals("8-K/A")));
    assertTrue(r.ok(), r.toString());
    assertArrivedExactly(tree, expected);
    List<String> paths = server.paths();
    assertTrue(
        paths.contains("/Archives/edgar/daily-index/2005/QTR2/index.json"), paths.toString());
    assertTrue(
        paths.stream().anyMatch(p -> p.matches(".*/daily-index/2005/QTR2/form\\.\\d{6}\\.idx")),
        paths.toString());
    assertTrue(
        paths.stream().anyMatch(p -> p.matches(".*/daily-index/2005/QTR2/master\\.\\d{8}\\.idx")),
        paths.toString());
    // A day with both layouts is read once, from master.idx.
    assertFalse(
        paths.stream().anyMatch(p -> p.matches(".*/daily-index/2005/QTR2/form\\.\\d{8}\\.idx")),
        paths.toString());
    assertFalse(
        paths.stream().anyMatch(p -> p.contains("/full-index/2005/QTR2/")), paths.toString());
    server.assertPolite(UA);
  }

  @Test
  void aRefusalIsRetriedWithBackoffAndTheFileArrives() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    IndexEntry first = tree.eightKs(LocalDate.MIN, LocalDate.MAX).get(0);
    server.refuse(first.archivePath(), 429, 1);
    server.refuse("/submissions/CIK0000855654.json", 503, 2);
    FetchReport r = fetch(company("855654", null, null), LocalDate.of(2024, 1, 1));
    assertTrue(r.ok(), r.toString());
    assertArrivedExactly(tree, tree.eightKs(LocalDate.MIN, LocalDate.MAX));
    assertEquals(2, server.paths().stream().filter(first.archivePath()::equals).count());
    assertEquals(
        3, server.paths().stream().filter("/submissions/CIK0000855654.json"::equals).count());
    server.assertPolite(UA);
  }

  @Test
  void aServerThatKeepsRefusingStopsTheRunAndSaysWhy() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    server.refuseAll(503);
    FetchReport r = fetch(company("855654", null, null), LocalDate.of(2024, 1, 1));
    assertFalse(r.ok());
    assertTrue(
        r.stopped().contains("HTTP 503") && r.stopped().contains("kept refusing"), r.stopped());
    assertEquals(QUICK.attempts(), server.paths().size()); // then it gave up
    assertEquals(Set.of(), filesIn(tmp));
    server.assertPolite(UA);
  }

  @Test
  void aRunCutOffHalfWayLeavesNoPartialFileAndTheRerunFetchesOnlyWhatIsMissing() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    List<IndexEntry> all = tree.eightKs(LocalDate.MIN, LocalDate.MAX);
    server.dropArchivesAfter(2);
    FetchReport first = fetch(company("855654", null, null), LocalDate.of(2024, 1, 1));
    assertEquals(2, first.downloaded(), first.toString());
    assertEquals(all.size() - 2, first.failures().size(), first.toString());
    assertTrue(first.failures().get(0).reason().contains("connection lost"), first.toString());
    // Only the two complete files are there: no partial file, no temporary file.
    Set<String> there = filesIn(tmp);
    assertEquals(2, there.size(), there.toString());
    for (IndexEntry e : all) {
      if (there.contains(e.localPath())) {
        assertArrayEquals(tree.bytes(e), Files.readAllBytes(tmp.resolve(e.localPath())));
      }
    }
    server.assertPolite(UA);

    server.dropArchivesAfter(-1);
    server.clearLog();
    FetchReport rerun = fetch(company("855654", null, null), LocalDate.of(2024, 1, 1));
    assertTrue(rerun.ok(), rerun.toString());
    assertEquals(2, rerun.alreadyThere());
    assertEquals(all.size() - 2, rerun.downloaded());
    Set<String> fetched =
        server.paths().stream().filter(p -> p.startsWith("/Archives/")).collect(Collectors.toSet());
    Set<String> missing =
        all.stream()
            .filter(e -> !there.contains(e.localPath()))
            .map(IndexEntry::archivePath)
            .collect(Collectors.toSet());
    assertEquals(missing, fetched);
    assertArrivedExactly(tree, all);
  }

  @Test
  void aResponseThatIsNotACompleteSubmissionIsNeverKept() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    List<IndexEntry> all = tree.eightKs(LocalDate.MIN, LocalDate.MAX);
    IndexEntry page = all.get(0);
    IndexEntry cut = all.get(1);
    server.put(
        page.archivePath(),
        "<html><body>Request Rate Threshold Exceeded</body></html>"
            .getBytes(StandardCharsets.UTF_8));
    byte[] whole = tree.bytes(cut);
    server.put(cut.archivePath(), java.util.Arrays.copyOf(whole, whole.length - 40));
    FetchReport r = fetch(company("855654", null, null), LocalDate.of(2024, 1, 1));
    assertEquals(2, r.failures().size(), r.toString());
    String reasons = r.failures().toString();
    assertTrue(
        reasons.contains("not an EDGAR submission") && reasons.contains("incomplete submission"),
        reasons);
    assertFalse(Files.exists(tmp.resolve(page.localPath())));
    assertFalse(Files.exists(tmp.resolve(cut.localPath())));
    assertEquals(all.size() - 2, filesIn(tmp).size());
  }

  @Test
  void aFilingAlreadyCompleteIsNotDownloadedAgainButAnIncompleteOneIs() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    List<IndexEntry> all = tree.eightKs(LocalDate.MIN, LocalDate.MAX);
    Files.createDirectories(tmp.resolve(all.get(0).localPath()).getParent());
    Files.write(tmp.resolve(all.get(0).localPath()), tree.bytes(all.get(0)));
    Files.write(
        tmp.resolve(all.get(1).localPath()), "<SEC-DOCUMENT>cut".getBytes(StandardCharsets.UTF_8));
    Path leftover =
        tmp.resolve(all.get(2).localPath())
            .resolveSibling("." + all.get(2).accession() + ".txt.123.part");
    Files.write(leftover, "<SEC-DOCUMENT>half".getBytes(StandardCharsets.UTF_8));
    FetchReport r = fetch(company("855654", null, null), LocalDate.of(2024, 1, 1));
    assertTrue(r.ok(), r.toString());
    assertEquals(1, r.alreadyThere());
    assertEquals(all.size() - 1, r.downloaded());
    assertFalse(server.paths().contains(all.get(0).archivePath()));
    assertArrivedExactly(tree, all); // the leftover of a killed run is gone too
  }

  @Test
  void anUnknownTickerOrCompanyIsAFailureThatNamesIt() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    FetchReport r =
        fetch(
            new FetchRequest(List.of(123L), List.of("NOPE"), List.of(), null, null, tmp),
            LocalDate.of(2024, 1, 1));
    assertEquals(2, r.failures().size(), r.toString());
    assertTrue(r.failures().toString().contains("ticker NOPE"), r.toString());
    assertTrue(r.failures().toString().contains("CIK 123"), r.toString());
    assertNull(r.stopped());
  }

  @Test
  void aRunInterruptedMidDownloadLeavesNoPartialFile() throws Exception {
    EdgarTree tree = EdgarTree.seeds().withCompanyFiles();
    server = EdgarTestServer.start().putAll(tree.files);
    server.stallArchives();
    java.util.concurrent.atomic.AtomicReference<Throwable> outcome =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread run =
        new Thread(
            () -> {
              try {
                fetch(company("855654", null, null), LocalDate.of(2024, 1, 1));
              } catch (Throwable t) {
                outcome.set(t);
              }
            });
    run.start();
    // Wait until half-written temporary files exist, then interrupt.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (filesIn(tmp).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(filesIn(tmp).isEmpty(), "no download started");
    assertTrue(filesIn(tmp).stream().allMatch(f -> f.contains("/.") && f.endsWith(".part")));
    run.interrupt();
    run.join(10_000);
    assertFalse(run.isAlive(), "the interrupted run did not end");
    assertTrue(outcome.get() instanceof InterruptedException, String.valueOf(outcome.get()));
    assertEquals(Set.of(), filesIn(tmp));
  }
}
