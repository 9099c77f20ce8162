package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import io.filingssearch.internal.CompanyNames;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes the whole shared corpus and checks the facet counts against what parsing found. */
class CorpusIndexTest {
  @Test
  void facetCountsOfTheWholeCorpusMatchWhatParsingFound(@TempDir Path tmp) throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "../shared/corpus is absent");
    IndexReport report =
        FilingIndexer.index(tmp.resolve("idx"), List.of(corpus), false, IndexListener.NONE);
    System.out.printf(
        "corpus index: %d files, %d filings, %d sections, %d failed, %.1f MB/s, %d ms%n",
        report.files(),
        report.filings(),
        report.sections(),
        report.failures().size(),
        report.megabytesPerSecond(),
        report.elapsedMs());

    // What parsing finds in the files the indexer takes, per distinct filing id.
    FilingParser parser = new FilingParser();
    FactExtractor extractor = new FactExtractor();
    Map<String, Filing> byId = new HashMap<>();
    int failed = 0;
    for (Path f : FilingIndexer.filesToIndex(FilingIndexer.walk(List.of(corpus)))) {
      try {
        Filing filing = extractor.extract(parser.parse(f));
        byId.putIfAbsent(filing.id(), filing);
      } catch (BadFilingException e) {
        failed++;
      }
    }
    assertEquals(failed, report.failures().size());
    Map<String, Integer> items = new HashMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    Map<String, Integer> companies = new HashMap<>();
    Map<String, Integer> years = new HashMap<>();
    Map<String, Integer> buckets = new HashMap<>();
    Set<String> withAmountOver10M = new HashSet<>();
    for (Filing f : byId.values()) {
      f.items().forEach(i -> items.merge(i, 1, Integer::sum));
      // A partner is counted once per filing by its name, in every spelling of it.
      Map<String, String> named = new java.util.LinkedHashMap<>();
      f.counterparties().forEach(p -> named.putIfAbsent(CompanyNames.key(p), p));
      named.forEach(
          (key, p) ->
              spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(p, 1, Integer::sum));
      String filer = DocumentMapper.companyIdentity(f);
      if (filer != null) {
        companies.merge(filer, 1, Integer::sum);
      }
      if (f.date() != null) {
        years.merge(String.valueOf(f.date().getYear()), 1, Integer::sum);
      }
      f.sections().stream()
          .flatMap(s -> s.amounts().stream())
          .filter(Amount::salient)
          .map(a -> bucket(a.wholeDollars()))
          .distinct()
          .forEach(b -> buckets.merge(b, 1, Integer::sum));
      if (f.sections().stream()
          .flatMap(s -> s.amounts().stream())
          .anyMatch(a -> a.salient() && a.usd().longValue() >= 10_000_000L)) {
        withAmountOver10M.add(f.id());
      }
    }

    try (FilingSearcher searcher = FilingSearcher.open(tmp.resolve("idx"))) {
      SearchResults all = searcher.search(SearchRequest.builder().groupByFiling(true).build());
      assertEquals(byId.size(), all.total());
      assertEquals(byId.size(), searcher.stats().filings());
      for (FacetValue v : all.facets().get(FacetDimension.ITEM)) {
        assertEquals(items.get(v.value()), v.count(), "item " + v.value());
      }
      for (FacetValue v : all.facets().get(FacetDimension.PARTNER)) {
        Map<String, Integer> ways = spellings.get(CompanyNames.key(v.value()));
        assertEquals(
            ways.values().stream().mapToInt(Integer::intValue).sum(),
            v.count(),
            "partner " + v.value());
      }
      assertTrue(all.facets().get(FacetDimension.ITEM).size() >= 20);
      // The values shown: the most frequent first, ties by name; years newest first.
      // Shown by the spelling of most filings; ties by the first spelling in sort order.
      assertEquals(topNames(spellings, 20), shown(all, FacetDimension.PARTNER));
      // Companies are counted by filer and shown by its spelling: compare the counts.
      assertEquals(
          top(companies, 20).stream().map(v -> v.substring(v.lastIndexOf('=') + 1)).toList(),
          shown(all, FacetDimension.COMPANY).stream()
              .map(v -> v.substring(v.lastIndexOf('=') + 1))
              .toList());
      List<String> yearsNewestFirst =
          years.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByKey().reversed())
              .map(e -> e.getKey() + "=" + e.getValue())
              .toList();
      assertEquals(yearsNewestFirst, shown(all, FacetDimension.YEAR));
      for (FacetValue v : all.facets().get(FacetDimension.AMOUNT)) {
        assertEquals(buckets.get(v.value()), v.count(), "amount " + v.value());
      }
      assertEquals(buckets.keySet().size(), all.facets().get(FacetDimension.AMOUNT).size());
      SearchResults big =
          searcher.search(
              SearchRequest.builder().minAmount(10_000_000L).groupByFiling(true).build());
      assertEquals(withAmountOver10M.size(), big.total());
    }
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(e -> e.getKey() + "=" + e.getValue())
        .toList();
  }

  /** The first {@code n} names by filings, each shown by its commonest spelling. */
  private static List<String> topNames(Map<String, Map<String, Integer>> spellings, int n) {
    record Name(String shown, String first, int filings) {}
    List<Name> names = new java.util.ArrayList<>();
    for (Map<String, Integer> ways : spellings.values()) {
      List<String> sorted = ways.keySet().stream().sorted().toList();
      String shown = sorted.get(0);
      for (String w : sorted) {
        if (ways.get(w) > ways.get(shown)) {
          shown = w;
        }
      }
      int filings = ways.values().stream().mapToInt(Integer::intValue).sum();
      names.add(new Name(shown, sorted.get(0), filings));
    }
    return names.stream()
        .sorted(
            java.util.Comparator.comparingInt(Name::filings).reversed().thenComparing(Name::first))
        .limit(n)
        .map(x -> x.shown() + "=" + x.filings())
        .toList();
  }

  private static List<String> shown(SearchResults r, FacetDimension dim) {
    return r.facets().get(dim).stream().map(v -> v.value() + "=" + v.count()).toList();
  }

  private static String bucket(long usd) {
    return usd >= 1_000_000_000L
        ? "1B+"
        : usd >= 100_000_000L
            ? "100M-1B"
            : usd >= 10_000_000L ? "10M-100M" : usd >= 1_000_000L ? "1M-10M" : "0-1M";
  }
}
