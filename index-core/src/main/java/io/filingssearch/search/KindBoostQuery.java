package io.filingssearch.search;

import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

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
        float[] kinds = boosts(ctx.reader());
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new Boosted(s.get(leadCost), kinds, boost);
          }

          @Override
          public BulkScorer bulkScorer() throws IOException {
            // The inner query's own bulk scorer (for a disjunction, Lucene's MaxScore scorer,
            // twice as fast at 1M as a WAND scorer under a wrapping scorer), its scores boosted
            // as the collector reads them.
            BulkScorer bulk = s.bulkScorer();
            return new BulkScorer() {
              @Override
              public int score(LeafCollector collector, Bits acceptDocs, int min, int max)
                  throws IOException {
                return bulk.score(new Boosting(collector, kinds, boost), acceptDocs, min, max);
              }

              @Override
              public long cost() {
                return bulk.cost();
              }
            };
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
      public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
        Explanation e = inner.explain(ctx, doc);
        if (!e.isMatch()) {
          return e;
        }
        float kind = boosts(ctx.reader())[doc];
        return Explanation.match(
            boosted(e.getValue().floatValue(), kind, boost),
            "score times the section's kind boost " + kind + " and the query's boost " + boost,
            e);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /**
   * Each segment's kind boosts, one per section (1 where a section has none), read once from its
   * doc values and kept until the segment closes: every scored match needs its boost, and an array
   * is read faster than doc values decoded match by match (6 % of a loaded server's CPU at 1M).
   */
  private static final Map<IndexReader.CacheKey, float[]> BOOSTS = new ConcurrentHashMap<>();

  private static float[] boosts(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader);
    }
    float[] kinds = BOOSTS.get(helper.getKey());
    if (kinds == null) {
      kinds = read(reader);
      float[] raced = BOOSTS.putIfAbsent(helper.getKey(), kinds);
      if (raced != null) {
        return raced;
      }
      helper.addClosedListener(BOOSTS::remove);
    }
    return kinds;
  }

  private static float[] read(LeafReader reader) throws IOException {
    float[] kinds = new float[reader.maxDoc()];
    Arrays.fill(kinds, 1f);
    NumericDocValues dv = reader.getNumericDocValues(Fields.KIND_BOOST);
    if (dv != null) {
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        kinds[doc] = Float.intBitsToFloat((int) dv.longValue());
      }
    }
    return kinds;
  }

  /** The inner scorer's score times the kind boost; its bounds scaled by the largest boost. */
  private static final class Boosted extends FilterScorer {
    private final float[] kinds;
    private final float boost;

    Boosted(Scorer in, float[] kinds, float boost) {
      super(in);
      this.kinds = kinds;
      this.boost = boost;
    }

    @Override
    public float score() throws IOException {
      return boosted(in.score(), kinds[docID()], boost);
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
      in.setMinCompetitiveScore(innerMinimum(minScore, boost));
    }
  }

  /** A score times a section's kind boost and the query's boost. */
  private static float boosted(float score, float kind, float boost) {
    double factor = score * (double) kind;
    return factor >= 0 ? (float) (factor * boost) : 0f;
  }

  /** The inner score a boosted score of {@code minScore} needs at least. */
  private static float innerMinimum(float minScore, float boost) {
    // A section's score is its text score times at most the largest boost.
    return Math.nextDown(minScore / (DocumentMapper.MAX_KIND_BOOST * Math.max(boost, 1e-6f)));
  }

  /** Passes the collected sections on, their scores boosted when the collector reads them. */
  private static final class Boosting implements LeafCollector {
    private final LeafCollector in;
    private final float[] kinds;
    private final float boost;
    private int doc = -1;

    Boosting(LeafCollector in, float[] kinds, float boost) {
      this.in = in;
      this.kinds = kinds;
      this.boost = boost;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      in.setScorer(
          new Scorable() {
            @Override
            public float score() throws IOException {
              return boosted(scorer.score(), kinds[doc], boost);
            }

            @Override
            public void setMinCompetitiveScore(float minScore) throws IOException {
              scorer.setMinCompetitiveScore(innerMinimum(minScore, boost));
            }

            @Override
            public Collection<ChildScorable> getChildren() {
              return List.of(new ChildScorable(scorer, "MUST"));
            }
          });
    }

    @Override
    public void collect(int doc) throws IOException {
      this.doc = doc;
      in.collect(doc);
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return in.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      in.finish();
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
