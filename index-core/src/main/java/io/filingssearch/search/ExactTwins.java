package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The free text as a query that only matches, for counting: each word's exact-form clause ({@link
 * Fields#BODY_EXACT}) left out beside its stemmed twin ({@link Fields#BODY}). The query parser
 * writes a word as both in one disjunction so that the exact form scores higher; a section holding
 * the exact word holds its stem too, so for matching the exact clause adds no section, and reading
 * its postings as well (two lists merged per word) made counting the large searches of the bench
 * about twice as slow at 1M sections.
 */
final class ExactTwins {
  private ExactTwins() {}

  /**
   * {@code q} with every {@code SHOULD} term clause on the exact body dropped from a disjunction
   * (no minimum to match) that also holds, as a {@code SHOULD} term clause, the term it stems to as
   * {@code analyzer} reads it on the body. It matches the same sections as {@code q}, scored
   * otherwise; the same object where nothing is dropped.
   *
   * @param q the free text as parsed
   * @param analyzer the analyzer it was parsed with
   * @return a query for counting {@code q}'s matches
   */
  static Query dropped(Query q, Analyzer analyzer) {
    if (q instanceof BoostQuery b) {
      Query in = dropped(b.getQuery(), analyzer);
      return in == b.getQuery() ? b : new BoostQuery(in, b.getBoost());
    }
    if (!(q instanceof BooleanQuery b)) {
      return q;
    }
    List<BooleanClause> kept = new ArrayList<>();
    boolean changed = false;
    for (BooleanClause c : b.clauses()) {
      Term exact = b.getMinimumNumberShouldMatch() == 0 ? term(c, Fields.BODY_EXACT) : null;
      if (exact != null && hasTwin(b, exact, analyzer)) {
        changed = true;
        continue;
      }
      Query in = dropped(c.query(), analyzer);
      changed |= in != c.query();
      kept.add(new BooleanClause(in, c.occur()));
    }
    if (!changed) {
      return b;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    out.setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    kept.forEach(out::add);
    return out.build();
  }

  /**
   * Whether {@code b} has a {@code SHOULD} term clause on the body for the stem of {@code exact}.
   */
  private static boolean hasTwin(BooleanQuery b, Term exact, Analyzer analyzer) {
    String stem = stem(analyzer, exact.text());
    if (stem == null) {
      return false;
    }
    for (BooleanClause c : b.clauses()) {
      Term t = term(c, Fields.BODY);
      if (t != null && t.text().equals(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The term of a {@code SHOULD} clause that is a (boosted) term query on {@code field}, or null.
   */
  private static Term term(BooleanClause c, String field) {
    if (c.occur() != Occur.SHOULD) {
      return null;
    }
    Query q = c.query() instanceof BoostQuery b ? b.getQuery() : c.query();
    return q instanceof TermQuery t && t.getTerm().field().equals(field) ? t.getTerm() : null;
  }

  /** {@code word} read by {@code analyzer} as body text, when it is one term; else null. */
  private static String stem(Analyzer analyzer, String word) {
    List<String> terms = QueryBuilder.tokens(analyzer, Fields.BODY, word);
    return terms.size() == 1 ? terms.get(0) : null;
  }
}
