package io.filingssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import io.filingssearch.search.SortOrder;
import io.filingssearch.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus (skipped when ../shared is absent) on the real SolrCloud: the same filings and
 * counts as the embedded index for a mix of queries.
 */
class SolrCorpusTest {
  private static EmbeddedIndex index;
  private static FilingSearcher embedded;
  private static SolrSearcher solr;
  private static SolrIndexer.Report report;

  @BeforeAll
  static void indexBoth() throws IOException {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "the shared corpus is absent");
    TestSolrCloud cloud = TestSolrCloud.get();
    cloud.freshCollection("corpus");
    long t0 = System.nanoTime();
    report = new SolrIndexer(cloud.client(), "corpus").index(List.of(corpus));
    long t1 = System.nanoTime();
    // The files the Solr indexer read (it does not read archives yet), indexed embedded.
    Set<String> failed = new HashSet<>();
    report.failures().forEach(f -> failed.add(f.substring(0, f.indexOf(": "))));
    List<Path> files =
        Fixtures.corpusFiles().stream().filter(f -> !failed.contains(f.toString())).toList();
    index = EmbeddedIndex.of(files);
    System.out.printf(
        "corpus: %d filings into SolrCloud in %.1f s, embedded index in %.1f s%n",
        report.filings(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    embedded = index.searcher();
    solr = new SolrSearcher(cloud.client(), "corpus", TestSolrCloud.TIMEOUT_MS);
  }

  @AfterAll
  static void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void theCollectionHoldsTheFilingsTheEmbeddedIndexHolds() throws IOException {
    // Archives are not read by the Solr indexer yet: they are its only failures (and the
    // embedded index compared leaves them out).
    long archives = report.failures().stream().filter(f -> f.contains(".nc")).count();
    assertEquals(report.failures().size(), archives, String.valueOf(report.failures()));
    assertEquals(embedded.stats().filings(), solr.stats().filings());
    assertEquals(embedded.stats().sections(), solr.stats().sections());
  }

  @Test
  void aQueryMixFindsTheSameFilingsWithTheSameCounts() throws IOException {
    for (String q :
        List.of(
            "merger agreement",
            "\"definitive agreement\"",
            "credit facility",
            "resignation director",
            "item:1.01",
            "item:2.02 earnings",
            "amount:>=100M acquisition",
            "date:2005..2010 license",
            "\"press release\" -item:9.01",
            "bankruptcy OR insolvency",
            "acqui*",
            "")) {
      for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.DATE)) {
        SearchRequest r =
            SearchRequest.builder().query(q).groupByFiling(true).sort(sort).size(30).build();
        SearchResults e = EngineComparison.whole(embedded, r);
        SearchResults a = EngineComparison.whole(solr, r);
        String what = EngineComparison.describe(r);
        assertEquals(e.total(), a.total(), "total of " + what);
        EngineComparison.assertFacets(e.facets(), a.facets(), what);
        List<Set<String>> et = EngineComparison.ties(e.hits(), sort);
        List<Set<String>> at = EngineComparison.ties(a.hits(), sort);
        // The last run of ties may be cut by the page's end at different members.
        if (!et.isEmpty()) {
          et = et.subList(0, et.size() - 1);
          at = at.subList(0, Math.min(at.size(), et.size()));
        }
        assertEquals(et, at, "hits of " + what);
      }
    }
  }

  @Test
  void similarFilingsAreTheEmbeddedIndexSimilarFilings() throws IOException {
    SearchRequest some =
        SearchRequest.builder().query("merger agreement").groupByFiling(true).size(5).build();
    for (var h : embedded.search(some).hits()) {
      SearchRequest r = SearchRequest.builder().size(20).build();
      SearchResults e = embedded.similar(h.filingId(), r).orElseThrow();
      SearchResults a = solr.similar(h.filingId(), r).orElseThrow();
      String what = "filings like " + h.filingId();
      assertEquals(e.total(), a.total(), "total of " + what);
      EngineComparison.assertFacets(e.facets(), a.facets(), what);
      String both = what + ": " + scores(e.hits()) + " vs " + scores(a.hits());
      assertAlike(e.hits(), a.hits(), both);
      assertAlike(a.hits(), e.hits(), both);
    }
  }

  /**
   * Every filing of page {@code e} clearly above its end is on page {@code a} with the same
   * likeness but for the last digits: the engines' text scores differ slightly (summed on one index
   * or on two shards), so filings nearly as alike may swap.
   */
  private static void assertAlike(List<Hit> e, List<Hit> a, String what) {
    if (e.isEmpty()) {
      assertTrue(a.isEmpty(), what);
      return;
    }
    float last = e.get(e.size() - 1).score();
    Map<String, Float> other = new HashMap<>();
    a.forEach(h -> other.put(h.filingId(), h.score()));
    for (Hit h : e) {
      if (h.score() > last + NEAR) {
        Float s = other.get(h.filingId());
        assertTrue(s != null && Math.abs(s - h.score()) < NEAR, h.filingId() + " in " + what);
      }
    }
  }

  /** How much two engines' likeness of a filing may differ. */
  private static final float NEAR = 2e-3f;

  private static List<String> scores(List<Hit> hits) {
    return hits.stream().map(h -> h.filingId() + "=" + h.score()).toList();
  }
}
