package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query a search counts with matches the very sections of the query it ranks with, though it
 * leaves out the words' exact forms: over the shared corpus when it is beside the checkout,
 * otherwise over the seeds.
 */
class ExactTwinsTest {
  @RegisterExtension static final CorpusReader corpus = new CorpusReader();

  private static QueryBuilder builder(String q) {
    return new QueryBuilder(Analyzers.perField(), SearchRequest.of(q), ParsedQuery.parse(q), null);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "merger",
        "licensing agreements",
        "Agilent's acquisition",
        "credit AND facility NOT terminated",
        "(resign OR resignation) AND director",
        "\"definitive agreement\" OR settled",
        "licens* OR royalties",
        "the",
        "agreement item:1.01"
      })
  void theCountingQueryMatchesTheSectionsOfTheRankingQuery(String q) throws IOException {
    IndexSearcher searcher = corpus.searcher();
    QueryBuilder queries = builder(q);
    Map<FacetDimension, Query> filters = queries.dimensionFilters();
    BitSet ranked = matches(searcher, queries.combine(filters, null));
    BitSet counted = matches(searcher, queries.counting(filters, null));
    assertFalse(ranked.isEmpty(), "the query matches nothing: " + q);
    assertEquals(ranked, counted, q);
  }

  @Test
  void aWordIsCountedByItsStemAloneButAStopWordByItsExactForm() {
    assertEquals(
        List.of(Fields.BODY + ":licens", Fields.TITLE + ":licens"),
        terms(builder("licensing").counting(Map.of(), null)));
    assertTrue(
        terms(builder("licensing").combine(Map.of(), null))
            .contains(Fields.BODY_EXACT + ":licensing"));
    // "the" has no stem on the body (a stop word there): only its exact form finds it.
    assertEquals(
        List.of(Fields.BODY_EXACT + ":the"), terms(builder("the").counting(Map.of(), null)));
  }

  private static List<String> terms(Query q) {
    List<String> out = new ArrayList<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              out.add(t.field() + ":" + t.text());
            }
          }
        });
    out.sort(null);
    return out;
  }

  private static BitSet matches(IndexSearcher searcher, Query q) throws IOException {
    BitSet all = new BitSet();
    searcher.search(
        q,
        new CollectorManager<SimpleCollector, Void>() {
          @Override
          public SimpleCollector newCollector() {
            return new SimpleCollector() {
              private int base;

              @Override
              protected void doSetNextReader(LeafReaderContext ctx) {
                base = ctx.docBase;
              }

              @Override
              public void collect(int doc) {
                synchronized (all) {
                  all.set(base + doc);
                }
              }

              @Override
              public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
              }
            };
          }

          @Override
          public Void reduce(Collection<SimpleCollector> collectors) {
            return null;
          }
        });
    return all;
  }
}
