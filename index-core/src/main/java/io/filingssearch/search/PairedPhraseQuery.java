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
import org.apache.lucene.util.BytesRef;

/**
 * An exact phrase on the stemmed body that, on an index whose sections all have their word pairs
 * ({@link PhrasePairs#indexed}), first narrows its candidates to the sections holding every pair of
 * its neighbouring words, so that positions are read only there; on any other index it is the
 * phrase. The pairs are filters and do not score: a section found scores as the phrase scores it. A
 * two-word phrase counted without scores is its pair alone (the section has the pair exactly when
 * it has the two words that far apart, with only stop words between).
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

  private PairedPhraseQuery(PhraseQuery phrase, List<Term> pairs, boolean[] gapped) {
    this.phrase = phrase;
    this.pairs = pairs;
    this.gapped = gapped;
  }

  /**
   * A query tree with every exact phrase on the stemmed body narrowed by its pairs; the tree itself
   * when it has none.
   */
  static Query narrow(Query q) {
    return map(q, x -> x instanceof PhraseQuery p ? of(p) : x);
  }

  /** A query tree with every narrowed phrase the plain phrase again. */
  static Query plain(Query q) {
    return map(q, x -> x instanceof PairedPhraseQuery p ? p.phrase : x);
  }

  /**
   * A query tree with {@code leaf} applied to each query below its Boolean, boost and
   * constant-score queries; the same objects where nothing changed.
   */
  private static Query map(Query q, UnaryOperator<Query> leaf) {
    if (q instanceof KindBoostQuery k) {
      Query in = map(k.in(), leaf);
      return in == k.in() ? k : new KindBoostQuery(in);
    }
    if (q instanceof BoostQuery b) {
      Query in = map(b.getQuery(), leaf);
      return in == b.getQuery() ? b : new BoostQuery(in, b.getBoost());
    }
    if (q instanceof ConstantScoreQuery c) {
      Query in = map(c.getQuery(), leaf);
      return in == c.getQuery() ? c : new ConstantScoreQuery(in);
    }
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      out.setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      boolean changed = false;
      for (var c : b.clauses()) {
        Query in = map(c.query(), leaf);
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
    return pairs.isEmpty() ? p : new PairedPhraseQuery(p, List.copyOf(pairs), gapped);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return PhrasePairs.indexed(searcher.getIndexReader()) ? this : phrase;
  }

  /**
   * Where scores are not needed (counting) and the phrase is two words, its pair is exactly what it
   * matches: a section has the pair if and only if it has the two words that far apart, so no
   * positions are read. Otherwise the phrase, its pairs as filters.
   */
  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores() && phrase.getTerms().length == 2 && pairs.size() == 1) {
      return searcher.createWeight(new TermQuery(pairs.get(0)), scoreMode, boost);
    }
    IndexReader reader = searcher.getIndexReader();
    long rarestWord = Long.MAX_VALUE;
    for (Term t : phrase.getTerms()) {
      rarestWord = Math.min(rarestWord, reader.docFreq(t));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(phrase, Occur.MUST);
    boolean narrowed = false;
    for (int i = 0; i < pairs.size(); i++) {
      Term t = pairs.get(i);
      // A pair of words next to each other only narrows (every section the phrase matches has
      // it): one that leaves most of the rarest word's sections narrows little and costs a list
      // to go through, so it is left out. A pair with stop words between says what the phrase
      // means (see PhrasePairs) and always stays.
      if (gapped[i] || reader.docFreq(t) <= rarestWord / 2) {
        b.add(new TermQuery(t), Occur.FILTER);
        narrowed = true;
      }
    }
    Query q = searcher.rewrite(narrowed ? b.build() : phrase);
    return searcher.createWeight(q, scoreMode, boost);
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
    return sameClassAs(other) && phrase.equals(((PairedPhraseQuery) other).phrase);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + phrase.hashCode();
  }
}
