package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.internal.Analyzers;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What answers searches, whatever holds the index: the embedded Lucene index ({@link
 * FilingSearcher}, the default) or a SolrCloud collection (module {@code solr}). The web layer and
 * the command line use only this. Implementations are thread-safe.
 *
 * <p>An engine that cannot offer a feature yet throws {@link UnsupportedOperationException} with a
 * message that says which feature and which engine; the web layer answers it with HTTP 501.
 */
public interface SearchEngine extends Closeable {
  /**
   * Runs a search.
   *
   * @param request what to search for
   * @return the page of hits, facet counts and a suggestion
   * @throws IllegalArgumentException when a filter value in the query is invalid; the message names
   *     it. Malformed syntax is not an error: it is read leniently and the results say so.
   * @throws IOException when the index cannot be read
   */
  SearchResults search(SearchRequest request) throws IOException;

  /**
   * Visits every hit of a search, not just a page, in the request's order (see {@link
   * FilingSearcher#forEachHit}).
   *
   * @param request what to search for; its page and size are ignored
   * @param limit the most hits to visit
   * @param action called once per hit, in order, on the calling thread
   * @return how many hits were visited
   * @throws IllegalArgumentException when a filter value is invalid, or {@code limit} is negative
   * @throws IOException when the index cannot be read
   */
  long forEachHit(SearchRequest request, long limit, Consumer<Hit> action) throws IOException;

  /**
   * The filings most like one filing (see {@link FilingSearcher#similar}).
   *
   * @param filingId the filing whose likes to find
   * @param request filters, page and size
   * @return the similar filings, or empty when there is no such filing
   * @throws IOException when the index cannot be read
   */
  Optional<SearchResults> similar(String filingId, SearchRequest request) throws IOException;

  /**
   * The filings a request matches as a history, oldest first (see {@link FilingSearcher#timeline}).
   *
   * @param request what to match
   * @return the matching filings by date
   * @throws IOException when the index cannot be read
   */
  Timeline timeline(SearchRequest request) throws IOException;

  /**
   * A whole filing as indexed.
   *
   * @param id the filing id
   * @return the filing with its sections' text, partners and amounts, or empty when unknown
   * @throws IOException when the index cannot be read
   */
  Optional<Filing> filing(String id) throws IOException;

  /**
   * Where a query's words occur in a text, matched as search matches them (see {@link
   * FilingSearcher#marks}). The same for every engine: queries are analyzed by index-core.
   *
   * @param query a query in the query language; null or blank marks nothing
   * @param text a text, such as a section of a filing
   * @return the places that match, in order, as UTF-16 offsets into {@code text}
   */
  default List<Span> marks(String query, String text) {
    return new TermMarker(Analyzers.perField(), query).marks(text);
  }

  /**
   * Autocomplete over companies, partners and section titles.
   *
   * @param prefix what the user typed so far (case does not matter)
   * @param max the most suggestions to return
   * @return suggestions, companies and partners first
   * @throws IOException when the index cannot be read
   */
  List<Suggestion> suggest(String prefix, int max) throws IOException;

  /**
   * The index's size and when it last changed.
   *
   * @return the stats
   * @throws IOException when the index cannot be read
   */
  IndexStats stats() throws IOException;

  /**
   * Makes what indexers wrote visible to the next searches.
   *
   * @throws IOException when the index cannot be read
   */
  void refresh() throws IOException;
}
