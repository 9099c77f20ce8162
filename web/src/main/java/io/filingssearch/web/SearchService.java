package io.filingssearch.web;

import io.filingssearch.filing.Filing;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.IndexStats;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the HTTP API offers, as plain calls that return JSON-ready maps: search, one filing,
 * autocomplete and health. Knows nothing of HTTP. Thread-safe (the searcher is).
 */
public final class SearchService {
  /** The most suggestions one call returns. */
  public static final int MAX_SUGGESTIONS = 10;

  /** The longest prefix autocomplete looks at. */
  public static final int MAX_PREFIX_LENGTH = 100;

  /** What a filing id looks like: accession numbers and content hashes, nothing path-like. */
  private static final Pattern FILING_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final FilingSearcher searcher;

  /**
   * Creates the service.
   *
   * @param searcher the open index; the caller closes it
   */
  public SearchService(FilingSearcher searcher) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
  }

  /**
   * Runs a search.
   *
   * @param request the validated request
   * @return {@link JsonViews#results}
   * @throws IllegalArgumentException when the query holds a bad filter value
   * @throws IOException when the index cannot be read
   */
  public Map<String, Object> search(SearchRequest request) throws IOException {
    return JsonViews.results(searcher.search(request));
  }

  /**
   * One filing, each section with the {@code "marks"} of a query in its text.
   *
   * @param id the filing id
   * @param query the query whose matches to mark, as searched; null or blank marks nothing
   * @return {@link JsonViews#filing}, or empty when there is no such filing
   * @throws IllegalArgumentException when the id is not a well-formed filing id or the query is too
   *     long
   * @throws IOException when the index cannot be read
   */
  public Optional<Map<String, Object>> filing(String id, String query) throws IOException {
    checkId(id);
    if (query != null && query.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "q is too long (at most " + SearchRequest.MAX_QUERY_LENGTH + " characters)");
    }
    Optional<Filing> f = searcher.filing(id);
    return f.map(
        filing -> {
          Map<String, Object> m = JsonViews.filing(filing, text -> searcher.marks(query, text));
          // The browser needs the file's name, not where it lives on the server.
          m.put("source", fileName(filing.source()));
          return m;
        });
  }

  /**
   * The filings most like one filing, narrowed by the request's filters.
   *
   * @param id the filing id
   * @param request filters, page and size (sort and grouping do not apply)
   * @return {@link JsonViews#results} with one hit per filing, or empty when there is no such
   *     filing
   * @throws IllegalArgumentException when the id is not a well-formed filing id or a filter value
   *     is bad
   * @throws IOException when the index cannot be read
   */
  public Optional<Map<String, Object>> similar(String id, SearchRequest request)
      throws IOException {
    checkId(id);
    return searcher.similar(id, request).map(JsonViews::results);
  }

  /**
   * The filings of a company or a partner on a time axis.
   *
   * @param request a company or partner filter, and any other filters and words
   * @return {@link JsonViews#timeline}
   * @throws IllegalArgumentException when the request names neither a company nor a partner, or a
   *     filter value is bad
   * @throws IOException when the index cannot be read
   */
  public Map<String, Object> timeline(SearchRequest request) throws IOException {
    if (request.companies().isEmpty() && request.partners().isEmpty()) {
      throw new IllegalArgumentException(
          "a timeline needs a company or a partner (company=... or partner=...)");
    }
    return JsonViews.timeline(searcher.timeline(request));
  }

  /**
   * Autocomplete suggestions.
   *
   * @param prefix what the user typed; blank gives no suggestions
   * @return {@code {"suggestions":[{"text","type"}]}}, at most {@link #MAX_SUGGESTIONS}
   * @throws IllegalArgumentException when the prefix is too long
   * @throws IOException when the index cannot be read
   */
  public Map<String, Object> suggest(String prefix) throws IOException {
    String p = prefix == null ? "" : prefix.strip();
    if (p.length() > MAX_PREFIX_LENGTH) {
      throw new IllegalArgumentException(
          "q is too long for suggestions (at most " + MAX_PREFIX_LENGTH + " characters)");
    }
    List<Object> out = new ArrayList<>();
    if (!p.isEmpty()) {
      for (Suggestion s : searcher.suggest(p, MAX_SUGGESTIONS)) {
        if (out.size() == MAX_SUGGESTIONS) {
          break;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", s.text());
        m.put("type", s.type());
        out.add(m);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("suggestions", out);
    return m;
  }

  /**
   * The server's health and the index's size.
   *
   * @return {@code {"status":"ok","filings","sections","sizeBytes","lastIndexed","location"}}
   * @throws IOException when the index cannot be read
   */
  public Map<String, Object> health() throws IOException {
    IndexStats s = searcher.stats();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("filings", s.filings());
    m.put("sections", s.sections());
    m.put("sizeBytes", s.sizeBytes());
    m.put("lastIndexed", s.lastIndexed() == null ? null : s.lastIndexed().toString());
    // The index folder's name, not where it lives on the server (as a filing's source).
    m.put("location", fileName(s.location()));
    return m;
  }

  private static void checkId(String id) {
    if (id == null || !FILING_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be 1 to 64 letters, digits or dashes (a filing id such as"
              + " 0000950123-10-012345)");
    }
  }

  private static String fileName(String source) {
    if (source == null) {
      return null;
    }
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
