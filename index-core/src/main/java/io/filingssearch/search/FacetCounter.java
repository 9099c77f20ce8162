package io.filingssearch.search;

import io.filingssearch.filing.Items;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
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
 * windows are visited in sweeps, each taking the next slots of every block in an order that spreads
 * any first few over the block ({@link #ORDER}: 0, 32, 16, 48, 8, ...), so that after any sweep the
 * windows visited are an even sample of the whole index. The first sweep takes one slot in {@link
 * #SLOTS}. Unless exact counts are asked for, a search estimated from it to match at least {@link
 * #APPROXIMATE_FROM} sections takes as many more slots as the first sweep says make a sample of
 * {@link #SAMPLE_SECTIONS} matching sections, and its counts are the sample's scaled by the share
 * of filings visited: {@link Counts#approximate}. Every other search visits every window and counts
 * exactly.
 */
final class FacetCounter {
  /** Sections per window, about (windows end on filing boundaries). */
  static final int WINDOW = 256;

  /**
   * Windows per block: the finest sample, and the first sweep's, is one of these (tried with 16 on
   * 2026-12-03: a sixteenth of the index was a sixth of a loaded server's CPU at 1M, mostly spent
   * on queries that were then sampled at a far lower rate or counted whole anyway).
   */
  static final int SLOTS = 64;

  /**
   * The order the slots of a block are visited in: by their bits reversed (0, 32, 16, 48, 8, ...),
   * so that any first few are spread over the block.
   */
  private static final int[] ORDER = bitReversed(SLOTS);

  /** A search estimated to match at least this many sections may be counted from a sample. */
  static final long APPROXIMATE_FROM = 20_000;

  /** A sampled count stops once its sample holds this many matching sections. */
  static final long SAMPLE_SECTIONS = 10_000;

  /** A sampled count is shared out among at most this many of the searcher's threads. */
  private static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

  private FacetCounter() {}

  /** 0 to {@code n - 1} ({@code n} a power of two), each by its bits reversed. */
  private static int[] bitReversed(int n) {
    int bits = Integer.numberOfTrailingZeros(n);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = Integer.reverse(i) >>> (Integer.SIZE - bits);
    }
    return order;
  }

  /** Facet counts in distinct filings (by global ordinal), and the totals. */
  static final class Counts {
    final FacetTables.Reader table;

    /**
     * Per value of every keyword dimension, at its slot ({@link FacetTables.Reader#offset} of its
     * dimension plus its global ordinal): the filings counted.
     */
    final int[] bySlot;

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
      this.bySlot = new int[table.slotCount];
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

    /** Adds another slice's exact counts to these. */
    void add(Counts other) {
      sections += other.sections;
      filings += other.filings;
      for (int b = 0; b < buckets.length; b++) {
        buckets[b] += other.buckets[b];
      }
      for (int i = 0; i < bySlot.length; i++) {
        bySlot[i] += other.bySlot[i];
      }
    }

    long scaled(long n) {
      return scale == 1 ? n : Math.round(n * scale);
    }
  }

  /**
   * Counts the filings that match {@code query} and their facet values.
   *
   * @param exact count every match even when the search matches many
   */
  static Counts count(IndexSearcher searcher, Query query, FacetTables.Reader table, boolean exact)
      throws IOException {
    Sampling sampling = new Sampling(searcher, query, table);
    if (!exact && sampling.large()) {
      return sampling.finish();
    }
    return sampling.finishExactly();
  }

  /**
   * Counts every match as a search collects it (beside its top hits, say): one collector per slice
   * of the index, merged at the end. Counts are exact.
   */
  static CollectorManager<CountingCollector, Counts> manager(FacetTables.Reader table) {
    return new CollectorManager<>() {
      @Override
      public CountingCollector newCollector() {
        return new CountingCollector(new Counts(table));
      }

      @Override
      public Counts reduce(Collection<CountingCollector> collectors) {
        Counts sum = new Counts(table);
        for (CountingCollector col : collectors) {
          sum.add(col.counts);
        }
        return sum;
      }
    };
  }

  /** Counts the matches of the segments it is given into one {@link Counts}. */
  static final class CountingCollector implements Collector {
    final Counts counts;

    CountingCollector(Counts counts) {
      this.counts = counts;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) {
      return new LeafCount(counts, counts.table, ctx.ord);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * A count by sample: the first sweep is made when it is created, which tells whether the search
   * is {@link #large()}; {@link #finish} then samples on until the sample is big enough. The
   * segments are shared out among the searcher's threads, each counting its share into its own
   * {@link Counts}, added up at the end. The searcher's time budget holds throughout: a count whose
   * time runs out keeps what it counted and says so ({@link Counts#timedOut}).
   */
  static final class Sampling {
    private final IndexSearcher searcher;
    private final BooleanSupplier timedOut;
    private final Weight weight;
    private final List<LeafReaderContext> leaves;
    private final List<Share> shares = new ArrayList<>();
    private final long approximateFrom;
    private final long sampleSections;
    private long totalFilings;
    private long visitedFilings;

    /** How many slots of {@link #ORDER} have been swept. */
    private int swept;

    /** The segments one thread counts, and their counts. */
    private record Share(Counts counts, List<Integer> leaves, List<LeafCount> counters) {}

    /**
     * A count by sample of the query itself. Phrases are matched by their positions here too: a
     * long phrase counted by its word pairs alone (tried on 2026-12-02) made "stock purchase
     * agreement" 22,990 sections for an exact 1,121 at 3M, and so look large enough to sample.
     */
    Sampling(IndexSearcher searcher, Query query, FacetTables.Reader table) throws IOException {
      this(searcher, query, table, APPROXIMATE_FROM, SAMPLE_SECTIONS);
    }

    /**
     * A count by sample that is {@link #large()} from {@code approximateFrom} estimated sections
     * and stops sampling at {@code sampleSections}.
     */
    Sampling(
        IndexSearcher searcher,
        Query query,
        FacetTables.Reader table,
        long approximateFrom,
        long sampleSections)
        throws IOException {
      this.searcher = searcher;
      this.timedOut = () -> searcher.getTimeout() != null && searcher.getTimeout().shouldExit();
      this.approximateFrom = approximateFrom;
      this.sampleSections = sampleSections;
      this.weight =
          searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      this.leaves = searcher.getIndexReader().leaves();
      int threads =
          Math.max(1, Math.min(leaves.size(), searcher.getSlices().length > 1 ? THREADS : 1));
      long[] load = new long[threads];
      for (int t = 0; t < threads; t++) {
        shares.add(new Share(new Counts(table), new ArrayList<>(), new ArrayList<>()));
      }
      // Largest segments first, each to the least loaded share.
      List<Integer> bySize = new ArrayList<>();
      for (int leaf = 0; leaf < leaves.size(); leaf++) {
        bySize.add(leaf);
        totalFilings += table.filingCount[leaf];
      }
      bySize.sort(
          Comparator.comparingInt((Integer l) -> leaves.get(l).reader().maxDoc()).reversed());
      for (int leaf : bySize) {
        int t = 0;
        for (int k = 1; k < threads; k++) {
          if (load[k] < load[t]) {
            t = k;
          }
        }
        load[t] += leaves.get(leaf).reader().maxDoc();
        Share share = shares.get(t);
        share.leaves.add(leaf);
        share.counters.add(new LeafCount(share.counts, table, leaf));
      }
      sweep(1);
    }

    /** Matching sections in the sample so far. */
    private long sections() {
      long n = 0;
      for (Share share : shares) {
        n += share.counts.sections;
      }
      return n;
    }

    /** Whether the first sweep estimates enough matching sections ({@link #APPROXIMATE_FROM}). */
    boolean large() {
      return sections() * SLOTS >= approximateFrom;
    }

    /** Sweeps the next {@code n} slots of {@link #ORDER}. */
    private void sweep(int n) throws IOException {
      int[] slots = Arrays.copyOfRange(ORDER, swept, swept + n);
      Arrays.sort(slots); // a bulk scorer visits its documents in order
      swept += n;
      List<Callable<Long>> tasks = new ArrayList<>();
      for (Share share : shares) {
        tasks.add(
            () -> {
              long filings = 0;
              for (int i = 0; i < share.leaves.size() && !timedOut.getAsBoolean(); i++) {
                LeafReaderContext ctx = leaves.get(share.leaves.get(i));
                filings +=
                    share
                        .counters
                        .get(i)
                        .sweep(weight.bulkScorer(ctx), ctx.reader().getLiveDocs(), slots, timedOut);
              }
              return filings;
            });
      }
      for (long filings : searcher.getTaskExecutor().invokeAll(tasks)) {
        visitedFilings += filings;
      }
    }

    /**
     * Samples on, sweeping as many more slots as the matches per slot so far say make a sample of
     * at least {@link #SAMPLE_SECTIONS} matches (again while a sweep falls short; every window when
     * none does), and scales the counts.
     */
    Counts finish() throws IOException {
      long found;
      while ((found = sections()) < sampleSections && swept < SLOTS && !timedOut.getAsBoolean()) {
        long wanted =
            found == 0 ? SLOTS : Math.ceilDiv(sampleSections * swept, found); // slots in all
        sweep((int) Math.min(SLOTS, Math.max(wanted, swept + 1)) - swept);
      }
      Counts c = merged();
      c.timedOut = timedOut.getAsBoolean();
      c.scale = visitedFilings == 0 ? 1 : (double) totalFilings / visitedFilings;
      return c;
    }

    /** Counts every window not yet visited: the counts are exact (unless timed out). */
    Counts finishExactly() throws IOException {
      sweep(SLOTS - swept);
      Counts c = merged();
      c.timedOut = timedOut.getAsBoolean();
      return c;
    }

    /** The shares' counts, added into the first share's. */
    private Counts merged() {
      Counts c = shares.get(0).counts;
      for (Share share : shares) {
        for (LeafCount lc : share.counters) {
          lc.finish();
        }
        if (share.counts != c) {
          c.add(share.counts);
        }
      }
      return c;
    }
  }

  /** The counting of one segment, kept across the sweeps. */
  private static final class LeafCount implements LeafCollector {
    private final Counts c;
    private final FacetTables.Segment seg;
    private final int[] docFiling;
    private final byte[] masks;
    private final int[] slots;
    private final int[] start;
    private final int[] counts;
    private final int[] windowStart;
    private int prevFiling = -1;
    private int mask;

    LeafCount(Counts c, FacetTables.Reader table, int leaf) {
      this.c = c;
      this.seg = table.segments[leaf];
      this.docFiling = seg.docFiling;
      this.masks = seg.bucketMask;
      this.slots = table.filingSlots[leaf];
      this.start = table.filingStart[leaf];
      this.counts = c.bySlot;
      this.windowStart = seg.windowStart;
    }

    /**
     * Visits the windows of the slots in {@code sweep}, block by block until {@code timedOut}.
     *
     * @return the filings in the windows visited
     */
    long sweep(BulkScorer scorer, Bits live, int[] sweep, BooleanSupplier timedOut)
        throws IOException {
      int windows = windowStart.length - 1;
      long filings = 0;
      for (int block = 0; block * SLOTS < windows && !timedOut.getAsBoolean(); block++) {
        for (int slot : sweep) {
          int w = block * SLOTS + slot;
          if (w >= windows) {
            continue;
          }
          int lo = windowStart[w];
          int hi = windowStart[w + 1];
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

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) {
      c.sections++;
      int filing = docFiling[doc];
      if (filing != prevFiling) {
        if (mask != 0) {
          addBuckets(c.buckets, mask);
          mask = 0;
        }
        prevFiling = filing;
        c.filings++;
        for (int k = start[filing], end = start[filing + 1]; k < end; k++) {
          counts[slots[k]]++;
        }
      }
      mask |= masks[doc];
    }

    @Override
    public void finish() {
      addBuckets(c.buckets, mask);
      mask = 0;
    }
  }

  private static void addBuckets(int[] buckets, int mask) {
    for (int m = mask; m != 0; m &= m - 1) {
      buckets[Integer.numberOfTrailingZeros(m)]++;
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
    int d = dim.ordinal();
    int size = counts.table.globalValueCount[d];
    int[] n =
        Arrays.copyOfRange(counts.bySlot, counts.table.offset[d], counts.table.offset[d] + size);
    int[] shown = foldSpellings(n, counts.table.sameName[d]);
    // Each value counted as one number that sorts as the values are shown, last first: years by
    // ordinal (newest last), others by count, ties by ordinal (global ordinals follow the values'
    // sort order, so ties by value are ties by ordinal).
    boolean byYear = dim == FacetDimension.YEAR;
    long[] keys = new long[size];
    int m = 0;
    for (int ord = 0; ord < size; ord++) {
      if (n[ord] > 0) {
        keys[m++] = byYear ? ord : ((long) n[ord] << 32) | (Integer.MAX_VALUE - ord);
      }
    }
    Arrays.sort(keys, 0, m);
    List<Integer> ords = new ArrayList<>(Math.min(m, dim.limit()));
    for (int i = m - 1; i >= 0 && ords.size() < dim.limit(); i--) {
      ords.add(byYear ? (int) keys[i] : Integer.MAX_VALUE - (int) keys[i]);
    }
    List<Integer> display = new ArrayList<>(ords.size());
    for (int ord : ords) {
      display.add(shown == null ? ord : shown[ord]);
    }
    List<String> names = counts.table.values(dim, display);
    for (int i = 0; i < ords.size(); i++) {
      out.add(
          keywordValue(
              dim, names.get(i), (int) counts.scaled(n[ords.get(i)]), counts.table.companies));
    }
    return out;
  }

  /**
   * Counts the spellings of one name as one value: adds each spelling's count to the name's first
   * spelling ({@code sameName}, see {@link FacetTables.Reader#sameName}) and clears its own.
   *
   * @param n count per global ordinal, folded in place
   * @param sameName the first ordinal of each ordinal's name, or null when every value is its own
   * @return per first spelling, the spelling to show (the one of most filings, ties by the first in
   *     sort order); null when nothing was folded
   */
  private static int[] foldSpellings(int[] n, int[] sameName) {
    if (sameName == null) {
      return null;
    }
    int[] own = n.clone();
    int[] shown = new int[n.length];
    for (int ord = 0; ord < n.length; ord++) {
      shown[ord] = ord;
    }
    for (int ord = 0; ord < n.length; ord++) {
      int first = sameName[ord];
      if (first != ord && own[ord] > 0) {
        n[first] += own[ord];
        n[ord] = 0;
        if (own[ord] > own[shown[first]]) {
          shown[first] = ord;
        }
      }
    }
    return shown;
  }

  /** A keyword dimension's value as shown, from the value indexed and its count of filings. */
  static FacetValue keywordValue(
      FacetDimension dim, String indexed, int count, CompanyTable companies) {
    String value = indexed;
    if (dim == FacetDimension.COMPANY) {
      // The filer, shown (and chosen again) by its own spelling: a filter on it finds the filer.
      value = companies.label(value);
    }
    String label = dim == FacetDimension.ITEM ? Items.title(value).orElse(value) : value;
    return new FacetValue(value, label, count, null, null);
  }
}
