package io.filingssearch.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query text as given
 * @param total how many sections (or filings, when grouped) match
 * @param totalExact false when {@code total} is a lower bound
 * @param tookMs time taken in milliseconds
 * @param hits the requested page of hits
 * @param facets every facet dimension to its values, in the dimensions' display order (the enum's),
 *     counted in filings, each dimension ignoring its own filter (drill-sideways) so that other
 *     values can still be chosen; years also ignore the date range ({@code from}, {@code to},
 *     {@code date:}), so that a histogram of them shows the years around a range chosen
 * @param suggestion a corrected query when this one found little, else null
 * @param lenient true when the query's syntax was not understood and its words were searched
 * @param partial true when the search ran out of time and the results are incomplete
 * @param message a note for the user (why the query was read leniently, ...), or null
 * @param approximate true when the search matched a large share of the index and {@code total} and
 *     the facet counts were estimated from an even sample of it (ask for {@link
 *     SearchRequest#exactCounts()} to count every match); the hits are the best ones either way
 */
public record SearchResults(
    String query,
    long total,
    boolean totalExact,
    long tookMs,
    List<Hit> hits,
    Map<FacetDimension, List<FacetValue>> facets,
    String suggestion,
    boolean lenient,
    boolean partial,
    String message,
    boolean approximate) {
  /** Copies the collections; the facets keep the dimensions' display order. */
  public SearchResults {
    hits = List.copyOf(hits);
    EnumMap<FacetDimension, List<FacetValue>> ordered = new EnumMap<>(FacetDimension.class);
    facets.forEach((dim, values) -> ordered.put(dim, List.copyOf(values)));
    facets = Collections.unmodifiableMap(ordered);
  }

  /**
   * The same results with another time taken (a cached answer says how long it took to serve).
   *
   * @param ms the time taken in milliseconds
   * @return a copy with {@code tookMs} replaced
   */
  public SearchResults withTookMs(long ms) {
    return new SearchResults(
        query,
        total,
        totalExact,
        ms,
        hits,
        facets,
        suggestion,
        lenient,
        partial,
        message,
        approximate);
  }
}
