package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streaming every hit of a search ({@link FilingSearcher#forEachHit}) over the seed filings. */
class HitStreamTest {
  @RegisterExtension static final SeedIndex seeds = new SeedIndex(0);

  private static List<String> keys(List<Hit> hits) {
    return hits.stream().map(h -> h.filingId() + "/" + h.sectionId()).toList();
  }

  private static List<Hit> streamed(SearchRequest r, long limit, int pageSize) throws Exception {
    List<Hit> out = new ArrayList<>();
    long n = seeds.searcher().forEachHit(r, limit, pageSize, out::add);
    assertEquals(out.size(), n);
    return out;
  }

  /** Read three at a time, the stream crosses many pages and still gives what one page gives. */
  @Test
  void everyOrderStreamedInSmallPagesGivesExactlyTheHitsOfOneBigPage() throws Exception {
    for (SortOrder sort : SortOrder.values()) {
      for (boolean group : new boolean[] {false, true}) {
        for (String q : List.of("", "agreement", "Genentech OR license")) {
          SearchRequest r =
              SearchRequest.builder().query(q).sort(sort).groupByFiling(group).size(100).build();
          SearchResults page = seeds.searcher().search(r);
          List<Hit> all = streamed(r, Long.MAX_VALUE, 3);
          String what = sort + " group=" + group + " q=" + q;
          assertEquals(page.total(), all.size(), what);
          assertEquals(keys(page.hits()), keys(all), what);
          assertEquals(
              page.hits().stream().map(h -> h.snippets().get(0)).toList(),
              all.stream().map(h -> h.snippets().get(0)).toList(),
              what);
        }
      }
    }
  }

  @Test
  void aGroupedStreamVisitsEachFilingOnce() throws Exception {
    List<Hit> all =
        streamed(SearchRequest.builder().groupByFiling(true).build(), Long.MAX_VALUE, 2);
    Set<String> ids = new HashSet<>();
    all.forEach(h -> assertTrue(ids.add(h.filingId()), h.filingId()));
    assertEquals(4, ids.size());
  }

  @Test
  void theStreamStopsAtItsLimit() throws Exception {
    SearchRequest r = SearchRequest.builder().build();
    assertTrue(seeds.searcher().search(r).total() > 7);
    List<Hit> first = streamed(r, 7, 3);
    assertEquals(7, first.size());
    assertEquals(keys(streamed(r, Long.MAX_VALUE, 3)).subList(0, 7), keys(first));
    assertEquals(0, streamed(r, 0, 3).size());
    assertThrows(IllegalArgumentException.class, () -> seeds.searcher().forEachHit(r, -1, h -> {}));
  }
}
