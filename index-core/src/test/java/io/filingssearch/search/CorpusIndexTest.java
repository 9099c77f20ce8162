package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes the whole shared corpus and checks the facet counts against what parsing found. */
class CorpusIndexTest {
  @Test
  void facetCountsOfTheWholeCorpusMatchWhatParsingFound(@TempDir Path tmp) throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "../shared/corpus is absent");
    IndexReport report =
        FilingIndexer.index(tmp.resolve("idx"), List.of(corpus), false, IndexListener.NONE);
    System.out.printf(
        "corpus index: %d files, %d filings, %d sections, %d failed, %.1f MB/s, %d ms%n",
        report.files(),
        report.filings(),
        report.sections(),
        report.failures().size(),
        report.megabytesPerSecond(),
        report.elapsedMs());

    // What parsing finds, counted per distinct filing id (a filing may be in two files).
    FilingParser parser = new FilingParser();
    FactExtractor extractor = new FactExtractor();
    Map<String, Filing> byId = new HashMap<>();
    int failed = 0;
    for (Path f : Fixtures.corpusFiles()) {
      try {
        Filing filing = extractor.extract(parser.parse(f));
        byId.putIfAbsent(filing.id(), filing);
      } catch (BadFilingException e) {
        failed++;
      }
    }
    assertEquals(failed, report.failures().size());
    Map<String, Integer> items = new HashMap<>();
    Map<String, Integer> partners = new HashMap<>();
    Set<String> withAmountOver10M = new HashSet<>();
    for (Filing f : byId.values()) {
      f.items().forEach(i -> items.merge(i, 1, Integer::sum));
      f.partners().forEach(p -> partners.merge(p, 1, Integer::sum));
      if (f.amounts().stream().anyMatch(a -> a.usd().longValue() >= 10_000_000L)) {
        withAmountOver10M.add(f.id());
      }
    }

    try (FilingSearcher searcher = FilingSearcher.open(tmp.resolve("idx"))) {
      SearchResults all = searcher.search(SearchRequest.builder().groupByFiling(true).build());
      assertEquals(byId.size(), all.total());
      assertEquals(byId.size(), searcher.stats().filings());
      for (FacetValue v : all.facets().get("item")) {
        assertEquals(items.get(v.value()), v.count(), "item " + v.value());
      }
      for (FacetValue v : all.facets().get("partner")) {
        assertEquals(partners.get(v.value()), v.count(), "partner " + v.value());
      }
      assertTrue(all.facets().get("item").size() >= 20);
      SearchResults big =
          searcher.search(
              SearchRequest.builder().minAmount(10_000_000L).groupByFiling(true).build());
      assertEquals(withAmountOver10M.size(), big.total());
    }
  }
}
