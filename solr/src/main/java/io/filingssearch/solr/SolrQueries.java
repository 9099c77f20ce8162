package io.filingssearch.solr;

import io.filingssearch.search.SearchPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * Writes the Lucene queries index-core builds as Solr's standard query syntax, term for term: the
 * terms are already analyzed (the schema's query analyzers only split on spaces), so Solr builds
 * the same query the embedded engine runs. A phrase's position gaps (stop words removed) are
 * written as the gap token the schema drops. Stateless.
 */
final class SolrQueries {
  /** What the schema's query analyzers turn into a position gap (configset gap.txt). */
  static final String GAP = "_";

  private SolrQueries() {}

  /** The parts of index-core's whole query: the scored text and the filters. */
  record Parts(Query scored, List<String> filters) {}

  /**
   * Splits a whole query ({@code SearchPlan.query()}): its {@code MUST} clause is what scores (the
   * free text weighed by section kind, or everything), its {@code FILTER} and {@code MUST_NOT}
   * clauses are filters, each written as one Solr filter query.
   */
  static Parts split(Query whole) {
    if (!(whole instanceof BooleanQuery bq)) {
      return new Parts(whole, List.of());
    }
    Query scored = null;
    List<String> filters = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) {
      switch (c.occur()) {
        case MUST -> scored = c.query();
        case FILTER -> filters.add(write(c.query()));
        case MUST_NOT -> filters.add("-" + group(c.query()));
        case SHOULD -> throw new IllegalArgumentException("unexpected optional clause: " + c);
      }
    }
    return new Parts(scored, filters);
  }

  /**
   * The main query: {@code *:*}, or the text, multiplied by the kind boost field when the embedded
   * engine multiplies it ({@link SearchPlan#kindBoosted}); the text itself goes in parameter {@code
   * tq}.
   *
   * @return {q, tq} (tq null when the query is everything)
   */
  static String[] main(Query scored, String boostField) {
    if (scored == null || scored instanceof MatchAllDocsQuery) {
      return new String[] {"*:*", null};
    }
    Optional<Query> text = SearchPlan.kindBoosted(scored);
    if (text.isPresent()) {
      return new String[] {"{!boost b=field(" + boostField + ") v=$tq}", write(text.get())};
    }
    return new String[] {"{!lucene v=$tq}", write(scored)};
  }

  /** A query in Solr's standard syntax. */
  static String write(Query q) {
    if (q instanceof BooleanQuery b) {
      if (b.clauses().isEmpty()) {
        return "(-*:*)";
      }
      StringBuilder sb = new StringBuilder("(");
      boolean onlyNot = true;
      for (BooleanClause c : b.clauses()) {
        if (sb.length() > 1) {
          sb.append(' ');
        }
        switch (c.occur()) {
          case MUST -> sb.append('+').append(group(c.query()));
          case FILTER -> sb.append("+filter(").append(write(c.query())).append(')');
          case MUST_NOT -> sb.append('-').append(group(c.query()));
          case SHOULD -> sb.append(group(c.query()));
        }
        onlyNot &= c.occur() == BooleanClause.Occur.MUST_NOT;
      }
      if (b.getMinimumNumberShouldMatch() > 0) {
        throw new IllegalArgumentException("minimum-should-match is not written: " + q);
      }
      if (onlyNot) {
        // A nested query of exclusions alone matches nothing in Lucene; so it must in Solr.
        sb.append(" +(-*:*)");
      }
      return sb.append(')').toString();
    }
    if (q instanceof BoostQuery b) {
      return group(b.getQuery()) + "^" + b.getBoost();
    }
    if (q instanceof TermQuery t) {
      return term(t.getTerm());
    }
    if (q instanceof PhraseQuery p) {
      return phrase(p.getField(), p.getTerms(), p.getPositions(), p.getSlop());
    }
    if (q instanceof MultiPhraseQuery mp) {
      // Written only when each position has one term (no synonyms in our analyzers).
      Term[][] arrays = mp.getTermArrays();
      Term[] terms = new Term[arrays.length];
      for (int i = 0; i < arrays.length; i++) {
        if (arrays[i].length != 1) {
          throw new IllegalArgumentException("a phrase with alternatives is not written: " + q);
        }
        terms[i] = arrays[i][0];
      }
      return phrase(terms[0].field(), terms, mp.getPositions(), mp.getSlop());
    }
    if (q instanceof SynonymQuery s) {
      List<String> parts = new ArrayList<>();
      s.getTerms().forEach(t -> parts.add(term(t)));
      return "(" + String.join(" ", parts) + ")";
    }
    if (q instanceof PrefixQuery p) {
      return p.getPrefix().field() + ":" + escape(p.getPrefix().text()) + "*";
    }
    if (q instanceof WildcardQuery w) {
      return w.getTerm().field() + ":" + escapeWildcard(w.getTerm().text());
    }
    if (q instanceof FuzzyQuery f) {
      return f.getTerm().field() + ":" + escape(f.getTerm().text()) + "~" + f.getMaxEdits();
    }
    if (q instanceof TermRangeQuery r) {
      return r.getField()
          + ":"
          + (r.includesLower() ? "[" : "{")
          + bound(r.getLowerTerm())
          + " TO "
          + bound(r.getUpperTerm())
          + (r.includesUpper() ? "]" : "}");
    }
    if (q instanceof IndexSortSortedNumericDocValuesRangeQuery i) {
      return write(i.getFallbackQuery());
    }
    if (q instanceof IndexOrDocValuesQuery i) {
      return write(i.getIndexQuery());
    }
    if (q instanceof PointRangeQuery r) {
      if (r.getNumDims() != 1 || r.getBytesPerDim() != Long.BYTES) {
        throw new IllegalArgumentException("only one-dimensional long ranges are written: " + q);
      }
      long lo = LongPoint.decodeDimension(r.getLowerPoint(), 0);
      long hi = LongPoint.decodeDimension(r.getUpperPoint(), 0);
      return r.getField()
          + ":["
          + (lo == Long.MIN_VALUE ? "*" : String.valueOf(lo))
          + " TO "
          + (hi == Long.MAX_VALUE ? "*" : String.valueOf(hi))
          + "]";
    }
    if (q instanceof TermInSetQuery s) {
      List<String> parts = new ArrayList<>();
      try {
        BytesRefIterator it = s.getBytesRefIterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          parts.add(term(new Term(s.getField(), t.utf8ToString())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return parts.isEmpty() ? "(-*:*)" : "(" + String.join(" ", parts) + ")";
    }
    if (q instanceof ConstantScoreQuery c) {
      return "filter(" + write(c.getQuery()) + ")";
    }
    if (q instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    if (q instanceof MatchNoDocsQuery) {
      return "(-*:*)";
    }
    throw new IllegalArgumentException(
        "a query of type " + q.getClass().getSimpleName() + " cannot be sent to Solr: " + q);
  }

  private static String group(Query q) {
    String w = write(q);
    return w.startsWith("(") ? w : "(" + w + ")";
  }

  /** One term as the index holds it: quoted, so Solr takes it whole. */
  static String term(Term t) {
    return t.field() + ":\"" + quote(t.text()) + "\"";
  }

  private static String phrase(String field, Term[] terms, int[] positions, int slop) {
    StringBuilder sb = new StringBuilder(field).append(":\"");
    int at = positions.length == 0 ? 0 : positions[0];
    for (int i = 0; i < terms.length; i++) {
      for (; at < positions[i]; at++) {
        sb.append(GAP).append(' ');
      }
      sb.append(quote(terms[i].text())).append(' ');
      at = positions[i] + 1;
    }
    sb.setLength(sb.length() - 1);
    sb.append('"');
    if (slop > 0) {
      sb.append('~').append(slop);
    }
    return sb.toString();
  }

  private static String bound(BytesRef b) {
    return b == null ? "*" : "\"" + quote(b.utf8ToString()) + "\"";
  }

  /** Inside double quotes only the quote and the backslash are special. */
  static String quote(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Escapes every character Solr's standard syntax treats as an operator, and whitespace. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\+-!():^[]\"{}~*?|&;/".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String escapeWildcard(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?') {
        sb.append(c);
      } else if (c == '\\' && i + 1 < s.length()) {
        sb.append(escape(String.valueOf(s.charAt(++i))));
      } else {
        sb.append(escape(String.valueOf(c)));
      }
    }
    return sb.toString();
  }
}
