package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden end-to-end tests: index the seed filings, then search them as a user would. */
class FilingSearcherTest {
  @TempDir static Path tmp;
  static Path index;
  static FilingSearcher searcher;

  @BeforeAll
  static void indexSeeds() throws Exception {
    index = tmp.resolve("index");
    IndexReport r =
        FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    assertEquals(4, r.filings());
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    searcher = FilingSearcher.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static LocalDate date(SearchResults r, int i) {
    return r.hits().get(i).dateOfReport();
  }

  private static Set<LocalDate> filingDates(SearchResults r) {
    Set<LocalDate> s = new LinkedHashSet<>();
    r.hits().forEach(h -> s.add(h.dateOfReport()));
    return s;
  }

  @Test
  void genentechFindsThe2000And2005FilingsFirst() throws Exception {
    SearchResults r =
        searcher.search(SearchRequest.builder().query("Genentech").groupByFiling(true).build());
    assertEquals(
        Set.of(LocalDate.parse("2000-05-08"), LocalDate.parse("2005-05-03")),
        Set.of(date(r, 0), date(r, 1)));
    assertTrue(r.hits().get(0).snippets().get(0).contains("<mark>Genentech</mark>"));
  }

  @Test
  void amountFilterInTheQueryAndAsAFilterFindTheBigDeals() throws Exception {
    Set<LocalDate> expected =
        Set.of(
            LocalDate.parse("1997-08-01"),
            LocalDate.parse("1999-02-03"),
            LocalDate.parse("2000-05-08"));
    SearchResults q =
        searcher.search(SearchRequest.builder().query("amount:>=10M").size(100).build());
    SearchResults f =
        searcher.search(SearchRequest.builder().minAmount(10_000_000L).size(100).build());
    assertEquals(expected, filingDates(q));
    assertEquals(expected, filingDates(f));
  }

  @Test
  void item101FindsThe2005Filing() throws Exception {
    SearchResults r = searcher.search(SearchRequest.of("item:1.01"));
    assertEquals(Set.of(LocalDate.parse("2005-05-03")), filingDates(r));
    SearchResults viaFilter =
        searcher.search(SearchRequest.builder().items(List.of("1.01")).build());
    assertEquals(r.total(), viaFilter.total());
  }

  @Test
  void apoptosisComesBackHighlightedAndEscaped() throws Exception {
    SearchResults r = searcher.search(SearchRequest.of("apoptosis"));
    assertTrue(r.total() > 0);
    String snippet = r.hits().get(0).snippets().get(0);
    assertTrue(snippet.toLowerCase().contains("<mark>apoptosis</mark>"), snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
  }

  @Test
  void misspelledQuerySuggestsTheWordInTheFilings() throws Exception {
    assertEquals("prodrug", searcher.search(SearchRequest.of("prodrucg")).suggestion());
    assertEquals("genentech", searcher.search(SearchRequest.of("genentec")).suggestion());
  }

  @Test
  void facetCountsAreFilingsAndIgnoreTheirOwnFilter() throws Exception {
    SearchResults all = searcher.search(SearchRequest.of(""));
    assertEquals(22, all.total());
    FacetValue item5 =
        all.facets().get(FacetDimension.ITEM).stream()
            .filter(v -> v.value().equals("5"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, item5.count());
    assertEquals("Other Events", item5.label());
    SearchResults chosen = searcher.search(SearchRequest.builder().items(List.of("1.01")).build());
    // Drill-sideways: choosing item 1.01 still shows how many filings have item 5.
    assertEquals(
        3,
        chosen.facets().get(FacetDimension.ITEM).stream()
            .filter(v -> v.value().equals("5"))
            .findFirst()
            .orElseThrow()
            .count());
    assertEquals(1, chosen.facets().get(FacetDimension.YEAR).size());
  }

  @Test
  void malformedSyntaxIsReadLenientlyAndBadFilterValuesAreErrors() throws Exception {
    SearchResults r = searcher.search(SearchRequest.of("\"technology access (fee AND"));
    assertTrue(r.lenient());
    assertTrue(r.total() > 0);
    SearchResults wild = searcher.search(SearchRequest.of("*genentech"));
    assertTrue(wild.lenient());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> searcher.search(SearchRequest.of("amount:>=ten")));
    assertTrue(e.getMessage().contains("amount:>=ten"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().size(1000).build());
  }

  @Test
  void aDanglingOperatorIsIgnoredAndTheRestIsSearched() throws Exception {
    SearchResults plain =
        searcher.search(SearchRequest.builder().query("genentech").size(100).build());
    long all = searcher.search(SearchRequest.of("")).total();
    assertTrue(plain.total() > 0 && plain.total() < all, plain.total() + " of " + all);
    for (String q :
        List.of(
            "genentech AND",
            "AND genentech",
            "genentech OR",
            "OR genentech",
            "genentech NOT",
            "genentech AND NOT",
            "genentech &&",
            "|| genentech",
            "genentech AND AND",
            "item:1.01 genentech AND")) {
      SearchResults r = searcher.search(SearchRequest.builder().query(q).size(100).build());
      if (q.startsWith("item:")) {
        assertEquals(
            searcher.search(SearchRequest.of("item:1.01 genentech")).total(), r.total(), q);
      } else {
        assertEquals(plain.total(), r.total(), q);
        assertEquals(sectionIds(plain), sectionIds(r), q);
      }
      assertTrue(r.lenient(), q);
    }
    // An operator between words still works; only the dangling one is dropped.
    SearchResults both = searcher.search(SearchRequest.of("genentech AND apoptosis AND"));
    assertEquals(
        searcher.search(SearchRequest.of("genentech AND apoptosis")).total(), both.total());
    assertTrue(both.total() < plain.total());
  }

  private static List<String> sectionIds(SearchResults r) {
    return r.hits().stream().map(h -> h.filingId() + "/" + h.sectionId()).toList();
  }

  @Test
  void negatedFiltersExcludeAndNegatedRangesAreRefused() throws Exception {
    assertEquals(0, searcher.search(SearchRequest.of("agreement -company:immunogen")).total());
    SearchResults noGenentech =
        searcher.search(
            SearchRequest.builder().query("-partner:genentech").groupByFiling(true).build());
    assertEquals(2, noGenentech.total());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> searcher.search(SearchRequest.of("-amount:>=10M")));
    assertTrue(e.getMessage().contains("-amount:>=10M"), e.getMessage());
  }

  @Test
  void groupedPagesHoldOneHitPerFilingUntilTheFilingsRunOut() throws Exception {
    Set<String> seen = new LinkedHashSet<>();
    for (int page = 1; page <= 4; page++) {
      SearchResults r =
          searcher.search(SearchRequest.builder().groupByFiling(true).size(1).page(page).build());
      assertEquals(4, r.total());
      assertEquals(1, r.hits().size(), "page " + page);
      seen.add(r.hits().get(0).filingId());
    }
    assertEquals(4, seen.size());
    assertEquals(
        0,
        searcher
            .search(SearchRequest.builder().groupByFiling(true).size(1).page(5).build())
            .hits()
            .size());
  }

  @Test
  void phrasesDatesAndSortingWork() throws Exception {
    SearchResults phrase = searcher.search(SearchRequest.of("\"technology access fee\""));
    assertTrue(filingDates(phrase).contains(LocalDate.parse("2005-05-03")));
    SearchResults dated =
        searcher.search(SearchRequest.builder().query("date:1999..2000").size(100).build());
    assertEquals(
        Set.of(LocalDate.parse("1999-02-03"), LocalDate.parse("2000-05-08")), filingDates(dated));
    SearchResults byDate =
        searcher.search(SearchRequest.builder().sort(SortOrder.DATE).size(100).build());
    assertEquals(LocalDate.parse("2005-05-03"), date(byDate, 0));
    assertEquals(LocalDate.parse("1997-08-01"), date(byDate, byDate.hits().size() - 1));
  }

  @Test
  void wholeFilingComesBackWithItsSections() throws Exception {
    String id = searcher.search(SearchRequest.of("item:1.01")).hits().get(0).filingId();
    Filing f = searcher.filing(id).orElseThrow();
    assertEquals(List.of("1.01", "9.01"), f.items());
    assertEquals("cover", f.sections().get(0).id());
    assertTrue(searcher.filing("nope").isEmpty());
  }

  @Test
  void autocompleteFindsCompaniesAndTitles() throws Exception {
    List<Suggestion> s = searcher.suggest("immu", 10);
    assertTrue(s.stream().anyMatch(x -> x.type().equals("company")), s.toString());
    // A word inside a section's heading as a seed filing writes it.
    List<Suggestion> t = searcher.suggest("entry into", 10);
    assertTrue(
        t.stream()
            .anyMatch(
                x ->
                    x.type().equals("title")
                        && x.text().toLowerCase(Locale.ROOT).contains("entry into")),
        t.toString());
  }

  @Test
  void reindexingTwiceChangesNothingAndAnEditReplacesSections(@TempDir Path work) throws Exception {
    Path data = work.resolve("data");
    Files.createDirectories(data);
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.toList()) {
        Files.copy(p, data.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path idx = work.resolve("idx");
    IndexReport first = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    IndexReport second = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    assertEquals(4, first.filings());
    assertEquals(0, second.filings());
    assertEquals(4, second.unchanged());
    try (FilingSearcher s = FilingSearcher.open(idx)) {
      assertEquals(22, s.search(SearchRequest.of("")).total());
      Path seed = Fixtures.seed("003");
      Path copy = data.resolve(seed.getFileName());
      Files.writeString(copy, Files.readString(copy).replace("Genentech", "Zymogenetics"));
      IndexReport third = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
      assertEquals(1, third.filings());
      s.refresh();
      assertEquals(22, s.search(SearchRequest.of("")).total());
      assertEquals(
          1,
          s.search(SearchRequest.builder().query("zymogenetics").groupByFiling(true).build())
              .total());
      // Cached by now: the rebuild below must still make it disappear.
      assertTrue(s.search(SearchRequest.of("zymogenetics")).total() > 0);
      Files.delete(copy);
      IndexReport fourth = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
      assertEquals(1, fourth.removed());
      FilingIndexer.index(idx, List.of(data), true, IndexListener.NONE);
      s.refresh();
      assertEquals(0, s.search(SearchRequest.of("zymogenetics")).total());
      assertEquals(3, s.stats().filings());
    }
  }

  @Test
  void facetsAreTheSameWhenFilingsArriveOneSegmentAtATime(@TempDir Path work) throws Exception {
    // Each indexing run commits its own segment: counts must merge across segments by value.
    Path data = work.resolve("data");
    Files.createDirectories(data);
    Path idx = work.resolve("idx");
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.sorted().toList()) {
        Files.copy(p, data.resolve(p.getFileName()));
        FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
      }
    }
    try (var reader =
        org.apache.lucene.index.DirectoryReader.open(
            org.apache.lucene.store.FSDirectory.open(
                io.filingssearch.internal.IndexLocation.current(idx)))) {
      assertEquals(4, reader.leaves().size());
    }
    try (FilingSearcher many = FilingSearcher.open(idx)) {
      for (String q : List.of("", "Genentech", "agreement", "amount:>=1M")) {
        SearchResults one = searcher.search(SearchRequest.of(q));
        SearchResults split = many.search(SearchRequest.of(q));
        assertEquals(one.total(), split.total(), q);
        assertEquals(one.facets(), split.facets(), q);
      }
      String partner =
          searcher.search(SearchRequest.of("")).facets().get(FacetDimension.PARTNER).get(0).value();
      SearchRequest chosen = SearchRequest.builder().partners(List.of(partner)).build();
      assertTrue(searcher.search(chosen).total() > 0);
      assertEquals(searcher.search(chosen).facets(), many.search(chosen).facets());
    }
  }

  @Test
  void aLongSectionIsShownWholeAndHighlightedInItsHead(@TempDir Path work) throws Exception {
    // A press release padded past the stored head: the filing view has all of it, and a word
    // only beyond the head still finds the section, shown with its opening lines.
    Path data = work.resolve("data");
    Files.createDirectories(data);
    Path seed = Fixtures.seed("003");
    String text = Files.readString(seed);
    int end = text.lastIndexOf("</TEXT>") > 0 ? text.lastIndexOf("</TEXT>") : text.length();
    String padding =
        "The parties will meet quarterly to review the research plan. ".repeat(800)
            + "Quetzalcoatl appears only here.\n";
    Files.writeString(
        data.resolve("long.txt"), text.substring(0, end) + padding + text.substring(end));
    Path idx = work.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    try (FilingSearcher s = FilingSearcher.open(idx)) {
      SearchResults r = s.search(SearchRequest.of("quetzalcoatl"));
      assertEquals(1, r.total());
      Hit hit = r.hits().get(0);
      assertFalse(hit.snippets().get(0).contains("<mark>"), hit.snippets().get(0));
      Filing f = s.filing(hit.filingId()).orElseThrow();
      String whole =
          f.sections().stream()
              .filter(x -> x.id().equals(hit.sectionId()))
              .findFirst()
              .orElseThrow()
              .text();
      assertTrue(whole.length() > io.filingssearch.internal.DocumentMapper.HEAD_CHARS, "length");
      assertTrue(whole.contains("Quetzalcoatl appears only here."));
      SearchResults early = s.search(SearchRequest.of("quarterly research plan"));
      assertTrue(early.hits().get(0).snippets().get(0).contains("<mark>"));
    }
  }

  @Test
  void aRepeatedSearchIsAnsweredFromTheCacheWithTheSameResults() throws Exception {
    SearchRequest q =
        SearchRequest.builder().query("license agreement").groupByFiling(true).build();
    SearchResults first = searcher.search(q);
    SearchResults again = searcher.search(q);
    assertEquals(first.withTookMs(0), again.withTookMs(0));
    // From the cache: the very hits computed the first time, not equal ones computed again.
    assertSame(first.hits().get(0), again.hits().get(0));
    try (FilingSearcher uncached = FilingSearcher.open(index, 0)) {
      SearchResults computed = uncached.search(q);
      assertEquals(first.withTookMs(0), computed.withTookMs(0));
      assertNotSame(computed.hits().get(0), uncached.search(q).hits().get(0));
    }
    assertThrows(IllegalArgumentException.class, () -> FilingSearcher.open(index, -1));
  }

  /** The text of every section of the seed filings. */
  private static List<String> sectionTexts() throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    searcher.forEachFiling(f -> f.sections().forEach(sec -> texts.add(sec.text())));
    return texts;
  }

  @Test
  void marksOfAPluralQueryCoverTheSingularWordAsSearchStemsIt() throws Exception {
    boolean singular = false;
    int marked = 0;
    for (String text : sectionTexts()) {
      for (Span m : searcher.marks("payments", text)) {
        String word = text.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
        assertTrue(word.equals("payment") || word.equals("payments"), word);
        singular |= word.equals("payment");
        marked++;
      }
    }
    assertTrue(singular, "a 'payment' is marked for the query 'payments'");
    assertEquals(7, marked, "every payment(s) of the seed filings");
  }

  @Test
  void marksIgnoreCaseAndSkipFiltersExclusionsAndBlankQueries() throws Exception {
    String text =
        sectionTexts().stream().filter(t -> t.contains("payment")).findFirst().orElseThrow();
    List<Span> lower = searcher.marks("payments", text);
    assertFalse(lower.isEmpty());
    assertEquals(lower, searcher.marks("PAYMENTS", text));
    assertEquals(lower, searcher.marks("payments item:1.01", text));
    assertEquals(List.of(), searcher.marks("item:1.01", text));
    assertEquals(
        List.of(),
        searcher.marks("agreement -payments", text).stream()
            .filter(
                m ->
                    text.substring(m.start(), m.end())
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith("payment"))
            .toList());
    assertEquals(List.of(), searcher.marks("", text));
    assertEquals(List.of(), searcher.marks(null, text));
  }

  @Test
  void everyIndexedSectionIsVisitedOnceWithItsFiling() throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    int[] sections = {0};
    searcher.forEachFiling(
        f -> {
          ids.add(f.id());
          sections[0] += f.sections().size();
        });
    assertEquals(4, ids.size());
    assertEquals(4, new java.util.HashSet<>(ids).size());
    assertEquals(searcher.stats().sections(), sections[0]);
  }

  @Test
  void yearsAreCountedWithoutTheDateRangeSoTheYearsAroundItStayVisible() throws Exception {
    SearchResults r =
        searcher.search(
            SearchRequest.builder()
                .from(LocalDate.parse("2005-01-01"))
                .to(LocalDate.parse("2005-12-31"))
                .groupByFiling(true)
                .build());
    assertEquals(1, r.total());
    List<String> years =
        r.facets().get(FacetDimension.YEAR).stream().map(FacetValue::value).sorted().toList();
    assertEquals(List.of("1997", "1999", "2000", "2005"), years);
    // Other dimensions keep the range: only the 2005 filing's items are counted.
    List<String> items =
        r.facets().get(FacetDimension.ITEM).stream().map(FacetValue::value).sorted().toList();
    assertEquals(List.of("1.01", "9.01"), items);
  }
}
