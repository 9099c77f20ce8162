package io.filingssearch.search;

import io.filingssearch.filing.Items;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Counts each facet value once per filing, and picks the values a result shows.
 *
 * <p>A filing's sections are added as one block, so they sit next to each other in one segment, and
 * every section carries its filing's item, partner, company, form and year: those are counted once,
 * at the first matching section of each filing, from the segment's {@link FacetTables}. Amounts
 * belong to sections: the buckets of a filing's matching sections are OR-ed and each counted once
 * per filing. Stateless.
 */
final class FacetCounter {
  private FacetCounter() {}

  /** Facet counts in distinct filings (by global ordinal), and the totals. */
  static final class Counts {
    final FacetTables.Reader table;

    /** Per dimension (by ordinal; keyword dimensions only): count per global ordinal. */
    final int[][] byDim = new int[FacetTables.SLOTS][];

    final int[] buckets = new int[AmountBuckets.ALL.size()];
    long sections;
    long filings;

    Counts(FacetTables.Reader table) {
      this.table = table;
      for (FacetDimension dim : FacetTables.KEYWORD_DIMS) {
        byDim[dim.ordinal()] = new int[table.globalValueCount[dim.ordinal()]];
      }
    }
  }

  /** Counts the matches a collector gathered, with the tables of the reader it searched. */
  static Counts count(FacetsCollector fc, FacetTables.Reader table) throws IOException {
    Counts c = new Counts(table);
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      c.sections += md.totalHits();
      if (md.totalHits() == 0) {
        continue;
      }
      int leaf = md.context().ord;
      FacetTables.Segment seg = table.segments[leaf];
      int[] docFiling = seg.docFiling;
      byte[] masks = seg.bucketMask;
      int[][] segCounts = new int[FacetTables.SLOTS][];
      for (FacetDimension dim : FacetTables.KEYWORD_DIMS) {
        segCounts[dim.ordinal()] = new int[seg.valueCount[dim.ordinal()]];
      }
      int prevFiling = -1;
      int mask = 0;
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int filing = docFiling[doc];
        if (filing != prevFiling) {
          addBuckets(c.buckets, mask);
          mask = 0;
          prevFiling = filing;
          c.filings++;
          for (FacetDimension dim : FacetTables.KEYWORD_DIMS) {
            int d = dim.ordinal();
            int[] ords = seg.ords[d];
            int[] counts = segCounts[d];
            for (int k = seg.start[d][filing], end = seg.start[d][filing + 1]; k < end; k++) {
              counts[ords[k]]++;
            }
          }
        }
        mask |= masks[doc];
      }
      addBuckets(c.buckets, mask);
      for (FacetDimension dim : FacetTables.KEYWORD_DIMS) {
        LongValues toGlobal = table.toGlobal(dim, leaf);
        int[] counts = segCounts[dim.ordinal()];
        int[] global = c.byDim[dim.ordinal()];
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            global[(int) toGlobal.get(ord)] += counts[ord];
          }
        }
      }
    }
    return c;
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
                  bucket.value(), bucket.label(), counts.buckets[b], bucket.from(), bucket.to()));
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
      out.add(keywordValue(dim, counts.table.value(dim, ord), n[ord], counts.table.companies));
    }
    return out;
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
