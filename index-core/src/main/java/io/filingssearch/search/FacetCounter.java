package io.filingssearch.search;

import io.filingssearch.filing.Items;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Counts each facet value once per filing, and picks the values a result shows.
 *
 * <p>A filing's sections are added as one block, so they sit next to each other in one segment, and
 * every section carries its filing's item, partner, company, form and year: those are counted once,
 * at the first matching section of each filing, from the segment's {@link FacetTables}. Amounts
 * belong to sections: the buckets of a filing's matching sections are OR-ed and each counted once
 * per filing. Stateless.
 *
 * <p>Matches are visited without scores, window by window: each segment is cut in windows of about
 * {@link #WINDOW} sections (on filing boundaries), {@link #SLOTS} windows to a block, and the
 * windows are visited in sweeps, each taking more slots of every block (one in 16, then one in 8,
 * 4, 2, all), so that after any sweep the windows visited are an even sample of the whole index.
 * Unless exact counts are asked for, a search estimated after the first sweep to match at least
 * {@link #APPROXIMATE_FROM} sections stops as soon as its sample holds {@link #SAMPLE_SECTIONS}
 * matching sections, and its counts are the sample's scaled by the share of filings visited: {@link
 * Counts#approximate}. Every other search visits every window and counts exactly.
 */
final class FacetCounter {
  /** Sections per window, about (windows end on filing boundaries). */
  static final int WINDOW = 256;

  /** Windows per block: the finest sample is one of these. */
  static final int SLOTS = 16;

  /** The slots each sweep adds: a sixteenth, an eighth, a quarter, a half, all. */
  private static final int[][] SWEEPS = {
    {0}, {8}, {4, 12}, {2, 6, 10, 14}, {1, 3, 5, 7, 9, 11, 13, 15}
  };

  /** The slots after the first sweep's, in one sweep. */
  private static final int[] REST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  /** A search estimated to match at least this many sections may be counted from a sample. */
  static final long APPROXIMATE_FROM = 20_000;

  /** A sampled count stops once its sample holds this many matching sections. */
  static final long SAMPLE_SECTIONS = 10_000;

  private FacetCounter() {}

  /** Facet counts in distinct filings (by global ordinal), and the totals. */
  static final class Counts {
    final FacetTables.Reader table;

    /** Per dimension (by ordinal; keyword dimensions only): count per global ordinal. */
    final int[][] byDim = new int[FacetTables.SLOTS][];

    final int[] buckets = new int[AmountBuckets.ALL.size()];

    /** Matching sections and filings (in the sample, until {@link #scale} is applied). */
    long sections;

    long filings;

    /** The count stopped at the search's time limit: what was counted so far. */
    boolean timedOut;

    /** What a count in the sample stands for: 1 when every match was counted. */
    double scale = 1;

    Counts(FacetTables.Reader table) {
      this.table = table;
      for (FacetDimension dim : FacetTables.KEYWORD_DIMS) {
        byDim[dim.ordinal()] = new int[table.globalValueCount[dim.ordinal()]];
      }
    }

    /** Whether the counts are estimated from a sample of the index. */
    boolean approximate() {
      return scale != 1;
    }

    /** Matching sections (estimated when {@link #approximate()}). */
    long sections() {
      return scaled(sections);
    }

    /** Matching filings (estimated when {@link #approximate()}). */
    long filings() {
      return scaled(filings);
    }

    long scaled(long n) {
      return scale == 1 ? n : Math.round(n * scale);
    }
  }

  /**
   * Counts the filings that match {@code query} and their facet values.
   *
   * @param exact count every match even when the search matches many
   * @param timedOut stops the count (what was counted so far is kept) when it says so
   */
  static Counts count(
      IndexSearcher searcher,
      Query query,
      FacetTables.Reader table,
      boolean exact,
      BooleanSupplier timedOut)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Counts c = new Counts(table);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafCount[] counters = new LeafCount[leaves.size()];
    long totalFilings = 0;
    for (int leaf = 0; leaf < counters.length; leaf++) {
      counters[leaf] = new LeafCount(c, table, leaf);
      totalFilings += table.filingCount[leaf];
    }
    if (exact) {
      for (int leaf = 0; leaf < counters.length; leaf++) {
        counters[leaf].all(weight.bulkScorer(leaves.get(leaf)), leaves.get(leaf));
        if (timedOut.getAsBoolean()) {
          break;
        }
      }
    } else {
      long visitedFilings = 0;
      for (int[] sweep : SWEEPS) {
        for (int leaf = 0; leaf < counters.length && !timedOut.getAsBoolean(); leaf++) {
          LeafReaderContext ctx = leaves.get(leaf);
          visitedFilings +=
              counters[leaf].sweep(weight.bulkScorer(ctx), ctx.reader().getLiveDocs(), sweep);
        }
        if (sweep == SWEEPS[0] && c.sections * SLOTS < APPROXIMATE_FROM) {
          // Small: the other slots are counted in one more sweep, and the counts are exact.
          for (int leaf = 0; leaf < counters.length && !timedOut.getAsBoolean(); leaf++) {
            LeafReaderContext ctx = leaves.get(leaf);
            counters[leaf].sweep(weight.bulkScorer(ctx), ctx.reader().getLiveDocs(), REST);
          }
          break;
        }
        if (c.sections >= SAMPLE_SECTIONS && sweep != SWEEPS[SWEEPS.length - 1]) {
          c.scale = visitedFilings == 0 ? 1 : (double) totalFilings / visitedFilings;
          break;
        }
      }
    }
    for (LeafCount lc : counters) {
      lc.end();
    }
    c.timedOut = timedOut.getAsBoolean();
    return c;
  }

  /** The counting of one segment, kept across the sweeps. */
  private static final class LeafCount implements LeafCollector {
    private final Counts c;
    private final FacetTables.Segment seg;
    private final int[] docFiling;
    private final byte[] masks;
    private final int[][] ords;
    private final int[][] start;
    private final int[] dims;
    private int prevFiling = -1;
    private int mask;

    LeafCount(Counts c, FacetTables.Reader table, int leaf) {
      this.c = c;
      this.seg = table.segments[leaf];
      this.docFiling = seg.docFiling;
      this.masks = seg.bucketMask;
      this.ords = table.globalOrds[leaf];
      this.start = seg.start;
      this.dims = FacetTables.KEYWORD_DIMS.stream().mapToInt(FacetDimension::ordinal).toArray();
    }

    /** Visits every match of the segment in one pass. */
    void all(BulkScorer scorer, LeafReaderContext ctx) throws IOException {
      if (scorer != null) {
        scorer.score(this, ctx.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
      }
    }

    /**
     * Visits the windows of the slots in {@code sweep}.
     *
     * @return the filings in those windows
     */
    long sweep(BulkScorer scorer, Bits live, int[] sweep) throws IOException {
      int maxDoc = docFiling.length;
      long filings = 0;
      for (int block = 0; (long) block * SLOTS * WINDOW < maxDoc; block++) {
        for (int slot : sweep) {
          long from = ((long) block * SLOTS + slot) * WINDOW;
          if (from >= maxDoc) {
            break;
          }
          int lo = filingStart((int) from);
          int hi = filingStart((int) Math.min(maxDoc, from + WINDOW));
          if (lo >= hi) {
            continue;
          }
          filings += docFiling[hi - 1] - docFiling[lo] + 1;
          if (scorer != null) {
            scorer.score(this, live, lo, hi);
          }
        }
      }
      return filings;
    }

    /** The first section of a filing at or after {@code doc} (or the end of the segment). */
    private int filingStart(int doc) {
      int d = doc;
      while (d > 0 && d < docFiling.length && docFiling[d] == docFiling[d - 1]) {
        d++;
      }
      return d;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) {
      c.sections++;
      int filing = docFiling[doc];
      if (filing != prevFiling) {
        addBuckets(c.buckets, mask);
        mask = 0;
        prevFiling = filing;
        c.filings++;
        for (int d : dims) {
          int[] o = ords[d];
          int[] counts = c.byDim[d];
          for (int k = start[d][filing], end = start[d][filing + 1]; k < end; k++) {
            counts[o[k]]++;
          }
        }
      }
      mask |= masks[doc];
    }

    void end() {
      addBuckets(c.buckets, mask);
      mask = 0;
    }
  }

  private static void addBuckets(int[] buckets, int mask) {
    for (int m = mask, b = 0; m != 0; m >>>= 1, b++) {
      if ((m & 1) != 0) {
        buckets[b]++;
      }
    }
  }

  /**
   * The values of one dimension to show, at most its {@link FacetDimension#limit()}: the most
   * frequent first (ties by value), years newest first, amount ranges in ascending order. Only the
   * values shown are looked up as text.
   */
  static List<FacetValue> values(FacetDimension dim, Counts counts) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    if (!dim.isKeyword()) {
      for (int b = 0; b < AmountBuckets.ALL.size(); b++) {
        AmountBuckets.Bucket bucket = AmountBuckets.ALL.get(b);
        if (counts.buckets[b] > 0) {
          out.add(
              new FacetValue(
                  bucket.value(),
                  bucket.label(),
                  (int) counts.scaled(counts.buckets[b]),
                  bucket.from(),
                  bucket.to()));
        }
      }
      return out;
    }
    int[] n = counts.byDim[dim.ordinal()];
    // Global ordinals follow the values' sort order: ties by value are ties by ordinal.
    Comparator<Integer> order =
        dim == FacetDimension.YEAR
            ? Comparator.<Integer>reverseOrder()
            : (x, y) -> n[x] != n[y] ? Integer.compare(n[y], n[x]) : Integer.compare(x, y);
    PriorityQueue<Integer> top = new PriorityQueue<>(order.reversed());
    for (int ord = 0; ord < n.length; ord++) {
      if (n[ord] > 0) {
        top.add(ord);
        if (top.size() > dim.limit()) {
          top.poll();
        }
      }
    }
    List<Integer> ords = new ArrayList<>(top);
    ords.sort(order);
    for (int ord : ords) {
      String value = counts.table.value(dim, ord);
      if (dim == FacetDimension.COMPANY) {
        // The filer, shown (and chosen again) by its own spelling: a filter on it finds the filer.
        value = counts.table.companies.label(value);
      }
      String label = dim == FacetDimension.ITEM ? Items.title(value).orElse(value) : value;
      out.add(new FacetValue(value, label, (int) counts.scaled(n[ord]), null, null));
    }
    return out;
  }
}
