package io.filingssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.FacetValue;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import io.filingssearch.search.SortOrder;
import io.filingssearch.search.Suggestion;
import io.filingssearch.testing.Fixtures;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed filings on a real SolrCloud (2 shards x 2 replicas from our configset) answer as the
 * embedded index does: the same sections in the same order, the same snippets and facet counts.
 */
class SolrSeedsTest {
  private static EmbeddedIndex index;
  private static FilingSearcher embedded;
  private static SolrSearcher solr;

  @BeforeAll
  static void indexBoth() throws IOException {
    TestSolrCloud cloud = TestSolrCloud.get();
    cloud.freshCollection("seeds");
    SolrIndexer.Report r =
        new SolrIndexer(cloud.client(), "seeds").index(List.of(Fixtures.seeds()));
    assertEquals(List.of(), r.failures());
    index = EmbeddedIndex.of(List.of(Fixtures.seeds()));
    embedded = index.searcher();
    solr = new SolrSearcher(cloud.client(), "seeds", TestSolrCloud.TIMEOUT_MS);
  }

  @AfterAll
  static void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  private static SearchRequest.Builder q(String query) {
    return SearchRequest.builder().query(query).size(50);
  }

  /** Prefixes of the seeds' own company and partner names (heads of names and of later words). */
  private static List<String> namePrefixes() throws IOException {
    SearchResults all = embedded.search(q("").build());
    List<String> prefixes = new ArrayList<>();
    for (FacetDimension dim : List.of(FacetDimension.COMPANY, FacetDimension.PARTNER)) {
      for (FacetValue v : all.facets().get(dim)) {
        String name = v.label();
        prefixes.add(name.substring(0, Math.min(3, name.length())));
        String[] words = name.split(" ");
        if (words.length > 1 && !words[1].isEmpty()) {
          prefixes.add(words[1].substring(0, Math.min(4, words[1].length())));
        }
      }
    }
    assertFalse(prefixes.isEmpty(), "the seeds have companies and partners");
    return prefixes;
  }

  @Test
  void autocompleteAnswersAsTheEmbeddedIndex() throws IOException {
    List<String> prefixes = new ArrayList<>(namePrefixes());
    prefixes.addAll(List.of("a", "agree", "item", "zzzz"));
    for (String prefix : prefixes) {
      for (int max : List.of(3, 10)) {
        assertEquals(
            embedded.suggest(prefix, max),
            solr.suggest(prefix, max),
            "suggestions for '" + prefix + "', at most " + max);
      }
    }
    assertEquals(List.of(), solr.suggest("  ", 10));
  }

  @Test
  void autocompleteIgnoresTheCaseOfWhatWasTyped() throws IOException {
    for (String prefix : namePrefixes()) {
      List<Suggestion> lower = solr.suggest(prefix.toLowerCase(Locale.ROOT), 10);
      assertFalse(lower.isEmpty(), "a seed name completes '" + prefix + "'");
      assertEquals(lower, solr.suggest(prefix.toUpperCase(Locale.ROOT), 10), prefix);
      assertEquals(lower, solr.suggest(" " + prefix + " ", 10), prefix);
    }
  }

  @Test
  void freeTextAndPhrasesAnswerAsTheEmbeddedIndex() throws IOException {
    for (String query :
        List.of(
            "merger agreement",
            "genentech",
            "Genentech license",
            "\"board of directors\"",
            "\"license agreement\"~3",
            "agreem*",
            "licence~1",
            "+genentech -smithkline",
            "genentech OR smithkline",
            "title:agreement",
            "million",
            "")) {
      EngineComparison.assertSame(embedded, solr, q(query).build());
      EngineComparison.assertSame(embedded, solr, q(query).groupByFiling(true).build());
    }
  }

  @Test
  void filtersInTheQueryLanguageAnswerAsTheEmbeddedIndex() throws IOException {
    for (String query :
        List.of(
            "item:1.01",
            "-item:5 agreement",
            "partner:genentech",
            "-partner:genentech",
            "company:immunogen",
            "form:8-K",
            "amount:>=10M",
            "amount:1M..50M agreement",
            "date:1999..2000",
            "year:2005",
            "agreement item:5 year:1999")) {
      EngineComparison.assertSame(embedded, solr, q(query).build());
      EngineComparison.assertSame(embedded, solr, q(query).groupByFiling(true).build());
    }
  }

  @Test
  void chosenFacetValuesAreCountedSideways() throws IOException {
    List<SearchRequest> requests =
        List.of(
            q("agreement").items(List.of("5")).build(),
            q("agreement").items(List.of("5", "1.01")).groupByFiling(true).build(),
            q("").partners(List.of("Genentech")).build(),
            q("").companies(List.of("ImmunoGen")).groupByFiling(true).build(),
            q("").years(List.of(1999, 2005)).build(),
            q("million").amountBuckets(List.of("10M-100M")).build(),
            q("").forms(List.of("8-K")).from(LocalDate.of(1999, 1, 1)).build(),
            q("agreement")
                .items(List.of("5"))
                .partners(List.of("Genentech"))
                .to(LocalDate.of(2001, 1, 1))
                .build());
    for (SearchRequest r : requests) {
      EngineComparison.assertSame(embedded, solr, r);
    }
  }

  @Test
  void sortsAndPagesAnswerAsTheEmbeddedIndex() throws IOException {
    for (SortOrder sort : SortOrder.values()) {
      for (boolean group : List.of(false, true)) {
        List<Hit> e = new ArrayList<>();
        List<Hit> a = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
          SearchRequest r =
              SearchRequest.builder()
                  .query("agreement")
                  .sort(sort)
                  .groupByFiling(group)
                  .size(3)
                  .page(page)
                  .build();
          SearchResults er = EngineComparison.whole(embedded, r);
          SearchResults ar = EngineComparison.whole(solr, r);
          assertEquals(er.total(), ar.total());
          EngineComparison.assertFacets(er.facets(), ar.facets(), EngineComparison.describe(r));
          e.addAll(er.hits());
          a.addAll(ar.hits());
        }
        EngineComparison.assertSameHits(e, a, sort, sort + " grouped " + group);
      }
    }
  }

  @Test
  void malformedSyntaxIsReadLenientlyAsTheEmbeddedIndexReadsIt() throws IOException {
    for (String query : List.of("genentech AND", "(license", "\"unclosed phrase", "a:b:c", "OR")) {
      EngineComparison.assertSame(embedded, solr, q(query).build());
    }
  }

  @Test
  void anInvalidFilterValueIsRefusedWithItsName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> solr.search(q("amount:>=ten").build()));
    assertTrue(e.getMessage().contains("amount:>=ten"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> solr.search(q("item:99.99").build()));
  }

  @Test
  void timelinesAreTheEmbeddedIndexTimelines() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    requests.add(q("").build());
    requests.add(q("license").build());
    requests.add(q("zzzznothing").build());
    for (FacetValue v : embedded.search(q("").build()).facets().get(FacetDimension.COMPANY)) {
      SearchRequest one = SearchRequest.builder().companies(List.of(v.value())).build();
      assertFalse(solr.timeline(one).entries().isEmpty(), v.value());
      requests.add(one);
    }
    for (SearchRequest r : requests) {
      assertEquals(embedded.timeline(r), solr.timeline(r), r.toString());
    }
    assertFalse(solr.timeline(q("").build()).entries().isEmpty());
  }

  @Test
  void similarFilingsAreTheEmbeddedIndexSimilarFilings() throws IOException {
    SearchResults all = EngineComparison.whole(embedded, q("").groupByFiling(true).build());
    assertFalse(all.hits().isEmpty());
    int answered = 0;
    for (Hit h : all.hits()) {
      SearchResults e = embedded.similar(h.filingId(), q("").build()).orElseThrow();
      SearchResults a = solr.similar(h.filingId(), q("").build()).orElseThrow();
      assertEquals(ids(e.hits()), ids(a.hits()), h.filingId());
      assertEquals(e.total(), a.total(), h.filingId());
      for (int i = 0; i < e.hits().size(); i++) {
        assertEquals(e.hits().get(i).score(), a.hits().get(i).score(), 1e-4, h.filingId());
      }
      EngineComparison.assertFacets(e.facets(), a.facets(), h.filingId());
      assertFalse(ids(a.hits()).contains(h.filingId()));
      answered += a.hits().isEmpty() ? 0 : 1;
    }
    assertTrue(answered > 0, "some seed is like another");
    assertTrue(solr.similar("no-such-filing", q("").build()).isEmpty());
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::filingId).toList();
  }

  @Test
  void aFilingReadsBackWhole() throws IOException {
    SearchResults r = EngineComparison.whole(embedded, q("genentech").groupByFiling(true).build());
    assertFalse(r.hits().isEmpty());
    for (var h : r.hits()) {
      Filing e = embedded.filing(h.filingId()).orElseThrow();
      Filing a = solr.filing(h.filingId()).orElseThrow();
      assertEquals(e, a);
    }
    assertTrue(solr.filing("no-such-filing").isEmpty());
  }

  @Test
  void everyHitStreamsInOrder() throws IOException {
    SearchRequest r = SearchRequest.builder().query("agreement").groupByFiling(false).build();
    List<String> e = new java.util.ArrayList<>();
    List<String> a = new java.util.ArrayList<>();
    embedded.forEachHit(r, 1000, h -> e.add(h.filingId() + "/" + h.sectionId()));
    solr.forEachHit(r, 1000, h -> a.add(h.filingId() + "/" + h.sectionId()));
    assertEquals(e, a);
  }

  @Test
  void statsCountTheSameFilingsAndSections() throws IOException {
    assertEquals(embedded.stats().filings(), solr.stats().filings());
    assertEquals(embedded.stats().sections(), solr.stats().sections());
    assertTrue(solr.stats().sizeBytes() > 0);
  }
}
