package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Golden tests of {@link FilingSearcher#timeline} over the seed filings. */
class TimelineTest {
  @RegisterExtension static final SeedIndex seeds = new SeedIndex();

  private static List<String> dates(Timeline t) {
    return t.entries().stream().map(e -> String.valueOf(e.date())).toList();
  }

  @Test
  void aCompanysDealsReadAsAHistoryOldestFirst() throws Exception {
    Timeline t =
        seeds.searcher().timeline(SearchRequest.builder().companies(List.of("Immunogen")).build());
    assertEquals(List.of("1997-08-01", "1999-02-03", "2000-05-08", "2005-05-03"), dates(t));
    assertEquals(4, t.total());
    assertFalse(t.truncated());
    List<List<String>> partners = t.entries().stream().map(TimelineEntry::partners).toList();
    assertEquals(
        List.of(
            List.of("BioChem Pharma"),
            List.of("SmithKline Beecham"),
            List.of("Genentech"),
            List.of("Genentech")),
        partners);
    assertEquals(List.of("1.01", "9.01"), t.entries().get(3).items());
    // The largest sum of each deal, as the filing states it.
    List<BigDecimal> largest =
        t.entries().stream().map(e -> e.largestAmount().usd().stripTrailingZeros()).toList();
    assertEquals(
        List.of(
            new BigDecimal("15000000").stripTrailingZeros(),
            new BigDecimal("45000000").stripTrailingZeros(),
            new BigDecimal("40000000").stripTrailingZeros(),
            new BigDecimal("2000000").stripTrailingZeros()),
        largest);
    // Headlines: the press release's, else the first sentence of the deal item ("Inc." does not
    // end it).
    assertEquals(
        "IMMUNOGEN, INC. AND SMITHKLINE BEECHAM SIGN $45 MILLION AGREEMENT",
        t.entries().get(1).headline());
    assertEquals(
        "On May 8, 2000, ImmunoGen, Inc. and Genentech, Inc. announced a second collaboration"
            + " between the two companies.",
        t.entries().get(2).headline());
    for (TimelineEntry e : t.entries()) {
      assertFalse(e.headline().isBlank(), e.toString());
      assertTrue(e.headline().length() <= 201, e.headline());
    }
    System.out.println("timeline: " + t.entries());
  }

  @Test
  void aPartnersTimelineHoldsOnlyItsFilings() throws Exception {
    Timeline t =
        seeds.searcher().timeline(SearchRequest.builder().partners(List.of("Genentech")).build());
    assertEquals(List.of("2000-05-08", "2005-05-03"), dates(t));
  }

  @Test
  void theUsualFiltersAndWordsNarrowATimeline() throws Exception {
    Timeline since =
        seeds
            .searcher()
            .timeline(
                SearchRequest.builder()
                    .companies(List.of("Immunogen"))
                    .from(LocalDate.parse("1999-01-01"))
                    .to(LocalDate.parse("2004-12-31"))
                    .build());
    assertEquals(List.of("1999-02-03", "2000-05-08"), dates(since));
    Timeline words =
        seeds
            .searcher()
            .timeline(
                SearchRequest.builder()
                    .query("smithkline")
                    .companies(List.of("Immunogen"))
                    .build());
    assertEquals(List.of("1999-02-03"), dates(words));
    // A company as a filing writes it finds its facet value.
    Timeline written =
        seeds
            .searcher()
            .timeline(SearchRequest.builder().companies(List.of("IMMUNOGEN, INC.")).build());
    assertEquals(4, written.total());
    Timeline none =
        seeds
            .searcher()
            .timeline(SearchRequest.builder().companies(List.of("No Such Company")).build());
    assertEquals(0, none.total());
    assertTrue(none.entries().isEmpty());
  }
}
