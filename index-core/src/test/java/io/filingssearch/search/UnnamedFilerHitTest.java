package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.filingssearch.filing.Filing;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filing that names no company but whose filer is known (Stanford's ticker folder, EDGAR's CIK)
 * shows its filer's name in its hits and in its filing view, as the company facet counts it, rather
 * than no company.
 */
class UnnamedFilerHitTest {
  private static String stanford(String ticker, String time, String body) {
    return Fixtures.stanford(ticker, time, "Item 8.01 Other Events.\n" + body);
  }

  @Test
  void aFilingThatNamesNoCompanyShowsItsFilersNameInHitsAndInItsView(@TempDir Path tmp)
      throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(
        data.resolve("named.txt"),
        stanford(
            "EXW",
            "20090410163955",
            "The Board of Directors of Example Widgets, Inc. (the \"Company\") adopted a merger"
                + " plan."),
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("unnamed.txt"),
        stanford("EXW", "20100512090000", "The board approved a second merger plan."),
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("stranger.txt"),
        stanford("QQQZ", "20110512090000", "The board approved a third merger plan."),
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("idx");
    FilingIndexer.index(index, List.of(data), false, IndexListener.NONE);
    try (FilingSearcher s = FilingSearcher.open(index, 0)) {
      Map<String, String> companyByYear = new TreeMap<>();
      for (Hit h : s.search(SearchRequest.of("merger")).hits()) {
        companyByYear.put(String.valueOf(h.date().getYear()), String.valueOf(h.company()));
      }
      // The 2010 filing names nobody: its filer (ticker EXW) is named by its 2009 filing. The
      // 2011 filing's filer is named by none, so its company stays unknown, not its ticker.
      assertEquals(
          Map.of("2009", "Example Widgets, Inc.", "2010", "Example Widgets", "2011", "null"),
          companyByYear);
      // The filing view says the same as the hits.
      Map<String, String> viewByYear = new TreeMap<>();
      for (Hit h : s.search(SearchRequest.of("merger")).hits()) {
        Filing f = s.filing(h.filingId()).orElseThrow();
        viewByYear.put(String.valueOf(f.date().getYear()), String.valueOf(f.company()));
      }
      assertEquals(companyByYear, viewByYear);
    }
  }
}
