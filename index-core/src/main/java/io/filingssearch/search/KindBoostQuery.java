package io.filingssearch.search;

import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A query's score times its section's kind boost ({@link Fields#KIND_BOOST}): the score Lucene's
 * {@code FunctionScoreQuery.boostByValue} gives, but with the bound a boost of at most {@link
 * DocumentMapper#MAX_KIND_BOOST} puts on it passed on, so that Lucene can skip the sections that
 * cannot enter the page (block-max WAND) instead of scoring every match.
 */
final class KindBoostQuery extends Query {
  private final Query in;

  KindBoostQuery(Query in) {
    this.in = Objects.requireNonNull(in);
  }

  /** The query whose score is boosted. */
  Query in() {
    return in;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query r = in.rewrite(searcher);
    return r == in ? this : new KindBoostQuery(r);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, 1f);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
        ScorerSupplier s = in.scorerSupplier(ctx);
        if (s == null) {
          return null;
        }
        NumericDocValues kinds = ctx.reader().getNumericDocValues(Fields.KIND_BOOST);
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new Boosted(s.get(leadCost), kinds, boost);
          }

          @Override
          public long cost() {
            return s.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            s.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /** The inner scorer's score times the kind boost; its bounds scaled by the largest boost. */
  private static final class Boosted extends FilterScorer {
    private final NumericDocValues kinds;
    private final float boost;

    Boosted(Scorer in, NumericDocValues kinds, float boost) {
      super(in);
      this.kinds = kinds;
      this.boost = boost;
    }

    @Override
    public float score() throws IOException {
      double score = in.score();
      if (kinds != null && kinds.advanceExact(docID())) {
        double factor = score * Float.intBitsToFloat((int) kinds.longValue());
        return factor >= 0 ? (float) (factor * boost) : 0f;
      }
      return score >= 0 ? (float) (score * boost) : 0f;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      float max = in.getMaxScore(upTo) * DocumentMapper.MAX_KIND_BOOST * boost;
      return Math.nextUp(max);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // A section's score is its text score times at most the largest boost.
      in.setMinCompetitiveScore(
          Math.nextDown(minScore / (DocumentMapper.MAX_KIND_BOOST * Math.max(boost, 1e-6f))));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "kindBoost(" + in.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && in.equals(((KindBoostQuery) other).in);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + in.hashCode();
  }
}
