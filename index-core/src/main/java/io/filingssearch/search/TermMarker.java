package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Where a query's words occur in a text, found the way search finds them: the query is read as a
 * search reads it (filters taken out), its terms on the stemmed body are collected (prohibited ones
 * left out; a phrase gives its words), and the text is analyzed as the body is indexed, each token
 * whose term matches giving its offsets. Immutable, so thread-safe.
 */
final class TermMarker {
  private final Analyzer analyzer;
  private final Set<BytesRef> terms = new HashSet<>();
  private final List<ByteRunAutomaton> patterns = new ArrayList<>();

  /**
   * Collects the terms of a query.
   *
   * @param query a query in the query language; blank marks nothing
   */
  TermMarker(Analyzer analyzer, String query) {
    this.analyzer = analyzer;
    String q = query == null ? "" : query;
    if (q.isBlank() || q.length() > SearchRequest.MAX_QUERY_LENGTH) {
      return;
    }
    ParsedQuery pq;
    try {
      pq = ParsedQuery.parse(q);
    } catch (IllegalArgumentException e) {
      // A bad filter value fails the search, not the page that shows a filing: nothing to mark.
      return;
    }
    Query text = new QueryBuilder(analyzer, SearchRequest.of(""), pq, CompanyTable.EMPTY).text();
    if (text != null) {
      text.visit(new Collector());
    }
  }

  /** Gathers the body's terms and term patterns of the clauses that can match. */
  private final class Collector extends QueryVisitor {
    @Override
    public boolean acceptField(String field) {
      return field.equals(Fields.BODY);
    }

    @Override
    public void consumeTerms(Query query, Term... ts) {
      for (Term t : ts) {
        terms.add(BytesRef.deepCopyOf(t.bytes()));
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      patterns.add(automaton.get());
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
    }
  }

  /**
   * The places in a text that the query's terms match.
   *
   * @param text a section's text
   * @return the spans, in order
   */
  List<Span> marks(String text) {
    if ((terms.isEmpty() && patterns.isEmpty()) || text == null || text.isEmpty()) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (matches(new BytesRef(term))) {
          out.add(new Span(offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private boolean matches(BytesRef term) {
    if (terms.contains(term)) {
      return true;
    }
    for (ByteRunAutomaton a : patterns) {
      if (a.run(term.bytes, term.offset, term.length)) {
        return true;
      }
    }
    return false;
  }
}
