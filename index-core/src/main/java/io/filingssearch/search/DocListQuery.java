package io.filingssearch.search;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches the sections of a list of hits of one reader (their document numbers), all with one
 * score: a filter that lets a query be searched again among a few sections only.
 */
final class DocListQuery extends Query {
  /** The sections, by their number in the whole reader, ascending and each once. */
  private final int[] docs;

  DocListQuery(ScoreDoc[] hits) {
    this.docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().distinct().toArray();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        int base = context.docBase;
        int from = firstAtLeast(base);
        int to = firstAtLeast(base + context.reader().maxDoc());
        if (from == to) {
          return null;
        }
        var scorer = new ConstantScoreScorer(score(), scoreMode, new Listed(docs, from, to, base));
        return new DefaultScorerSupplier(scorer);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /** The index in {@link #docs} of the first number at least {@code doc}. */
  private int firstAtLeast(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i >= 0 ? i : -i - 1;
  }

  /** The listed sections of one segment, as its own document numbers. */
  private static final class Listed extends DocIdSetIterator {
    private final int[] docs;
    private final int from;
    private final int to;
    private final int base;
    private int i;
    private int doc = -1;

    Listed(int[] docs, int from, int to, int base) {
      this.docs = docs;
      this.from = from;
      this.to = to;
      this.base = base;
      this.i = from;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      doc = i < to ? docs[i++] - base : NO_MORE_DOCS;
      return doc;
    }

    @Override
    public int advance(int target) {
      while (i < to && docs[i] - base < target) {
        i++;
      }
      return nextDoc();
    }

    @Override
    public long cost() {
      return to - from;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "sections" + Arrays.toString(docs);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && Arrays.equals(docs, ((DocListQuery) other).docs);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + Arrays.hashCode(docs);
  }
}
