package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EDGAR's old {@code Oldloads} day files: complete submissions one after another in one file
 * (gzipped or not), split while reading, each known by its accession.
 */
class ConcatenationIndexingTest {
  private static String accession(int n) {
    return String.format(Locale.ROOT, "0000855654-95-%06d", n);
  }

  /** A submission of the oldest shape: a privacy-enhanced message around an SEC-DOCUMENT. */
  static byte[] pem(String accession, String form, String text) {
    return ("-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n"
            + "Proc-Type: 2001,MIC-CLEAR\nOriginator-Name: webmaster@www.sec.gov\n"
            + "Originator-Key-Asymmetric:\n MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGj\n"
            + "MIC-Info: RSA-MD5,RSA,\n HnrJdA0bmXAtTsmdGMm3ICV+tUb6YmBl4CrqaNAuD0Q1xQWT\n\n"
            + "<SEC-DOCUMENT>"
            + accession
            + ".txt : 19950103\n<SEC-HEADER>"
            + accession
            + ".hdr.sgml : 19950103\nACCESSION NUMBER:\t\t"
            + accession
            + "\nCONFORMED SUBMISSION TYPE:\t"
            + form
            + "\nPUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t19950103\n\nFILER:\n\n"
            + "\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tIMMUNOGEN INC\n"
            + "\t\tCENTRAL INDEX KEY:\t\t\t0000855654\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>"
            + form
            + "\n<SEQUENCE>1\n<TEXT>\n"
            + text
            + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n-----END PRIVACY-ENHANCED MESSAGE-----\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The seeds one after another in both dialects (the first two privacy-enhanced, the others as the
   * feed packs them), with a 10-Q between them.
   */
  private static byte[] dayOfSeeds() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = 0;
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path seed : s.sorted().toList()) {
        String acc = accession(++n);
        String text = Files.readString(seed);
        out.write(n <= 2 ? pem(acc, "8-K", text) : ArchiveIndexingTest.nc(acc, "8-K", text));
        if (n == 2) {
          out.write(pem(accession(99), "10-Q", "QUARTERLY REPORT\nItem 1. Financial Statements\n"));
        }
      }
    }
    return out.toByteArray();
  }

  private static Set<String> sources(Path idx) throws IOException {
    Set<String> out = new TreeSet<>();
    try (FilingSearcher s = FilingSearcher.open(idx, 0)) {
      s.forEachFiling(f -> out.add(f.id() + " " + f.source()));
    }
    return out;
  }

  @Test
  void aDayOfSubmissionsOneAfterAnotherIsSplitAndOnlyItsEightKsAreIndexedByAccession(
      @TempDir Path tmp) throws Exception {
    byte[] day = dayOfSeeds();
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Path file = Files.write(plain.resolve("19950103"), day);
    Path gz = Files.createDirectories(tmp.resolve("gz"));
    Path gzFile = gz.resolve("19950103.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gzFile))) {
      o.write(day);
    }

    for (Path[] c : new Path[][] {{plain, file}, {gz, gzFile}}) {
      Path idx = tmp.resolve("idx-" + c[0].getFileName());
      IndexReport r = FilingIndexer.index(idx, List.of(c[0]), false, IndexListener.NONE);
      assertTrue(r.failures().isEmpty(), r.failures().toString());
      assertEquals(1, r.files());
      assertEquals(4, r.filings(), c[1].toString());
      assertEquals(1, r.otherForms(), "the 10-Q is counted as another form");
      Set<String> expected = new TreeSet<>();
      for (int n = 1; n <= 4; n++) {
        expected.add(accession(n) + " " + c[1] + "!/" + accession(n));
      }
      assertEquals(expected, sources(idx));
      try (FilingSearcher s = FilingSearcher.open(idx, 0)) {
        assertTrue(s.search(SearchRequest.of("genentech")).total() > 0);
        assertEquals(0, s.search(SearchRequest.of("quarterly")).total(), "the 10-Q is not indexed");
      }

      IndexReport again = FilingIndexer.index(idx, List.of(c[0]), false, IndexListener.NONE);
      assertEquals(0, again.filings());
      assertEquals(4, again.unchanged());
      assertEquals(0, again.removed());
    }
  }

  @Test
  void oneSubmissionInAPrivacyEnhancedMessageIsOneFilingUnderItsFileName(@TempDir Path tmp)
      throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path file =
        Files.write(
            data.resolve("one.txt"),
            pem(accession(1), "8-K", Files.readString(Fixtures.seeds().resolve(first()))));
    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(1, r.filings());
    assertEquals(Set.of(accession(1) + " " + file), sources(tmp.resolve("idx")));
  }

  private static String first() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      return s.sorted().findFirst().orElseThrow().getFileName().toString();
    }
  }

  @Test
  void theCorpusSubmissionsOneAfterAnotherGiveTheFilingsTheyGiveOneByOne(@TempDir Path tmp)
      throws Exception {
    Path corpus = Fixtures.corpus();
    Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
    List<Path> submissions;
    try (Stream<Path> s = Files.walk(corpus)) {
      submissions =
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches("\\d{10}-\\d{2}-\\d{6}\\.(txt|nc)"))
              .sorted()
              .toList();
    }
    Path one = Files.createDirectories(tmp.resolve("one-by-one"));
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (Path p : submissions) {
      byte[] b = Files.readAllBytes(p);
      Files.write(one.resolve(p.getFileName()), b);
      all.write(b);
      all.write('\n'); // some end without a line break after their last tag
      if (p.equals(submissions.get(0))) {
        all.write(pem(accession(99), "10-K", "ANNUAL REPORT\nItem 1. Business\n"));
      }
    }
    Path day = Files.createDirectories(tmp.resolve("day"));
    Files.write(day.resolve("19990104"), all.toByteArray());

    IndexReport byOne =
        FilingIndexer.index(tmp.resolve("idx1"), List.of(one), false, IndexListener.NONE);
    IndexReport together =
        FilingIndexer.index(tmp.resolve("idx2"), List.of(day), false, IndexListener.NONE);
    assertTrue(together.failures().isEmpty(), together.failures().toString());
    assertEquals(byOne.filings(), together.filings());
    assertEquals(byOne.sections(), together.sections());
    assertEquals(1, together.otherForms());
    Set<String> ids1 = new TreeSet<>();
    sources(tmp.resolve("idx1")).forEach(x -> ids1.add(x.substring(0, x.indexOf(' '))));
    Set<String> ids2 = new TreeSet<>();
    sources(tmp.resolve("idx2")).forEach(x -> ids2.add(x.substring(0, x.indexOf(' '))));
    assertEquals(ids1, ids2);
    System.out.println("concatenation: " + submissions.size() + " corpus submissions, " + together);
  }
}
