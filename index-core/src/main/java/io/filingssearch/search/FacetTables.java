package io.filingssearch.search;

import io.filingssearch.internal.CompanyNames;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Facet values laid out for counting per filing, read once per segment instead of once per search.
 *
 * <p>A filing's sections are one contiguous block of a segment and all carry the filing's item,
 * partner, company, form and year. For each segment this keeps which filing every document belongs
 * to, the values of each filing (segment ordinals, one flat array per dimension) and a bit mask of
 * the amount buckets of every section. Counting a search's matches is then array lookups: no doc
 * values iterators, no strings. Values are merged across segments through global ordinals ({@link
 * OrdinalMap}), so only the values shown are ever turned into text.
 *
 * <p>Segment tables depend on a segment's documents only (not on its deletions), so they are kept
 * per segment core and survive refreshes; a table is dropped when its segment closes.
 */
final class FacetTables {
  /**
   * The dimensions read from sorted-set doc values. Per-dimension arrays below are indexed by
   * {@link FacetDimension#ordinal()}; the slots of other dimensions stay empty.
   */
  static final List<FacetDimension> KEYWORD_DIMS =
      Arrays.stream(FacetDimension.values()).filter(FacetDimension::isKeyword).toList();

  /** The length of per-dimension arrays. */
  static final int SLOTS = FacetDimension.values().length;

  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();
  private final Map<IndexReader.CacheKey, Reader> readers = new ConcurrentHashMap<>();

  /** One segment's table. */
  static final class Segment {
    /** Filing number (within the segment) of each document. */
    final int[] docFiling;

    /** Per dimension: the values of filing f are {@code ords[d][start[d][f] .. start[d][f+1])}. */
    final int[][] start;

    final int[][] ords;

    /** Per dimension: how many distinct values the segment has. */
    final int[] valueCount;

    /** Per document: bit b set when one of the section's amounts is in bucket b. */
    final byte[] bucketMask;

    /** Per company identity, how many of the segment's filings spell its name each way. */
    final Map<String, Map<String, Integer>> spellings;

    /**
     * Where each counting window starts: window w is the documents {@code windowStart[w] ..
     * windowStart[w+1])}, from the first filing that starts at or after {@code w} times {@link
     * FacetCounter#WINDOW} (a filing is never cut); the last entry is the segment's end.
     */
    final int[] windowStart;

    Segment(
        int[] docFiling,
        int[][] start,
        int[][] ords,
        int[] valueCount,
        byte[] bucketMask,
        Map<String, Map<String, Integer>> spellings) {
      this.docFiling = docFiling;
      this.start = start;
      this.ords = ords;
      this.valueCount = valueCount;
      this.bucketMask = bucketMask;
      this.spellings = spellings;
      int maxDoc = docFiling.length;
      this.windowStart = new int[Math.ceilDiv(maxDoc, FacetCounter.WINDOW) + 1];
      for (int w = 0; w < windowStart.length; w++) {
        int d = (int) Math.min(maxDoc, (long) w * FacetCounter.WINDOW);
        while (d > 0 && d < maxDoc && docFiling[d] == docFiling[d - 1]) {
          d++;
        }
        windowStart[w] = d;
      }
    }
  }

  /** A top-level reader's tables: its segments' and the global ordinals of each dimension. */
  static final class Reader {
    final List<LeafReaderContext> leaves;
    final Segment[] segments;

    /** Per dimension; null when the reader has at most one segment (segment ords are global). */
    final OrdinalMap[] ordinalMaps;

    final int[] globalValueCount;

    /** The companies of the index: how each is shown, and which a filter value names. */
    final CompanyTable companies;

    /**
     * Where each keyword dimension's counts start in one array of all their values (by dimension
     * ordinal), and that array's length: a value's slot is its dimension's offset plus its global
     * ordinal.
     */
    final int[] offset = new int[SLOTS];

    final int slotCount;

    /**
     * Per segment: the slots of every filing's values, all dimensions together, so that counting a
     * filing is one run of one array: filing f's are {@code filingSlots[leaf][filingStart[leaf][f]
     * .. filingStart[leaf][f+1])}.
     */
    final int[][] filingSlots;

    final int[][] filingStart;

    /** Per segment: its filings (the last section's filing number plus one). */
    final int[] filingCount;

    /**
     * Per dimension (partners only): the first global ordinal of each value's name, so that
     * spellings of one name ({@link CompanyNames#key}) are one facet value; null when every value
     * is its own name.
     */
    final int[][] sameName = new int[SLOTS][];

    Reader(
        List<LeafReaderContext> leaves,
        Segment[] segments,
        OrdinalMap[] ordinalMaps,
        int[] globalValueCount)
        throws IOException {
      this.leaves = leaves;
      this.segments = segments;
      this.ordinalMaps = ordinalMaps;
      this.globalValueCount = globalValueCount;
      int slots = 0;
      for (FacetDimension dim : KEYWORD_DIMS) {
        offset[dim.ordinal()] = slots;
        slots += globalValueCount[dim.ordinal()];
      }
      this.slotCount = slots;
      this.filingSlots = new int[segments.length][];
      this.filingStart = new int[segments.length][];
      this.filingCount = new int[segments.length];
      for (int leaf = 0; leaf < segments.length; leaf++) {
        Segment seg = segments[leaf];
        int maxDoc = seg.docFiling.length;
        int filings = maxDoc == 0 ? 0 : seg.docFiling[maxDoc - 1] + 1;
        filingCount[leaf] = filings;
        LongValues[] toGlobal = new LongValues[SLOTS];
        int total = 0;
        for (FacetDimension dim : KEYWORD_DIMS) {
          toGlobal[dim.ordinal()] = toGlobal(dim, leaf);
          total += seg.ords[dim.ordinal()].length;
        }
        int[] all = new int[total];
        int[] start = new int[filings + 1];
        int n = 0;
        for (int f = 0; f < filings; f++) {
          start[f] = n;
          for (FacetDimension dim : KEYWORD_DIMS) {
            int d = dim.ordinal();
            for (int k = seg.start[d][f]; k < seg.start[d][f + 1]; k++) {
              all[n++] = offset[d] + (int) toGlobal[d].get(seg.ords[d][k]);
            }
          }
        }
        start[filings] = n;
        filingSlots[leaf] = all;
        filingStart[leaf] = start;
      }
      sameName[FacetDimension.PARTNER.ordinal()] = sameName(FacetDimension.PARTNER);
      List<Map<String, Map<String, Integer>>> all = new java.util.ArrayList<>();
      for (Segment s : segments) {
        all.add(s.spellings);
      }
      this.companies = CompanyTable.of(all);
    }

    /** For each global ordinal of a dimension, the first one with the same name; or null. */
    private int[] sameName(FacetDimension dim) throws IOException {
      int count = globalValueCount[dim.ordinal()];
      List<Integer> ords = new java.util.ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ords.add(i);
      }
      List<String> values = values(dim, ords);
      Map<String, Integer> first = new java.util.HashMap<>();
      int[] to = new int[count];
      boolean merged = false;
      for (int i = 0; i < count; i++) {
        Integer f = first.putIfAbsent(CompanyNames.key(values.get(i)), i);
        to[i] = f == null ? i : f;
        merged |= f != null;
      }
      return merged ? to : null;
    }

    /** Maps segment {@code leaf}'s ordinals of a dimension to global ones. */
    LongValues toGlobal(FacetDimension dim, int leaf) {
      OrdinalMap map = ordinalMaps[dim.ordinal()];
      return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
    }

    /**
     * The values of global ordinals of a dimension, in their order: each segment's doc values are
     * opened once for all of them, not once per value.
     */
    List<String> values(FacetDimension dim, List<Integer> globalOrds) throws IOException {
      int d = dim.ordinal();
      SortedSetDocValues[] opened = new SortedSetDocValues[leaves.size()];
      List<String> out = new java.util.ArrayList<>(globalOrds.size());
      for (int globalOrd : globalOrds) {
        int leaf = 0;
        long ord = globalOrd;
        if (ordinalMaps[d] != null) {
          leaf = ordinalMaps[d].getFirstSegmentNumber(globalOrd);
          ord = ordinalMaps[d].getFirstSegmentOrd(globalOrd);
        }
        // Fresh doc values for this call: lookups may run on several threads at once.
        if (opened[leaf] == null) {
          opened[leaf] = leaves.get(leaf).reader().getSortedSetDocValues(dim.field());
        }
        out.add(opened[leaf].lookupOrd(ord).utf8ToString());
      }
      return out;
    }
  }

  /**
   * The tables of a top-level reader, built on first use; the searcher factory asks before a new
   * reader is published, so that searches find them built.
   */
  Reader of(IndexReader reader) throws IOException {
    return cached(readers, reader.getReaderCacheHelper(), () -> build(reader));
  }

  private interface Builder<T> {
    T build() throws IOException;
  }

  /** What {@code cache} holds for a reader, built and kept until the reader closes. */
  private static <T> T cached(
      Map<IndexReader.CacheKey, T> cache, IndexReader.CacheHelper helper, Builder<T> builder)
      throws IOException {
    if (helper == null) {
      return builder.build();
    }
    T value = cache.get(helper.getKey());
    if (value == null) {
      value = builder.build();
      T raced = cache.putIfAbsent(helper.getKey(), value);
      if (raced != null) {
        return raced;
      }
      helper.addClosedListener(cache::remove);
    }
    return value;
  }

  private Reader build(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Segment[] segs = new Segment[leaves.size()];
    for (int i = 0; i < segs.length; i++) {
      segs[i] = segment(leaves.get(i).reader());
    }
    OrdinalMap[] maps = new OrdinalMap[SLOTS];
    int[] counts = new int[SLOTS];
    for (FacetDimension dim : KEYWORD_DIMS) {
      int d = dim.ordinal();
      if (leaves.size() <= 1) {
        counts[d] = segs.length == 0 ? 0 : segs[0].valueCount[d];
        continue;
      }
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      for (int i = 0; i < values.length; i++) {
        SortedSetDocValues v = leaves.get(i).reader().getSortedSetDocValues(dim.field());
        values[i] = v == null ? DocValues.emptySortedSet() : v;
      }
      IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
      maps[d] =
          OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
      counts[d] = Math.toIntExact(maps[d].getValueCount());
    }
    return new Reader(leaves, segs, maps, counts);
  }

  private Segment segment(LeafReader reader) throws IOException {
    return cached(segments, reader.getCoreCacheHelper(), () -> readSegment(reader));
  }

  private Segment readSegment(LeafReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    int dims = SLOTS;
    SortedSetDocValues ids = reader.getSortedSetDocValues(Fields.FILING_ID);
    SortedSetDocValues[] dv = new SortedSetDocValues[dims];
    int[] valueCount = new int[dims];
    IntList[] ords = new IntList[dims];
    IntList[] start = new IntList[dims];
    for (int d = 0; d < dims; d++) {
      FacetDimension dim = FacetDimension.values()[d];
      dv[d] = dim.isKeyword() ? reader.getSortedSetDocValues(dim.field()) : null;
      valueCount[d] = dv[d] == null ? 0 : Math.toIntExact(dv[d].getValueCount());
      ords[d] = new IntList();
      start[d] = new IntList();
    }
    SortedNumericDocValues amounts =
        reader.getSortedNumericDocValues(FacetDimension.AMOUNT.field());
    SortedSetDocValues spelling = reader.getSortedSetDocValues(Fields.COMPANY_SPELLING);
    Map<String, Map<String, Integer>> spellings = new java.util.HashMap<>();
    int[] spellingFilings = new int[spelling == null ? 0 : (int) spelling.getValueCount()];
    int[] docFiling = new int[maxDoc];
    byte[] mask = new byte[maxDoc];
    long prevId = -2;
    int filing = -1;
    for (int doc = 0; doc < maxDoc; doc++) {
      long id = ids != null && ids.advanceExact(doc) ? ids.nextOrd() : -1;
      if (id != prevId || id < 0) {
        // The first section of a filing: its filing-level values.
        prevId = id;
        filing++;
        for (int d = 0; d < dims; d++) {
          start[d].add(ords[d].size);
          if (dv[d] != null && dv[d].advanceExact(doc)) {
            for (int k = 0; k < dv[d].docValueCount(); k++) {
              ords[d].add((int) dv[d].nextOrd());
            }
          }
        }
        if (spelling != null && spelling.advanceExact(doc)) {
          // Counted by ordinal here, looked up as text once per distinct spelling below.
          spellingFilings[(int) spelling.nextOrd()]++;
        }
      }
      docFiling[doc] = filing;
      if (amounts != null && amounts.advanceExact(doc)) {
        int m = 0;
        for (int k = 0; k < amounts.docValueCount(); k++) {
          int b = AmountBuckets.indexOf(amounts.nextValue());
          if (b >= 0) {
            m |= 1 << b;
          }
        }
        mask[doc] = (byte) m;
      }
    }
    for (int ord = 0; ord < spellingFilings.length; ord++) {
      if (spellingFilings[ord] > 0) {
        String v = spelling.lookupOrd(ord).utf8ToString();
        int sep = v.indexOf(DocumentMapper.SPELLING_SEPARATOR);
        if (sep > 0) {
          spellings
              .computeIfAbsent(v.substring(0, sep), k -> new java.util.HashMap<>())
              .merge(v.substring(sep + 1), spellingFilings[ord], Integer::sum);
        }
      }
    }
    int[][] startArr = new int[dims][];
    int[][] ordArr = new int[dims][];
    for (int d = 0; d < dims; d++) {
      start[d].add(ords[d].size);
      startArr[d] = start[d].toArray();
      ordArr[d] = ords[d].toArray();
    }
    return new Segment(docFiling, startArr, ordArr, valueCount, mask, spellings);
  }

  /** A growable int array. */
  private static final class IntList {
    int[] a = new int[64];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }
  }
}
