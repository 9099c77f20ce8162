package io.filingssearch.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a filing record computes from its fields: the EDGAR address. */
class FilingTest {
  @Test
  void edgarUrlIsTheFilingIndexPageWithTheCikUnpaddedAndTheAccessionWithoutDashes() {
    assertEquals(
        "https://www.sec.gov/Archives/edgar/data/858877/000089161895000727/"
            + "0000891618-95-000727-index.htm",
        Filing.edgarUrl("0000858877", "0000891618-95-000727"));
    assertEquals(
        Filing.edgarUrl("858877", "0000891618-95-000727"),
        Filing.edgarUrl("0000858877", " 0000891618-95-000727 "));
  }

  @Test
  void edgarUrlIsNullWhenTheCikOrAccessionIsMissingOrNotOne() {
    assertNull(Filing.edgarUrl(null, "0000891618-95-000727"));
    assertNull(Filing.edgarUrl("858877", null));
    assertNull(Filing.edgarUrl("858877", "../../etc/passwd"));
    assertNull(Filing.edgarUrl("85/8877", "0000891618-95-000727"));
    assertNull(Filing.edgarUrl("858877", "0000891618-95-00072"));
  }

  @Test
  void seedFilingsWithoutAnAccessionHaveNoEdgarUrl() throws Exception {
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.toList()) {
        Filing f = new FilingParser().parse(p);
        assertNull(f.accession(), p::toString);
        assertNull(f.edgarUrl(), p::toString);
      }
    }
  }

  /**
   * The corpus keeps EDGAR's index page of each submission beside it, named as EDGAR names it: the
   * address computed from the parsed header points at that very page.
   */
  @Test
  void corpusSubmissionsGetTheAddressOfTheIndexPageEdgarKeepsBesideThem() throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "the shared corpus is absent");
    List<Path> pages;
    try (Stream<Path> s = Files.walk(corpus)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith("-index.html")).toList();
    }
    assumeTrue(!pages.isEmpty(), "no EDGAR index pages in the corpus");
    int checked = 0;
    for (Path page : pages) {
      String accession = page.getFileName().toString().replace("-index.html", "");
      Path submission = page.resolveSibling(accession + ".txt");
      if (!Files.exists(submission)) {
        continue;
      }
      Filing f = new FilingParser().parse(submission);
      String url = f.edgarUrl();
      assertNotNull(url, submission::toString);
      assertTrue(url.endsWith("/" + accession + "-index.htm"), url);
      assertTrue(url.contains("/" + accession.replace("-", "") + "/"), url);
      assertTrue(
          url.startsWith(
              "https://www.sec.gov/Archives/edgar/data/" + f.cik().replaceFirst("^0+", "") + "/"),
          url);
      checked++;
    }
    assertTrue(checked >= 20, "only " + checked + " submissions checked");
  }
}
