package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Partner and company filters match as the query language does, in any case, punctuation or legal
 * form; a company is one facet value however its filings spell it, shown in its own spelling.
 */
class NameFiltersTest {
  @TempDir static Path tmp;
  private static FilingSearcher searcher;

  /** A Stanford record of a filer (by ticker) that writes its name {@code name}. */
  private static String stanford(String ticker, String time, String name) {
    return Fixtures.stanford(
        ticker,
        time,
        "Item 8.01 Other Events.\n"
            + name
            + " (the \"Company\") opened a store. "
            + name
            + " (the \"Company\") said sales grew.");
  }

  @BeforeAll
  static void build() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (var seeds = Files.list(Fixtures.seeds())) {
      for (Path p : seeds.toList()) {
        Files.copy(p, data.resolve(p.getFileName()));
      }
    }
    // One filer (one ticker) that renamed itself and spells its name three ways.
    Files.writeString(
        data.resolve("r1.txt"),
        stanford("WRN", "20060410163955", "Warren Rents, Inc."),
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("r2.txt"),
        stanford("WRN", "20070410163955", "Warren Rents, Inc."),
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("r3.txt"),
        stanford("WRN", "20100410163955", "Warren's, Inc."),
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("r4.txt"),
        stanford("WRN", "20110410163955", "Warrens, Inc."),
        StandardCharsets.UTF_8);
    FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    searcher = FilingSearcher.open(tmp.resolve("idx"), 0);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static long filings(SearchRequest.Builder b) throws Exception {
    return searcher.search(b.groupByFiling(true).build()).total();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ImmunoGen",
        "immunogen",
        "immunogen inc",
        "IMMUNOGEN, INC.",
        "ImmunoGen Corporation",
        "Immunogen"
      })
  void aCompanyFilterFindsTheFourImmunoGenFilingsInAnySpelling(String value) throws Exception {
    assertEquals(4, filings(SearchRequest.builder().companies(List.of(value))));
    assertEquals(4, filings(SearchRequest.builder().query("company:\"" + value + "\"")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Genentech", "genentech", "GENENTECH", "Genentech, Inc.", "genentech inc"})
  void aPartnerFilterMatchesInAnyCaseOrLegalForm(String value) throws Exception {
    long byQuery = filings(SearchRequest.builder().query("partner:genentech"));
    assertEquals(2, byQuery);
    assertEquals(byQuery, filings(SearchRequest.builder().partners(List.of(value))));
  }

  @Test
  void oneFilerIsOneCompanyValueShownInItsMostCommonSpelling() throws Exception {
    SearchResults all = searcher.search(SearchRequest.builder().groupByFiling(true).build());
    List<String> companies =
        all.facets().get(FacetDimension.COMPANY).stream()
            .map(v -> v.label() + "=" + v.count())
            .toList();
    assertEquals(List.of("ImmunoGen=4", "Warren Rents=4"), companies);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Warren Rents", "warrens", "Warren's, Inc.", "WARRENS INC"})
  void anyOfAFilersNamesFindsAllItsFilings(String value) throws Exception {
    assertEquals(4, filings(SearchRequest.builder().companies(List.of(value))));
  }

  @Test
  void aCompanyFilterWithoutWordsIsAnErrorNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> filings(SearchRequest.builder().companies(List.of("!!!"))));
    assertEquals("company: '!!!' has no words", e.getMessage());
  }
}
