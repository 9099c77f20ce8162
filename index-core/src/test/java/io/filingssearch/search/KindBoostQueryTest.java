package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kind boost's best sections, found with Lucene skipping the sections that cannot make the
 * page, are those (and their scores) of the same boost applied to every match: over the shared
 * corpus when it is beside the checkout, otherwise over the seeds.
 */
class KindBoostQueryTest {
  @RegisterExtension static final CorpusReader corpus = new CorpusReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "merger",
        "agreement",
        "\"definitive agreement\"",
        "\"chief financial officer\"",
        "credit AND facility NOT terminated",
        "chief executive officer",
        "(resign OR resignation) AND director",
        "licens*"
      })
  void theBestBoostedSectionsAreThoseOfTheBoostAppliedToEveryMatch(String q) throws IOException {
    IndexSearcher searcher = corpus.searcher();
    Query text =
        new QueryBuilder(Analyzers.perField(), SearchRequest.of(q), ParsedQuery.parse(q), null)
            .text();
    TopDocs skipping =
        searcher.search(new KindBoostQuery(text), new TopScoreDocCollectorManager(10, null, 10));
    Query everyMatch =
        FunctionScoreQuery.boostByValue(text, DoubleValuesSource.fromFloatField(Fields.KIND_BOOST));
    TopDocs all =
        searcher.search(everyMatch, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
    assertTrue(all.scoreDocs.length > 0, "the query matches nothing: " + q);
    assertEquals(describe(all), describe(skipping), q);
    ScoreDoc best = skipping.scoreDocs[0];
    assertEquals(
        best.score,
        searcher.explain(new KindBoostQuery(text), best.doc).getValue().floatValue(),
        q);
  }

  private static List<String> describe(TopDocs td) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(sd.doc + ":" + sd.score);
    }
    return out;
  }
}
