package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partner is one facet value however filings write it, counted once per filing. */
class PartnerSpellingsTest {
  /** A filing of filer {@code ticker} whose Item 1.01 names its partner {@code partner}. */
  private static String deal(String ticker, String time, String filer, String partner) {
    return Fixtures.stanford(
        ticker,
        time,
        "Item 1.01 Entry into a Material Definitive Agreement.\nOn March 3, 2008, "
            + filer
            + " entered into a license agreement with "
            + partner
            + ".");
  }

  @Test
  void aPartnerWrittenInCapitalsAndNormallyIsOneFacetValue(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(
        data.resolve("p1.txt"),
        deal("QQA", "20080310163955", "Quill Inc.", "DreamWorks Animation SKG, Inc."),
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("p2.txt"),
        deal("QQB", "20080410163955", "Quarry Corp.", "DREAMWORKS ANIMATION SKG, INC."),
        StandardCharsets.UTF_8);
    Files.writeString(
        data.resolve("p3.txt"),
        deal("QQC", "20080510163955", "Quince Corp.", "DreamWorks Animation SKG, Inc."),
        StandardCharsets.UTF_8);
    FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    try (FilingSearcher searcher = FilingSearcher.open(tmp.resolve("idx"), 0)) {
      SearchResults r =
          searcher.search(SearchRequest.builder().query("license").groupByFiling(true).build());
      List<FacetValue> partners = r.facets().get(FacetDimension.PARTNER);
      List<FacetValue> dreamworks =
          partners.stream()
              .filter(v -> v.value().toLowerCase(Locale.ROOT).startsWith("dreamworks"))
              .toList();
      assertEquals(1, dreamworks.size(), partners.toString());
      assertEquals(3, dreamworks.get(0).count(), partners.toString());
      assertEquals("DreamWorks Animation SKG", dreamworks.get(0).value(), "the commoner spelling");
      SearchResults filtered =
          searcher.search(
              SearchRequest.builder()
                  .query("license")
                  .groupByFiling(true)
                  .partners(List.of(dreamworks.get(0).value()))
                  .build());
      assertEquals(3, filtered.total(), "the value chosen finds every spelling");
    }
  }
}
