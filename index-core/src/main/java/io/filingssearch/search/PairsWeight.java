package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.ArrayUtil;

/**
 * The phrase read from its pairs alone, in one of two ways. Counted ({@code offsets} null): the
 * sections holding all of its pairs, scored as if the phrase occurred as often as the least
 * frequent of the pairs {@code counted}. By positions: the sections where its pairs stand one after
 * another at {@code offsets} (each pair's first word from the first pair's), scored by how often
 * they do. Either way with the body's length norm and the phrase's statistics, as Lucene scores the
 * phrase. In a segment whose pairs do not keep what it needs, the phrase itself.
 */
final class PairsWeight extends Weight {
  private final PairedPhraseQuery query;
  private final IndexSearcher searcher;
  private final ScoreMode scoreMode;
  private final float boost;
  private final SimScorer sim;
  private final int[] counted;
  private final int[] offsets;
  private final float maxScore;

  /** The phrase's own weight, made when a segment, an explanation or a match needs it. */
  private volatile Weight exact;

  PairsWeight(
      PairedPhraseQuery query,
      IndexSearcher searcher,
      ScoreMode scoreMode,
      float boost,
      SimScorer sim,
      List<Integer> counted,
      int[] offsets) {
    super(query);
    this.query = query;
    this.searcher = searcher;
    this.scoreMode = scoreMode;
    this.boost = boost;
    this.sim = sim;
    this.counted = counted.stream().mapToInt(Integer::intValue).toArray();
    this.offsets = offsets;
    float max = sim == null ? 1f : sim.score(Float.MAX_VALUE, 1L);
    this.maxScore = Float.isFinite(max) ? max : Float.MAX_VALUE;
  }

  @Override
  public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
    LeafReader reader = context.reader();
    if (!readsPairs(context)) {
      return exact().scorerSupplier(context);
    }
    Terms terms = reader.terms(Fields.BODY_PAIRS);
    if (terms == null) {
      return null;
    }
    TermsEnum te = terms.iterator();
    List<PostingsEnum> postings = new ArrayList<>();
    for (Term t : query.pairs()) {
      if (!te.seekExact(t.bytes())) {
        return null;
      }
      postings.add(
          te.postings(null, offsets == null ? PostingsEnum.FREQS : PostingsEnum.POSITIONS));
    }
    DocIdSetIterator it =
        postings.size() == 1 ? postings.get(0) : ConjunctionUtils.intersectIterators(postings);
    NumericDocValues norms = reader.getNormValues(query.phrase().getField());
    Scorer scorer;
    if (offsets == null) {
      PostingsEnum[] counts = new PostingsEnum[counted.length];
      for (int i = 0; i < counted.length; i++) {
        counts[i] = postings.get(counted[i]);
      }
      Freq rarest =
          () -> {
            int f = Integer.MAX_VALUE;
            for (PostingsEnum p : counts) {
              f = Math.min(f, p.freq());
            }
            return f;
          };
      scorer = new PairsScorer(it, null, rarest, norms, sim, maxScore);
    } else {
      boolean all = scoreMode.needsScores();
      var matcher = new PairPositions(it, postings.toArray(PostingsEnum[]::new), offsets, all);
      scorer = new PairsScorer(it, matcher, () -> matcher.freq, norms, sim, maxScore);
    }
    // Its cost is its iterator's: the rarest pair's count, as the conjunction tells.
    return new DefaultScorerSupplier(scorer);
  }

  @Override
  public Explanation explain(LeafReaderContext context, int doc) throws IOException {
    if (!readsPairs(context)) {
      return exact().explain(context, doc);
    }
    Scorer s = matching(context, doc);
    if (s == null) {
      return Explanation.noMatch(query + ": its word pairs do not make the phrase here");
    }
    float score = s.score();
    return Explanation.match(
        score,
        query
            + (offsets == null
                ? ": scored from the counts of its word pairs"
                : ": its word pairs one after another, scored by how often they are"));
  }

  /** Whether a segment's pairs keep what this weight reads (else it is the phrase's own). */
  private boolean readsPairs(LeafReaderContext context) {
    FieldInfo info = context.reader().getFieldInfos().fieldInfo(Fields.BODY_PAIRS);
    IndexOptions needs =
        offsets == null ? IndexOptions.DOCS_AND_FREQS : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
    return info != null && info.getIndexOptions().compareTo(needs) >= 0;
  }

  /** This weight's scorer positioned on {@code doc} when it matches there, else null. */
  private Scorer matching(LeafReaderContext context, int doc) throws IOException {
    ScorerSupplier supplier = scorerSupplier(context);
    if (supplier == null) {
      return null;
    }
    Scorer s = supplier.get(1);
    TwoPhaseIterator two = s.twoPhaseIterator();
    if (two == null) {
      return s.iterator().advance(doc) == doc ? s : null;
    }
    return two.approximation().advance(doc) == doc && two.matches() ? s : null;
  }

  @Override
  public Matches matches(LeafReaderContext context, int doc) throws IOException {
    if (readsPairs(context) && matching(context, doc) == null) {
      return null;
    }
    return exact().matches(context, doc);
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false; // scored: never cached by Lucene's query cache anyway
  }

  private Weight exact() throws IOException {
    Weight w = exact;
    if (w == null) {
      w = query.exactWeight(searcher, scoreMode, boost);
      exact = w;
    }
    return w;
  }

  /**
   * The phrase's scorer as Lucene's phrase query makes it: the similarity over the body's
   * statistics and those of each of its words found in the index; null when none is.
   */
  static SimScorer phraseScorer(IndexSearcher searcher, PhraseQuery phrase, float boost)
      throws IOException {
    List<TermStatistics> stats = new ArrayList<>();
    for (Term t : phrase.getTerms()) {
      TermStates states = TermStates.build(searcher, t, true);
      if (states.docFreq() > 0) {
        stats.add(searcher.termStatistics(t, states.docFreq(), states.totalTermFreq()));
      }
    }
    CollectionStatistics body = searcher.collectionStatistics(phrase.getField());
    if (stats.isEmpty() || body == null) {
      return null;
    }
    return searcher.getSimilarity().scorer(boost, body, stats.toArray(TermStatistics[]::new));
  }

  /**
   * Whether a section's pairs stand one after another at the phrase's offsets, and how often: each
   * pair's positions read (a pair occurs a few times in a section, where its words occur many), and
   * matched from the first pair's.
   */
  private static final class PairPositions extends TwoPhaseIterator {
    private final PostingsEnum[] pairs;
    private final int[] offsets;
    private final boolean all;
    private int[][] positions;
    private final int[] freqs;
    private final int[] at;

    /** How often the phrase occurs in the section last matched (at least once). */
    int freq;

    PairPositions(
        DocIdSetIterator approximation, PostingsEnum[] pairs, int[] offsets, boolean all) {
      super(approximation);
      this.pairs = pairs;
      this.offsets = offsets;
      this.all = all;
      this.positions = new int[pairs.length][8];
      this.freqs = new int[pairs.length];
      this.at = new int[pairs.length];
    }

    @Override
    public boolean matches() throws IOException {
      for (int i = 0; i < pairs.length; i++) {
        int f = pairs[i].freq();
        if (positions[i].length < f) {
          positions[i] = new int[ArrayUtil.oversize(f, Integer.BYTES)];
        }
        int[] p = positions[i];
        for (int j = 0; j < f; j++) {
          p[j] = pairs[i].nextPosition();
        }
        freqs[i] = f;
        at[i] = 0;
      }
      int count = 0;
      lead:
      for (int j = 0; j < freqs[0]; j++) {
        int start = positions[0][j];
        for (int i = 1; i < pairs.length; i++) {
          int want = start + offsets[i];
          int k = at[i];
          int[] p = positions[i];
          while (k < freqs[i] && p[k] < want) {
            k++;
          }
          at[i] = k;
          if (k == freqs[i]) {
            break lead; // this pair has no occurrence left this far on
          }
          if (p[k] != want) {
            continue lead;
          }
        }
        count++;
        if (!all) {
          break;
        }
      }
      freq = count;
      return count > 0;
    }

    @Override
    public float matchCost() {
      return 4f * pairs.length;
    }
  }

  /** How often the phrase occurs in the section a scorer is on, as its pairs tell. */
  @FunctionalInterface
  private interface Freq {
    int freq() throws IOException;
  }

  /**
   * Scores a section from how often its pairs say the phrase occurs and its body's length (see
   * {@link PairsWeight}): by their positions, when a matcher is given, or by their counts.
   */
  private static final class PairsScorer extends Scorer {
    private final DocIdSetIterator it;
    private final TwoPhaseIterator matcher;
    private final Freq freq;
    private final NumericDocValues norms;
    private final SimScorer sim;
    private final float maxScore;

    PairsScorer(
        DocIdSetIterator approximation,
        TwoPhaseIterator matcher,
        Freq freq,
        NumericDocValues norms,
        SimScorer sim,
        float maxScore) {
      this.it = matcher == null ? approximation : TwoPhaseIterator.asDocIdSetIterator(matcher);
      this.matcher = matcher;
      this.freq = freq;
      this.norms = norms;
      this.sim = sim;
      this.maxScore = maxScore;
    }

    @Override
    public int docID() {
      return it.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return it;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return matcher;
    }

    @Override
    public float getMaxScore(int upTo) {
      return maxScore;
    }

    @Override
    public float score() throws IOException {
      if (sim == null) {
        return 1f;
      }
      long norm = 1L;
      if (norms != null && norms.advanceExact(it.docID())) {
        norm = norms.longValue();
      }
      return sim.score(freq.freq(), norm);
    }
  }
}
