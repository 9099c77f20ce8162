package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.FilingFormat;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.internal.CompanyNames;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How much of the shared corpus the year and company facets cover, and whether a company is ever a
 * name that is not the filer's: printed for a reader to judge, with floors that were measured.
 */
class CorpusFacetCoverageTest {
  /** A Stanford file's header names its ticker: {@code FILE:AA/AA-8K-2002....txt.gz}. */
  private static final Pattern STANFORD_TICKER = Pattern.compile("(?m)^FILE:([A-Z.]+)/");

  /** What a registrant's name never is: a law, a dateline, an address. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)\\bAct of (?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\b"
              + "|\\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}\\b"
              + "|\\b(?:Avenue|Street|Road|Boulevard|Suite|Floor|P\\.O\\. Box)\\b");

  @Test
  void everyFilingHasAYearAndNoCompanyIsAnotherFilersName(@TempDir Path tmp) throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "../shared/corpus is absent");
    FilingParser parser = new FilingParser();
    Map<String, Filing> byId = new LinkedHashMap<>();
    Map<String, String> filer = new HashMap<>(); // filing id -> "cik:X" or "ticker:T"
    for (Path f : FilingIndexer.filesToIndex(FilingIndexer.walk(List.of(corpus)))) {
      Filing filing;
      try {
        filing = parser.parse(f);
      } catch (BadFilingException e) {
        continue;
      }
      if (byId.putIfAbsent(filing.id(), filing) != null) {
        continue;
      }
      if (filing.cik() != null) {
        filer.put(filing.id(), "cik:" + filing.cik());
      } else if (filing.format() == FilingFormat.STANFORD) {
        String head = new String(Files.readAllBytes(f), StandardCharsets.US_ASCII);
        Matcher m = STANFORD_TICKER.matcher(head.substring(0, Math.min(head.length(), 500)));
        if (m.find()) {
          filer.put(filing.id(), "ticker:" + m.group(1));
        }
      }
    }
    int filings = byId.size();
    long withReportDate = byId.values().stream().filter(f -> f.dateOfReport() != null).count();
    long withDate = byId.values().stream().filter(f -> f.date() != null).count();
    long withCompany = byId.values().stream().filter(f -> f.company() != null).count();
    // A filing without a name of its own is still counted under its filer (CIK or ticker).
    long inCompanyFacet =
        byId.values().stream().filter(f -> DocumentMapper.companyIdentity(f) != null).count();
    List<Filing> stanford =
        byId.values().stream().filter(f -> f.format() == FilingFormat.STANFORD).toList();
    long stanfordWithCompany = stanford.stream().filter(f -> f.company() != null).count();

    // Each filer's own name: the name key most of its filings carry.
    Map<String, Map<String, Integer>> keysByFiler = new TreeMap<>();
    for (Filing f : byId.values()) {
      String who = filer.get(f.id());
      if (who != null && f.company() != null) {
        keysByFiler
            .computeIfAbsent(who, k -> new TreeMap<>())
            .merge(CompanyNames.key(f.company()), 1, Integer::sum);
      }
    }
    Map<String, String> ownKey = new HashMap<>();
    keysByFiler.forEach(
        (who, keys) ->
            ownKey.put(
                who,
                keys.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    List<String> wrong = new ArrayList<>();
    for (Filing f : byId.values()) {
      if (f.company() == null) {
        continue;
      }
      String key = CompanyNames.key(f.company());
      String who = filer.get(f.id());
      boolean another =
          ownKey.entrySet().stream()
              .anyMatch(e -> !e.getKey().equals(who) && e.getValue().equals(key));
      if (another || NOT_A_NAME.matcher(f.company()).find()) {
        wrong.add(f.source() + ": " + f.company() + (another ? " (another filer's name)" : ""));
      }
    }

    System.out.printf(
        "facet coverage: %d filings; with a year %d (%.1f%%; %d from a date of report, %d from the"
            + " filing date); with a company %d (%.1f%%), in the company facet %d (%.1f%%);"
            + " Stanford filings with a company %d of %d; companies that are not the filer's"
            + " name: %d%n",
        filings,
        withDate,
        100.0 * withDate / filings,
        withReportDate,
        withDate - withReportDate,
        withCompany,
        100.0 * withCompany / filings,
        inCompanyFacet,
        100.0 * inCompanyFacet / filings,
        stanfordWithCompany,
        stanford.size(),
        wrong.size());
    wrong.forEach(w -> System.out.println("  not the filer: " + w));
    keysByFiler.forEach((who, keys) -> System.out.println("  " + who + " company keys: " + keys));

    FilingIndexer.index(tmp.resolve("idx"), List.of(corpus), false, IndexListener.NONE);
    try (FilingSearcher searcher = FilingSearcher.open(tmp.resolve("idx"))) {
      SearchResults all = searcher.search(SearchRequest.builder().groupByFiling(true).build());
      List<FacetValue> companies = all.facets().get(FacetDimension.COMPANY);
      // One filer, one value: no two values shown share a name's key.
      assertEquals(
          companies.size(),
          companies.stream().map(v -> CompanyNames.key(v.label())).distinct().count(),
          companies.toString());
      System.out.println("top company facet values:");
      companies.forEach(v -> System.out.printf("  %4d  %s%n", v.count(), v.label()));
      int yearCount =
          all.facets().get(FacetDimension.YEAR).stream().mapToInt(FacetValue::count).sum();
      assertEquals(withDate, yearCount, "the year facet counts every filing with a date");
    }
    assertEquals(filings, withDate, "every corpus filing states some date");
    assertTrue(withCompany >= 379, "company coverage fell: " + withCompany);
    assertTrue(inCompanyFacet >= 500, "company facet coverage fell: " + inCompanyFacet);
    assertEquals(List.of(), wrong, "companies that are not the filer's name");
  }
}
