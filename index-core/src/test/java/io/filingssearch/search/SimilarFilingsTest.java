package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Golden tests of {@link FilingSearcher#similar} over the seed filings. */
class SimilarFilingsTest {
  static final LocalDate BIOCHEM_1997 = LocalDate.parse("1997-08-01");
  static final LocalDate SMITHKLINE_1999 = LocalDate.parse("1999-02-03");
  static final LocalDate GENENTECH_2000 = LocalDate.parse("2000-05-08");
  static final LocalDate GENENTECH_2005 = LocalDate.parse("2005-05-03");

  @RegisterExtension static final SeedIndex seeds = new SeedIndex();

  /** The id of the seed filing reported on a date. */
  static String idOf(LocalDate date) throws Exception {
    SearchResults r =
        seeds
            .searcher()
            .search(
                SearchRequest.builder().from(date).to(date).groupByFiling(true).size(5).build());
    assertEquals(1, r.hits().size(), "filings of " + date);
    return r.hits().get(0).filingId();
  }

  static SearchResults similar(LocalDate date, SearchRequest.Builder filters) throws Exception {
    return seeds.searcher().similar(idOf(date), filters.build()).orElseThrow();
  }

  static List<LocalDate> dates(SearchResults r) {
    return r.hits().stream().map(Hit::dateOfReport).toList();
  }

  @Test
  void theTwoGenentechFilingsAreEachOthersMostSimilar() throws Exception {
    SearchResults of2000 = similar(GENENTECH_2000, SearchRequest.builder());
    SearchResults of2005 = similar(GENENTECH_2005, SearchRequest.builder());
    System.out.println("similar to 2000: " + describe(of2000));
    System.out.println("similar to 2005: " + describe(of2005));
    assertEquals(GENENTECH_2005, of2000.hits().get(0).dateOfReport(), describe(of2000));
    assertEquals(GENENTECH_2000, of2005.hits().get(0).dateOfReport(), describe(of2005));
    // The text alone ranks them first (relative text score 1), and they share their partner;
    // they share no item (5 before August 2004, 1.01 after).
    assertEquals(1 + SimilarFilings.PARTNER_WEIGHT, of2000.hits().get(0).score(), 1e-6);
    assertEquals(1 + SimilarFilings.PARTNER_WEIGHT, of2005.hits().get(0).score(), 1e-6);
  }

  @Test
  void theSmithKlineLicenceRanksAboveTheGenentechRenewalForTheBioChemDeal() throws Exception {
    SearchResults r = similar(BIOCHEM_1997, SearchRequest.builder());
    System.out.println("similar to 1997: " + describe(r));
    List<LocalDate> dates = dates(r);
    assertTrue(dates.contains(SMITHKLINE_1999) && dates.contains(GENENTECH_2005), describe(r));
    assertTrue(
        dates.indexOf(SMITHKLINE_1999) < dates.indexOf(GENENTECH_2005),
        "1999 above 2005: " + describe(r));
    // On the text alone already (relative text score 1, plus the shared Item 5), not only
    // because the 2005 renewal reports under the newer item number.
    assertEquals(SMITHKLINE_1999, dates.get(0));
    assertEquals(1 + SimilarFilings.ITEM_WEIGHT, r.hits().get(0).score(), 1e-6);
  }

  @Test
  void aFilingIsNeverSimilarToItselfAndEachOtherFilingComesOnce() throws Exception {
    for (LocalDate d : List.of(BIOCHEM_1997, SMITHKLINE_1999, GENENTECH_2000, GENENTECH_2005)) {
      SearchResults r = similar(d, SearchRequest.builder().size(100));
      assertFalse(dates(r).contains(d), d + ": " + describe(r));
      Set<String> ids = new HashSet<>();
      r.hits().forEach(h -> assertTrue(ids.add(h.filingId()), "twice: " + h.filingId()));
      assertEquals(ids.size(), r.total(), "total counts filings");
      for (int i = 1; i < r.hits().size(); i++) {
        assertTrue(r.hits().get(i - 1).score() >= r.hits().get(i).score(), describe(r));
      }
    }
  }

  @Test
  void filtersNarrowTheSimilarFilingsAndFacetsCountThem() throws Exception {
    SearchResults all = similar(GENENTECH_2000, SearchRequest.builder());
    SearchResults item101 = similar(GENENTECH_2000, SearchRequest.builder().items(List.of("1.01")));
    assertEquals(List.of(GENENTECH_2005), dates(item101));
    SearchResults since2000 =
        similar(GENENTECH_2000, SearchRequest.builder().from(LocalDate.parse("2000-01-01")));
    assertEquals(List.of(GENENTECH_2005), dates(since2000));
    // Facets count the similar filings, each dimension sideways: the other items stay visible.
    long itemValues = item101.facets().get(FacetDimension.ITEM).size();
    assertTrue(itemValues > 1, item101.facets().toString());
    long years = all.facets().get(FacetDimension.YEAR).stream().mapToLong(FacetValue::count).sum();
    assertEquals(all.total(), years);
  }

  @Test
  void wordsInTheRequestOnlyFilterTheSimilarFilings() throws Exception {
    SearchResults r = similar(BIOCHEM_1997, SearchRequest.builder().query("Genentech"));
    assertEquals(Set.of(GENENTECH_2000, GENENTECH_2005), Set.copyOf(dates(r)));
  }

  @Test
  void anUnknownFilingHasNoSimilarFilings() throws Exception {
    assertEquals(
        Optional.empty(), seeds.searcher().similar("no-such-filing", SearchRequest.of("")));
  }

  private static String describe(SearchResults r) {
    StringBuilder b = new StringBuilder();
    for (Hit h : r.hits()) {
      b.append(String.format("%s %.3f %s; ", h.dateOfReport(), h.score(), h.sectionId()));
    }
    return b.toString();
  }
}
