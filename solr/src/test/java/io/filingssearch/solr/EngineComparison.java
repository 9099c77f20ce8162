package io.filingssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.filingssearch.filing.Amount;
import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.FacetValue;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchEngine;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import io.filingssearch.search.SortOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Compares what two engines answer to the same request. */
public final class EngineComparison {
  private EngineComparison() {}

  /** The section of each hit, in order. */
  static List<String> sections(SearchResults r) {
    return r.hits().stream().map(h -> h.filingId() + "/" + h.sectionId()).toList();
  }

  /** The filing of each hit, in order. */
  static List<String> filings(SearchResults r) {
    return r.hits().stream().map(Hit::filingId).toList();
  }

  /**
   * Asserts the same total, the same hits in the same order (hits that tie, by score and by the
   * sort's value, may come in either order: the embedded index orders them by when they were
   * written), equivalent snippets, and the same facet counts.
   */
  static void assertSame(SearchEngine expected, SearchEngine actual, SearchRequest request)
      throws IOException {
    SearchResults e = whole(expected, request);
    SearchResults a = whole(actual, request);
    String what = describe(request);
    assertEquals(e.total(), a.total(), "total of " + what);
    assertSameHits(e.hits(), a.hits(), request.sort(), what);
    assertFacets(e.facets(), a.facets(), what);
    assertEquals(e.lenient(), a.lenient(), "lenient of " + what);
    assertEquals(e.message(), a.message(), "message of " + what);
  }

  /** The same hits in the same order but for ties, with equivalent snippets. */
  static void assertSameHits(List<Hit> e, List<Hit> a, SortOrder sort, String what) {
    assertEquals(ties(e, sort), ties(a, sort), "hits of " + what);
    Map<String, Hit> byId = new HashMap<>();
    a.forEach(h -> byId.put(h.filingId() + "/" + h.sectionId(), h));
    for (Hit h : e) {
      Hit other = byId.get(h.filingId() + "/" + h.sectionId());
      if (other == null) {
        continue; // a tie cut by the page's end
      }
      assertEquals(h.company(), other.company(), "company of " + what);
      assertEquals(h.partners(), other.partners(), "partners of " + what);
      assertEquals(h.amounts(), other.amounts(), "amounts of " + what);
      assertEquals(h.snippets().size(), other.snippets().size(), "snippets of " + what);
      for (int i = 0; i < h.snippets().size(); i++) {
        assertEquivalent(h.snippets().get(i), other.snippets().get(i), what);
      }
    }
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)>");

  /**
   * Two snippets of one section are equivalent when both mark matches or neither does, and both are
   * HTML-safe: {@code <mark>} is their only tag. (The passages chosen may differ: the embedded
   * engine weighs a word by its frequency in the whole section, read from the index.)
   */
  static void assertEquivalent(String expected, String actual, String what) {
    assertEquals(
        expected.contains("<mark>"), actual.contains("<mark>"), "marks in " + actual + ", " + what);
    String rest = TAG.matcher(actual).replaceAll(m -> m.group(2).equals("mark") ? "" : "TAG");
    assertFalse(rest.contains("<") || rest.contains(">") || rest.contains("TAG"), actual);
    if (!expected.contains("<mark>")) {
      assertEquals(expected, actual, "lead of " + what);
    }
  }

  /** Hits as runs of ties, each run a set of sections. */
  static List<Set<String>> ties(List<Hit> hits, SortOrder sort) {
    List<Set<String>> out = new ArrayList<>();
    Object last = null;
    for (Hit h : hits) {
      Object key = List.of(Math.round(h.score() * 1e4), sortValue(h, sort));
      if (out.isEmpty() || !key.equals(last)) {
        out.add(new TreeSet<>());
      }
      out.get(out.size() - 1).add(h.filingId() + "/" + h.sectionId());
      last = key;
    }
    return out;
  }

  private static Object sortValue(Hit h, SortOrder sort) {
    return switch (sort) {
      case RELEVANCE -> "";
      case DATE -> String.valueOf(h.dateOfReport());
      case FILED -> String.valueOf(h.filedDate());
      case AMOUNT ->
          h.amounts().stream()
              .filter(Amount::salient)
              .mapToLong(Amount::wholeDollars)
              .max()
              .orElse(Long.MIN_VALUE);
    };
  }

  /**
   * A search's whole answer: asked again (a few times) while it comes back partial, its time budget
   * spent on a machine whose cores other work shares (the embedded engine's is fixed).
   */
  public static SearchResults whole(SearchEngine engine, SearchRequest request) throws IOException {
    SearchResults r = engine.search(request);
    for (int i = 0; i < 5 && r.partial(); i++) {
      r = engine.search(request);
    }
    assertFalse(r.partial(), "still partial after 6 tries: " + describe(request));
    return r;
  }

  static void assertFacets(
      Map<FacetDimension, List<FacetValue>> e,
      Map<FacetDimension, List<FacetValue>> a,
      String what) {
    for (FacetDimension dim : FacetDimension.values()) {
      assertEquals(e.get(dim), a.get(dim), dim.key() + " facet of " + what);
    }
  }

  static String describe(SearchRequest r) {
    return "'" + r.query() + "' " + r;
  }
}
