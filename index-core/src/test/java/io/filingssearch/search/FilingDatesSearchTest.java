package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.filingssearch.filing.Filing;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filing that states no date of report is dated by its filing date: the year facet, the date
 * filters and the date sort all see it, and its hit says which date it is.
 */
class FilingDatesSearchTest {
  @Test
  void aFilingWithOnlyAFilingDateIsCountedFilteredAndSortedByIt(@TempDir Path tmp)
      throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Fixtures.seed("003"), data.resolve("seed.txt")); // date of report 2005-05-03
    Files.writeString(
        data.resolve("stanford.txt"),
        Fixtures.stanford(
            "XYZ",
            "20090410163955",
            "Item 8.01 Other Events. The Board of Directors of Example Widgets, Inc. (the"
                + " \"Company\") adopted a merger plan."),
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("idx");
    FilingIndexer.index(index, List.of(data), false, IndexListener.NONE);
    try (FilingSearcher s = FilingSearcher.open(index, 0)) {
      SearchResults all = s.search(SearchRequest.builder().groupByFiling(true).build());
      assertEquals(
          List.of("2009=1", "2005=1"),
          all.facets().get(FacetDimension.YEAR).stream()
              .map(v -> v.value() + "=" + v.count())
              .toList());

      SearchResults in2009 =
          s.search(SearchRequest.builder().years(List.of(2009)).groupByFiling(true).build());
      assertEquals(1, in2009.total());
      Hit hit = in2009.hits().get(0);
      assertEquals(null, hit.dateOfReport());
      assertEquals(LocalDate.parse("2009-04-10"), hit.filedDate());
      assertEquals(LocalDate.parse("2009-04-10"), hit.date());
      assertEquals(Filing.DateKind.FILED, hit.dateKind());

      SearchResults byRange =
          s.search(
              SearchRequest.builder()
                  .from(LocalDate.parse("2009-01-01"))
                  .to(LocalDate.parse("2009-12-31"))
                  .groupByFiling(true)
                  .build());
      assertEquals(1, byRange.total());

      SearchResults newestFirst =
          s.search(SearchRequest.builder().sort(SortOrder.DATE).groupByFiling(true).build());
      assertEquals(
          List.of(LocalDate.parse("2009-04-10"), LocalDate.parse("2005-05-03")),
          newestFirst.hits().stream().map(Hit::date).toList());
      assertEquals(Filing.DateKind.REPORT, newestFirst.hits().get(1).dateKind());
    }
  }
}
