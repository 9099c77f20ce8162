package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SortOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
  @Test
  void everyParameterReachesTheRequest() {
    SearchRequest r =
        SearchParams.parse(
            Map.ofEntries(
                Map.entry("q", List.of(" license ")),
                Map.entry("item", List.of("1.01", "2.01", "1.01", "")),
                Map.entry("partner", List.of("Genentech")),
                Map.entry("company", List.of("ImmunoGen, Inc.")),
                Map.entry("form", List.of("8-K/A")),
                Map.entry("year", List.of("2000")),
                Map.entry("amount", List.of("10M-100M")),
                Map.entry("from", List.of("1999-01-01")),
                Map.entry("to", List.of("2001-12-31")),
                Map.entry("minAmount", List.of("10M")),
                Map.entry("maxAmount", List.of("1.5B")),
                Map.entry("sort", List.of("date")),
                Map.entry("page", List.of("3")),
                Map.entry("size", List.of("20")),
                Map.entry("group", List.of("filing"))));
    assertEquals("license", r.query());
    assertEquals(List.of("1.01", "2.01"), r.items());
    assertEquals(List.of("Genentech"), r.partners());
    assertEquals(List.of("ImmunoGen, Inc."), r.companies());
    assertEquals(List.of("8-K/A"), r.forms());
    assertEquals(List.of(2000), r.years());
    assertEquals(List.of("10M-100M"), r.amountBuckets());
    assertEquals(LocalDate.of(1999, 1, 1), r.from());
    assertEquals(LocalDate.of(2001, 12, 31), r.to());
    assertEquals(10_000_000L, r.minAmount());
    assertEquals(1_500_000_000L, r.maxAmount());
    assertEquals(SortOrder.DATE, r.sort());
    assertEquals(3, r.page());
    assertEquals(20, r.size());
    assertTrue(r.groupByFiling());
  }

  @Test
  void noParametersMeanTheFirstPageOfTenByRelevance() {
    SearchRequest r = SearchParams.parse(Map.of());
    assertEquals("", r.query());
    assertEquals(1, r.page());
    assertEquals(10, r.size());
    assertEquals(SortOrder.RELEVANCE, r.sort());
  }

  @Test
  void exactAsksForEveryMatchToBeCounted() {
    assertEquals(false, SearchParams.parse(Map.of()).exactCounts());
    assertEquals(true, SearchParams.parse(Map.of("exact", List.of("true"))).exactCounts());
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> SearchParams.parse(Map.of("exact", List.of("yes"))));
    assertEquals("exact must be 'true' or 'false', not 'yes'", e.getMessage());
  }

  @Test
  void amountsAcceptPlainNumbersAndSuffixes() {
    assertEquals(10_000_000L, SearchParams.parseAmount("minAmount", "10000000"));
    assertEquals(10_000_000L, SearchParams.parseAmount("minAmount", "$10,000,000"));
    assertEquals(10_000_000L, SearchParams.parseAmount("minAmount", "10M"));
    assertEquals(1_500_000_000L, SearchParams.parseAmount("minAmount", "1.5B"));
    assertEquals(250_000L, SearchParams.parseAmount("minAmount", "250k"));
    assertEquals(2_000_000L, SearchParams.parseAmount("minAmount", "2 million"));
  }

  @Test
  void badValuesNameTheirParameter() {
    Map<String, String> bad =
        Map.ofEntries(
            Map.entry("minAmount", "ten"),
            Map.entry("maxAmount", "1e9999"),
            Map.entry("from", "notadate"),
            Map.entry("to", "2001-02-30"),
            Map.entry("page", "x"),
            Map.entry("size", "1000"),
            Map.entry("year", "20x0"),
            Map.entry("sort", "best"),
            Map.entry("group", "yes"),
            Map.entry("q", "a".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)));
    for (Map.Entry<String, String> e : bad.entrySet()) {
      IllegalArgumentException x =
          assertThrows(
              IllegalArgumentException.class,
              () -> SearchParams.parse(Map.of(e.getKey(), List.of(e.getValue()))),
              e.getKey());
      assertTrue(x.getMessage().startsWith(e.getKey()), x.getMessage());
    }
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchParams.parse(Map.of("page", List.of("1", "2"))));
    assertTrue(twice.getMessage().startsWith("page"));
  }
}
