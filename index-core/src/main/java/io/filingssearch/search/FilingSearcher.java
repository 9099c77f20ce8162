package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Searches an index built by {@link io.filingssearch.index.FilingIndexer}. Thread-safe: one
 * instance serves concurrent searches, and sees a reindex (even one by another process) after
 * {@link #refresh()}, which searches also call at most once a second.
 */
public final class FilingSearcher implements Closeable {
  private FilingSearcher() {}

  /**
   * Opens the index in a folder.
   *
   * @param indexDir the folder given to the indexer
   * @return a searcher; close it when done
   * @throws IOException when there is no index there or it cannot be read
   */
  public static FilingSearcher open(Path indexDir) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Runs a search.
   *
   * @param request what to search for
   * @return the page of hits, facet counts and a suggestion
   * @throws IllegalArgumentException when a filter value in the query is invalid ({@code
   *     amount:>=ten}); the message names it. Malformed syntax is not an error: it is read
   *     leniently and the results say so.
   * @throws IOException when the index cannot be read
   */
  public SearchResults search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * A whole filing as indexed.
   *
   * @param id the filing id
   * @return the filing with its sections' text, partners and amounts, or empty when unknown
   * @throws IOException when the index cannot be read
   */
  public Optional<Filing> filing(String id) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Autocomplete over companies, partners and section titles.
   *
   * @param prefix what the user typed so far (case does not matter)
   * @param max the most suggestions to return
   * @return suggestions, companies and partners first
   * @throws IOException when the index cannot be read
   */
  public List<Suggestion> suggest(String prefix, int max) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The index's size and when it last changed.
   *
   * @return the stats
   * @throws IOException when the index cannot be read
   */
  public IndexStats stats() throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Makes changes committed by an indexer visible to the next searches.
   *
   * @throws IOException when the index cannot be read
   */
  public void refresh() throws IOException {}

  @Override
  public void close() throws IOException {}
}
