package io.filingssearch.search;

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
 * @param facets facet dimension ({@code item}, {@code partner}, {@code company}, {@code form},
 *     {@code year}, {@code amount}) to values, counted in filings, each dimension ignoring its own
 *     filter (drill-sideways) so that other values can still be chosen
 * @param suggestion a corrected query when this one found little, else null
 * @param lenient true when the query's syntax was not understood and its words were searched
 * @param partial true when the search ran out of time and the results are incomplete
 * @param message a note for the user (why the query was read leniently, ...), or null
 */
public record SearchResults(
    String query,
    long total,
    boolean totalExact,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String suggestion,
    boolean lenient,
    boolean partial,
    String message) {
  /** Copies the collections. */
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /**
   * The same results with another time taken (a cached answer says how long it took to serve).
   *
   * @param ms the time taken in milliseconds
   * @return a copy with {@code tookMs} replaced
   */
  public SearchResults withTookMs(long ms) {
    return new SearchResults(
        query, total, totalExact, ms, hits, facets, suggestion, lenient, partial, message);
  }
}
