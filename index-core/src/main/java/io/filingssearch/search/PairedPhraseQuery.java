package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import io.filingssearch.internal.PhrasePairs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * An exact phrase on the stemmed body read from the word pairs where the index has them ({@link
 * PhrasePairs#indexed}); on any other index it is the phrase. Where the pairs keep their positions
 * (an index built since 2026-12-03), a phrase each of whose neighbouring words make a pair is
 * matched by its pairs standing one after another, and scored by how often they do, as Lucene
 * scores the phrase (the phrase's statistics and the body's length); a two-word phrase is its pair,
 * scored from the pair's count. Where the pairs keep documents only, the phrase first narrows its
 * candidates to the sections holding its pairs, so that its words' positions are read only there.
 *
 * <p>What it finds is what the phrase finds, except that where the phrase has stop words the
 * section must have its words with stop words between them (see {@link PhrasePairs}).
 *
 * <p>Why: a phrase of common words ({@code "stock purchase agreement"}) must otherwise read the
 * positions of every section holding all of its words; at a million sections the phrases were the
 * slowest queries of the mix.
 */
final class PairedPhraseQuery extends Query {
  private final PhraseQuery phrase;
  private final List<Term> pairs;

  /** Whether each pair has stop words between its words. */
  private final boolean[] gapped;

  /**
   * Whether this is the phrase's bound ({@link #bounded}): the sections holding all of its pairs,
   * each scored as if the phrase occurred as often as its rarest pair of neighbouring words.
   */
  private final boolean bound;

  /** The phrase on the stemmed body. */
  PhraseQuery phrase() {
    return phrase;
  }

  /** The pair terms of its neighbouring words, in order (those that make a pair). */
  List<Term> pairs() {
    return pairs;
  }

  private PairedPhraseQuery(PhraseQuery phrase, List<Term> pairs, boolean[] gapped, boolean bound) {
    this.phrase = phrase;
    this.pairs = pairs;
    this.gapped = gapped;
    this.bound = bound;
  }

  /**
   * A query tree with every exact phrase on the stemmed body narrowed by its pairs; the tree itself
   * when it has none.
   */
  static Query narrow(Query q) {
    return map(q, x -> x instanceof PhraseQuery p ? of(p) : x, true);
  }

  /** A query tree with every narrowed phrase the plain phrase again. */
  static Query plain(Query q) {
    return map(q, x -> x instanceof PairedPhraseQuery p ? p.phrase : x, true);
  }

  /**
   * A query tree whose every section scores at least as high as in {@code q} and which matches
   * every section {@code q} matches, found without reading positions where {@code q} would: each
   * phrase of three words or more that counts in {@code q}'s favour (not under a {@code MUST_NOT})
   * and has a pair of neighbouring words is replaced by its bound, which matches the sections
   * holding all of its pairs and scores them as if the phrase occurred as often as its rarest pair
   * of neighbouring words (a phrase occurs no more often than each such pair; the score grows with
   * how often it occurs). The tree itself when it has no such phrase. On an index whose pairs do
   * not keep their counts, a bound is its phrase.
   *
   * <p>What it is for: the best sections of a query with a phrase of common words ({@code "chief
   * financial officer"}) are found among the best of its bound, which are then searched exactly
   * (see {@code SearchExecution}).
   */
  static Query bounded(Query q) {
    return map(
        q,
        x ->
            x instanceof PairedPhraseQuery p && p.boundable()
                ? new PairedPhraseQuery(p.phrase, p.pairs, p.gapped, true)
                : x,
        false);
  }

  /** Whether the phrase has three words or more and a pair of neighbouring words. */
  private boolean boundable() {
    if (bound || phrase.getTerms().length < 3) {
      return false;
    }
    for (int i = 0; i < pairs.size(); i++) {
      if (!gapped[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A query tree with {@code leaf} applied to each query below its Boolean, boost and
   * constant-score queries (not below a {@code MUST_NOT} unless {@code prohibitedToo}); the same
   * objects where nothing changed.
   */
  static Query map(Query q, UnaryOperator<Query> leaf, boolean prohibitedToo) {
    if (q instanceof KindBoostQuery k) {
      Query in = map(k.in(), leaf, prohibitedToo);
      return in == k.in() ? k : new KindBoostQuery(in);
    }
    if (q instanceof BoostQuery b) {
      Query in = map(b.getQuery(), leaf, prohibitedToo);
      return in == b.getQuery() ? b : new BoostQuery(in, b.getBoost());
    }
    if (q instanceof ConstantScoreQuery c) {
      Query in = map(c.getQuery(), leaf, prohibitedToo);
      return in == c.getQuery() ? c : new ConstantScoreQuery(in);
    }
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      out.setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      boolean changed = false;
      for (var c : b.clauses()) {
        Query in =
            c.occur() == Occur.MUST_NOT && !prohibitedToo
                ? c.query()
                : map(c.query(), leaf, prohibitedToo);
        changed |= in != c.query();
        out.add(in, c.occur());
      }
      return changed ? out.build() : b;
    }
    return leaf.apply(q);
  }

  /** The phrase narrowed by its pairs, or the phrase when it has none (or is not exact). */
  private static Query of(PhraseQuery p) {
    if (p.getSlop() != 0 || !p.getField().equals(Fields.BODY)) {
      return p;
    }
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    List<Term> pairs = new ArrayList<>();
    boolean[] gapped = new boolean[terms.length];
    for (int i = 0; i + 1 < terms.length; i++) {
      int d = positions[i + 1] - positions[i];
      BytesRef pair = PhrasePairs.termOf(terms[i].bytes(), d, terms[i + 1].bytes());
      if (pair != null) {
        gapped[pairs.size()] = d > 1;
        pairs.add(new Term(Fields.BODY_PAIRS, pair));
      }
    }
    return pairs.isEmpty() ? p : new PairedPhraseQuery(p, List.copyOf(pairs), gapped, false);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return PhrasePairs.indexed(searcher.getIndexReader()) ? this : phrase;
  }

  /**
   * Where scores are not needed (counting) and the phrase is two words, its pair is exactly what it
   * matches: a section has the pair if and only if it has the two words that far apart, so no
   * positions are read. Where they are needed, a phrase of two words is its pair scored from the
   * pair's count (how often the phrase occurs), and a bound ({@link #bounded}) the sections holding
   * all of its pairs scored from the rarest count of its pairs of neighbouring words. A longer
   * phrase each of whose neighbouring words make a pair is matched by the pairs' positions. In a
   * segment whose pairs do not keep what that needs, and for any other phrase, the phrase, its
   * pairs as filters.
   */
  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    boolean twoWords = phrase.getTerms().length == 2 && pairs.size() == 1;
    if (!scoreMode.needsScores() && twoWords) {
      return searcher.createWeight(new TermQuery(pairs.get(0)), scoreMode, boost);
    }
    boolean scores = scoreMode.needsScores();
    SimScorer sim = scores ? PairsWeight.phraseScorer(searcher, phrase, boost) : null;
    if (scores && sim == null) {
      return exactWeight(searcher, scoreMode, boost);
    }
    if (scores && (twoWords || bound)) {
      List<Integer> counted = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        // A pair with stop words between its words counts only where stop words stand there, the
        // phrase also where other words do: its count is no bound of the phrase's (two words: it
        // is what the phrase means, see PhrasePairs).
        if (twoWords || !gapped[i]) {
          counted.add(i);
        }
      }
      return new PairsWeight(this, searcher, scoreMode, boost, sim, counted, null);
    }
    Term[] terms = phrase.getTerms();
    if (pairs.size() == terms.length - 1) {
      // Every two neighbouring words make a pair: the phrase is its pairs one after another.
      int[] positions = phrase.getPositions();
      int[] offsets = new int[pairs.size()];
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = positions[i] - positions[0];
      }
      return new PairsWeight(this, searcher, scoreMode, boost, sim, List.of(), offsets);
    }
    return exactWeight(searcher, scoreMode, boost);
  }

  /** The phrase, its pairs as filters where they narrow (see {@link #createWeight}). */
  Weight exactWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    boolean[] use = narrowing(searcher.getIndexReader());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(phrase, Occur.MUST);
    boolean narrowed = false;
    for (int i = 0; i < pairs.size(); i++) {
      if (use[i]) {
        b.add(new TermQuery(pairs.get(i)), Occur.FILTER);
        narrowed = true;
      }
    }
    Query q = searcher.rewrite(narrowed ? b.build() : phrase);
    return searcher.createWeight(q, scoreMode, boost);
  }

  /** The pairs asked for on one reader, kept for the next weight on it (a search makes several). */
  private record Narrowing(Object reader, boolean[] use) {}

  private volatile Narrowing narrowing;

  /**
   * Which pairs narrow the phrase on a reader. A pair of words next to each other only narrows
   * (every section the phrase matches has it): one that leaves most of the rarest word's sections
   * narrows little and costs a list to go through, so it is left out. A pair with stop words
   * between says what the phrase means (see PhrasePairs) and always stays.
   */
  private boolean[] narrowing(IndexReader reader) throws IOException {
    Object key =
        reader.getReaderCacheHelper() != null ? reader.getReaderCacheHelper().getKey() : reader;
    Narrowing n = narrowing;
    if (n != null && n.reader() == key) {
      return n.use();
    }
    long rarestWord = Long.MAX_VALUE;
    for (Term t : phrase.getTerms()) {
      rarestWord = Math.min(rarestWord, reader.docFreq(t));
    }
    boolean[] use = new boolean[pairs.size()];
    for (int i = 0; i < use.length; i++) {
      use[i] = gapped[i] || reader.docFreq(pairs.get(i)) <= rarestWord / 2;
    }
    narrowing = new Narrowing(key, use);
    return use;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // What it matches is the phrase's (highlighting, the words a hit shows).
    phrase.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return phrase.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && phrase.equals(((PairedPhraseQuery) other).phrase)
        && bound == ((PairedPhraseQuery) other).bound;
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + phrase.hashCode() + (bound ? 1 : 0);
  }
}
