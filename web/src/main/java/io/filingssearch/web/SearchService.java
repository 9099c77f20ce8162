package io.filingssearch.web;

import io.filingssearch.filing.Filing;
import io.filingssearch.search.Hit;
import io.filingssearch.search.IndexStats;
import io.filingssearch.search.SearchEngine;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SortOrder;
import io.filingssearch.search.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
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

  private final SearchEngine searcher;
  private final long exportLimit;

  /**
   * Creates the service, whose exports hold at most {@link ExportWriter#DEFAULT_LIMIT} rows.
   *
   * @param searcher the open index; the caller closes it
   */
  public SearchService(SearchEngine searcher) {
    this(searcher, ExportWriter.DEFAULT_LIMIT);
  }

  /**
   * Creates the service.
   *
   * @param searcher the open index; the caller closes it
   * @param exportLimit the most rows an export may hold; a search with more is refused
   * @throws IllegalArgumentException when {@code exportLimit} is less than 1
   */
  public SearchService(SearchEngine searcher, long exportLimit) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    if (exportLimit < 1) {
      throw new IllegalArgumentException("exportLimit must be 1 or more, not " + exportLimit);
    }
    this.exportLimit = exportLimit;
  }

  /**
   * The most rows an export may hold.
   *
   * @return the limit
   */
  public long exportLimit() {
    return exportLimit;
  }

  /**
   * How many rows exporting a search gives: its matching sections, or filings when grouped.
   *
   * @param request the search
   * @return the count
   * @throws IllegalArgumentException when the query holds a bad filter value, or the count is over
   *     the {@link #exportLimit()} (the message says by how much and what to do)
   * @throws IOException when the index cannot be read
   */
  public long exportRows(SearchRequest request) throws IOException {
    long rows = searcher.search(firstPage(request)).total();
    if (rows > exportLimit) {
      throw new IllegalArgumentException(
          String.format(
              "this search matches %,d %s; an export holds at most %,d rows. Narrow it with"
                  + " filters or a date range%s",
              rows,
              request.groupByFiling() ? "filings" : "sections",
              exportLimit,
              request.groupByFiling() ? "" : ", or export one row per filing (group=filing)"));
    }
    return rows;
  }

  /**
   * Writes every row of a search's export, in the search's order, at most {@link #exportLimit()}.
   *
   * @param request the search; its page and size are ignored
   * @param writer where the rows go; the caller closes it
   * @return how many rows were written
   * @throws IOException when the index cannot be read or the writer cannot write
   */
  public long export(SearchRequest request, ExportWriter writer) throws IOException {
    try {
      return searcher.forEachHit(
          request,
          exportLimit,
          (Hit h) -> {
            try {
              writer.write(h);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A search's newest filings and when the index last changed: what an Atom feed of it shows.
   *
   * @param request the search; its order, page and grouping are replaced (newest filed first, then
   *     the filing that became searchable last: {@link SortOrder#FILED})
   * @param size how many filings, 1 to {@link SearchRequest#MAX_SIZE}
   * @return the entries, newest first, and the time of the index's last change (null when unknown)
   * @throws IllegalArgumentException when the query holds a bad filter value or size is out of
   *     range
   * @throws IOException when the index cannot be read
   */
  Feed feed(SearchRequest request, int size) throws IOException {
    SearchRequest newest = page(request, SortOrder.FILED, 1, size, true, request.exactCounts());
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (Hit h : searcher.search(newest).hits()) {
      // A filing reindexed away between the search and this read is left out.
      searcher.filing(h.filingId()).ifPresent(f -> entries.add(new AtomFeed.Entry(f, h)));
    }
    return new Feed(entries, searcher.stats().lastIndexed());
  }

  /**
   * What a feed shows.
   *
   * @param entries the newest filings first
   * @param lastIndexed when the index last changed, or null
   */
  record Feed(List<AtomFeed.Entry> entries, Instant lastIndexed) {}

  /** The same search for its first hit only: what counting it needs. */
  /** The first hit of a request, counted exactly: the export's row count is checked on it. */
  private static SearchRequest firstPage(SearchRequest r) {
    return page(r, r.sort(), 1, 1, r.groupByFiling(), true);
  }

  /** The same search in another order, page or grouping. */
  private static SearchRequest page(
      SearchRequest r, SortOrder sort, int page, int size, boolean group, boolean exact) {
    return new SearchRequest(
        r.query(),
        r.items(),
        r.partners(),
        r.companies(),
        r.forms(),
        r.years(),
        r.amountBuckets(),
        r.from(),
        r.to(),
        r.minAmount(),
        r.maxAmount(),
        sort,
        page,
        size,
        group,
        exact);
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
