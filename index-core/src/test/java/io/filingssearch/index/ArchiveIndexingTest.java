package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import io.filingssearch.testing.Fixtures;
import io.filingssearch.testing.TarGz;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives in a data folder: EDGAR's daily feed ({@code .nc.tar.gz} of {@code <accession>.nc}
 * submissions), zip files and gzipped filings are read in place, one filing per submission.
 */
class ArchiveIndexingTest {
  /** The seeds as a day of EDGAR's feed, in its tagged dialect, with a 10-Q among them. */
  private static Map<String, byte[]> feedDay() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    int n = 0;
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path seed : s.sorted().toList()) {
        String acc = accession(++n);
        entries.put(acc + ".nc", nc(acc, "8-K", Files.readString(seed)));
      }
    }
    String acc = accession(++n);
    entries.put(acc + ".nc", nc(acc, "10-Q", "QUARTERLY REPORT\nItem 1. Financial Statements\n"));
    return entries;
  }

  private static String accession(int n) {
    return String.format(Locale.ROOT, "0000855654-05-%06d", n);
  }

  /** A submission as the daily feed packs it. */
  static byte[] nc(String accession, String form, String text) {
    return ("<SUBMISSION>\n<ACCESSION-NUMBER>"
            + accession
            + "\n<TYPE>"
            + form
            + "\n<PUBLIC-DOCUMENT-COUNT>1\n<FILING-DATE>20050504\n<FILER>\n<COMPANY-DATA>\n"
            + "<CONFORMED-NAME>IMMUNOGEN INC\n<CIK>0000855654\n</COMPANY-DATA>\n</FILER>\n"
            + "<DOCUMENT>\n<TYPE>"
            + form
            + "\n<SEQUENCE>1\n<TEXT>\n"
            + text
            + "\n</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDailyFeedArchiveIsIndexedInPlaceAndItsEightKsAreSearchableByAccession(@TempDir Path tmp)
      throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Map<String, byte[]> day = feedDay();
    Path archive = TarGz.write(data.resolve("20050504.nc.tar.gz"), day);
    Set<Path> before = tree(tmp);

    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);

    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(1, r.files());
    assertEquals(4, r.filings());
    assertEquals(1, r.otherForms(), "the 10-Q is counted as another form");
    // Nothing was unpacked: the data folder holds the archive alone.
    assertEquals(
        before,
        tree(tmp).stream()
            .filter(p -> !p.startsWith(tmp.resolve("idx")))
            .collect(Collectors.toCollection(TreeSet::new)));
    try (FilingSearcher s = FilingSearcher.open(tmp.resolve("idx"), 0)) {
      SearchResults res = s.search(SearchRequest.of("genentech"));
      assertTrue(res.total() > 0);
      for (Hit h : res.hits()) {
        assertTrue(h.filingId().matches("0000855654-05-00000[1-4]"), h.filingId());
      }
      Set<String> ids = new TreeSet<>();
      s.forEachFiling(f -> ids.add(f.id() + " " + f.source()));
      assertEquals(
          day.keySet().stream()
              .limit(4)
              .map(n -> n.replace(".nc", "") + " " + archive + "!/" + n)
              .collect(Collectors.toCollection(TreeSet::new)),
          ids);
    }
  }

  @Test
  void aRerunSkipsTheArchivedFilingsTheIndexHasAndAVanishedArchiveTakesThemAway(@TempDir Path tmp)
      throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path archive = TarGz.write(data.resolve("20050504.nc.tar.gz"), feedDay());
    Path idx = tmp.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);

    IndexReport again = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    assertEquals(0, again.filings());
    assertEquals(4, again.unchanged());
    assertEquals(0, again.removed());

    Files.delete(archive);
    IndexReport gone = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    assertEquals(4, gone.removed());
  }

  @Test
  void aFilingBothInAnArchiveAndInAFileIsIndexedOnceWhicheverCameFirst(@TempDir Path tmp)
      throws Exception {
    Map<String, byte[]> day = feedDay();
    String first = day.keySet().iterator().next();
    // The same run: the fetched file is indexed, the archive's copy is not.
    Path data = Files.createDirectories(tmp.resolve("data"));
    TarGz.write(data.resolve("20050504.nc.tar.gz"), day);
    Files.write(data.resolve(first.replace(".nc", ".txt")), day.get(first));
    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    assertEquals(4, r.filings());
    assertEquals(1, r.unchanged());

    // A later run: the archive came first, so the fetched file adds nothing.
    Path data2 = Files.createDirectories(tmp.resolve("data2"));
    TarGz.write(data2.resolve("20050504.nc.tar.gz"), day);
    Path idx2 = tmp.resolve("idx2");
    FilingIndexer.index(idx2, List.of(data2), false, IndexListener.NONE);
    Files.write(data2.resolve(first.replace(".nc", ".txt")), day.get(first));
    IndexReport again = FilingIndexer.index(idx2, List.of(data2), false, IndexListener.NONE);
    assertEquals(0, again.filings());
    assertEquals(5, again.unchanged());
    try (FilingSearcher s = FilingSearcher.open(idx2, 0)) {
      Set<String> ids = new TreeSet<>();
      int[] filings = {0};
      s.forEachFiling(
          f -> {
            ids.add(f.id());
            filings[0]++;
          });
      assertEquals(4, filings[0]);
      assertEquals(4, ids.size());
    }
  }

  @Test
  void aDamagedArchiveIsOneFailureAndKeepsWhatTheIndexHadFromIt(@TempDir Path tmp)
      throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path archive = TarGz.write(data.resolve("20050504.nc.tar.gz"), feedDay());
    Path idx = tmp.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);

    byte[] whole = Files.readAllBytes(archive);
    Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));
    IndexReport r = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    assertEquals(1, r.failures().size(), r.failures().toString());
    assertEquals(archive.toString(), r.failures().get(0).source());
    assertTrue(r.failures().get(0).reason().startsWith("cannot be read as an archive"));
    assertEquals(0, r.removed());
  }

  @Test
  void zipAndGzipFilesOfFilingsAreReadToo(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      seeds = s.sorted().toList();
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(data.resolve("a.zip")))) {
      for (Path seed : seeds.subList(0, 3)) {
        zip.putNextEntry(new ZipEntry("filings/" + seed.getFileName()));
        zip.write(Files.readAllBytes(seed));
        zip.closeEntry();
      }
    }
    try (OutputStream gz =
        new GZIPOutputStream(
            Files.newOutputStream(data.resolve(seeds.get(3).getFileName() + ".gz")))) {
      gz.write(Files.readAllBytes(seeds.get(3)));
    }
    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(2, r.files());
    assertEquals(4, r.filings());
    try (FilingSearcher s = FilingSearcher.open(tmp.resolve("idx"), 0)) {
      Set<String> sources = new TreeSet<>();
      s.forEachFiling(f -> sources.add(f.source()));
      assertTrue(
          sources.contains(data.resolve("a.zip") + "!/filings/" + seeds.get(0).getFileName()),
          sources.toString());
      assertTrue(
          sources.contains(
              data.resolve(seeds.get(3).getFileName() + ".gz") + "!/" + seeds.get(3).getFileName()),
          sources.toString());
    }
  }

  @Test
  void theCorpusSubmissionsPackedAsAFeedDayAreAllIndexed(@TempDir Path tmp) throws Exception {
    Path corpus = Fixtures.corpus();
    org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(corpus.resolve("cover-page-parser"))) {
      for (Path p :
          s.filter(p -> p.getFileName().toString().matches("\\d{10}-\\d{2}-\\d{6}\\.txt"))
              .sorted()
              .toList()) {
        entries.put(p.getFileName().toString().replace(".txt", ".nc"), Files.readAllBytes(p));
      }
    }
    Path data = Files.createDirectories(tmp.resolve("data"));
    TarGz.write(data.resolve("19990101.nc.tar.gz"), entries);
    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(entries.size(), r.filings());
    assertEquals(0, r.otherForms());
  }

  private static Set<Path> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
