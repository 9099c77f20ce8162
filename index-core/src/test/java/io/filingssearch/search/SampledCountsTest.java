package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts from a sample (what a search matching a large share of the index gets) over the real
 * corpus, indexed three times over (several segments): the sample is the same whichever threads
 * count it, and its estimate is close to the exact count.
 */
class SampledCountsTest {
  private static Directory dir;
  private static DirectoryReader reader;
  private static FacetTables.Reader tables;
  private static ExecutorService pool;

  @BeforeAll
  static void index(@TempDir Path tmp) throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "../shared/corpus is absent");
    Path once = tmp.resolve("once");
    FilingIndexer.index(once, List.of(corpus), true, IndexListener.NONE);
    dir = FSDirectory.open(tmp.resolve("thrice"));
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()));
        Directory src = FSDirectory.open(IndexLocation.current(once))) {
      for (int i = 0; i < 3; i++) {
        w.addIndexes(src);
        w.commit();
      }
    }
    reader = DirectoryReader.open(dir);
    tables = new FacetTables().of(reader);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void close() throws Exception {
    if (pool != null) {
      pool.shutdown();
    }
    if (reader != null) {
      reader.close();
    }
    if (dir != null) {
      dir.close();
    }
  }

  private static IndexSearcher onThreads() {
    return new IndexSearcher(reader, pool) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, Integer.MAX_VALUE, 1, false);
      }
    };
  }

  /**
   * Counts from a sample of about half of the query's matches (windows of neighbouring filings make
   * a much smaller sample of this small index vary too much from one segment layout to the next).
   */
  private static FacetCounter.Counts sampled(IndexSearcher searcher, Query q) throws Exception {
    long matches = FacetCounter.count(searcher, q, tables, true).sections;
    FacetCounter.Sampling s =
        new FacetCounter.Sampling(searcher, q, tables, 100, Math.max(100, matches / 2));
    assertTrue(s.large(), "a search estimated past the threshold is counted from a sample");
    return s.finish();
  }

  @Test
  void theSampleIsTheSameOnOneThreadAndOnSeveral() throws Exception {
    assertTrue(reader.leaves().size() >= 3, "several segments");
    Query q = new TermQuery(new Term(Fields.BODY_EXACT, "agreement"));
    FacetCounter.Counts one = sampled(new IndexSearcher(reader), q);
    FacetCounter.Counts many = sampled(onThreads(), q);
    assertTrue(one.approximate());
    assertEquals(one.sections, many.sections);
    assertEquals(one.filings, many.filings);
    assertEquals(one.scale, many.scale);
    assertArrayEquals(one.buckets, many.buckets);
    assertArrayEquals(one.bySlot, many.bySlot, "every value of every dimension");
  }

  @Test
  void theEstimateIsCloseToTheExactCount() throws Exception {
    IndexSearcher searcher = onThreads();
    for (String word : List.of("agreement", "company", "million")) {
      Query q = new TermQuery(new Term(Fields.BODY_EXACT, word));
      FacetCounter.Counts exact = FacetCounter.count(searcher, q, tables, true);
      FacetCounter.Counts estimate = sampled(searcher, q);
      assertFalse(exact.approximate());
      assertTrue(estimate.approximate(), word);
      double error = Math.abs(estimate.filings() - exact.filings()) / (double) exact.filings();
      System.out.printf(
          "[sampled] %s: estimated %d of %d filings (scale %.2f)%n",
          word, estimate.filings(), exact.filings(), estimate.scale);
      assertTrue(
          error < 0.35, word + ": estimated " + estimate.filings() + " of " + exact.filings());
    }
  }

  @Test
  void aCountWhoseTimeHasRunOutStopsFromItsFirstSweepAndSaysSo() throws Exception {
    IndexSearcher searcher = onThreads();
    searcher.setTimeout(() -> true);
    Query q = new TermQuery(new Term(Fields.BODY_EXACT, "agreement"));
    FacetCounter.Counts c = FacetCounter.count(searcher, q, tables, true);
    assertTrue(c.timedOut);
    assertEquals(0, c.sections, "no window is visited once the time is up");
  }

  @Test
  void aSearchMatchingFewSectionsIsCountedExactly() throws Exception {
    Query q = new TermQuery(new Term(Fields.BODY_EXACT, "agreement"));
    FacetCounter.Sampling s =
        new FacetCounter.Sampling(onThreads(), q, tables, Long.MAX_VALUE / 32, 500);
    assertFalse(s.large());
  }
}
