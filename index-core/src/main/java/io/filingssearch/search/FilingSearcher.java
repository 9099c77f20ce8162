package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/**
 * Searches an index built by {@link io.filingssearch.index.FilingIndexer}. Thread-safe: one
 * instance serves concurrent searches through one Lucene {@code SearcherManager}, and sees a
 * reindex (even a full rebuild by another process) after {@link #refresh()}, which searches also
 * call at most once a second.
 */
public final class FilingSearcher implements SearchEngine {
  /** Searches that take longer than this return what they found so far, flagged partial. */
  public static final long TIMEOUT_MS = 2_000;

  /** How many recent results {@link #open(Path)} keeps for repeated searches. */
  public static final int DEFAULT_CACHE_SIZE = 1_000;

  /** The most sections one filing may have (far more than any real one). */
  private static final int MAX_SECTIONS = 10_000;

  private final Analyzer analyzer = Analyzers.perField();
  private final FacetTables facetTables = new FacetTables();
  private final IndexGenerations generations;
  private final ResultsCache cache;
  private final ExecutorService segmentPool = segmentPool();

  /** Searches running now (page searches only). */
  private final AtomicInteger running = new AtomicInteger();

  /** Built on first use after each change of the index. */
  private volatile Autocomplete autocomplete;

  private FilingSearcher(Path indexDir, int cacheSize) throws IOException {
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be 0 or more, not " + cacheSize);
    }
    this.cache = cacheSize == 0 ? null : new ResultsCache(cacheSize);
    this.generations = new IndexGenerations(indexDir, facetTables, () -> autocomplete = null);
  }

  /**
   * Searches a query's segments on all cores at once (the calling thread takes part), so that one
   * search on a large index answers sooner; null on a single core.
   */
  private static ExecutorService segmentPool() {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores < 2) {
      return null;
    }
    return Executors.newFixedThreadPool(
        cores,
        r -> {
          Thread t = new Thread(r, "filings-search-segments");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Opens the index in a folder, keeping the results of the last {@link #DEFAULT_CACHE_SIZE}
   * distinct searches.
   *
   * @param indexDir the folder given to the indexer
   * @return a searcher; close it when done
   * @throws IOException when there is no index there or it cannot be read
   */
  public static FilingSearcher open(Path indexDir) throws IOException {
    return new FilingSearcher(indexDir, DEFAULT_CACHE_SIZE);
  }

  /**
   * Opens the index in a folder with a results cache of the given size. A repeated search (the same
   * request, the index unchanged) is answered from the cache; any change to the index, seen at the
   * next refresh, makes every cached result stale.
   *
   * @param indexDir the folder given to the indexer
   * @param cacheSize how many distinct searches' results to keep; 0 keeps none
   * @return a searcher; close it when done
   * @throws IllegalArgumentException when {@code cacheSize} is negative
   * @throws IOException when there is no index there or it cannot be read
   */
  public static FilingSearcher open(Path indexDir, int cacheSize) throws IOException {
    return new FilingSearcher(indexDir, cacheSize);
  }

  /**
   * Makes changes committed by an indexer visible to the next searches.
   *
   * @throws IOException when the index cannot be read
   */
  @Override
  public void refresh() throws IOException {
    generations.refresh();
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
  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    long t0 = System.nanoTime();
    ParsedQuery pq = ParsedQuery.parse(request.query());
    generations.maybeRefresh();
    try (IndexGenerations.Lease lease = generations.lease()) {
      IndexReader reader = lease.searcher().getIndexReader();
      Object version =
          reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
      if (cache != null) {
        SearchResults cached = cache.get(request, version);
        if (cached != null) {
          return cached.withTookMs((System.nanoTime() - t0) / 1_000_000);
        }
      }
      SearchResults results;
      running.incrementAndGet();
      try {
        results =
            new SearchExecution(timed(reader), analyzer, facetTables.of(reader), request, pq, t0)
                .run();
      } finally {
        running.decrementAndGet();
      }
      if (cache != null && !results.partial()) {
        cache.put(request, version, results);
      }
      return results;
    }
  }

  /**
   * Visits every hit of a search, not just a page, in the request's order: every matching section
   * or, grouped by filing, every matching filing's best section. Hits are read a few hundred at a
   * time from one view of the index (a reindex meanwhile is not seen), so memory does not grow with
   * their number, and each carries its snippet as {@link #search} gives it. There is no time
   * budget: a stream runs until it has visited every hit or {@code limit} of them.
   *
   * @param request what to search for; its page and size are ignored
   * @param limit the most hits to visit
   * @param action called once per hit, in order, on the calling thread; an exception it throws ends
   *     the stream and reaches the caller
   * @return how many hits were visited
   * @throws IllegalArgumentException when a filter value in the query is invalid, or {@code limit}
   *     is negative
   * @throws IOException when the index cannot be read
   */
  @Override
  public long forEachHit(SearchRequest request, long limit, Consumer<Hit> action)
      throws IOException {
    return forEachHit(request, limit, HitStream.PAGE, action);
  }

  /** {@link #forEachHit(SearchRequest, long, Consumer)} reading {@code pageSize} hits at a time. */
  long forEachHit(SearchRequest request, long limit, int pageSize, Consumer<Hit> action)
      throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
    }
    ParsedQuery pq = ParsedQuery.parse(request.query());
    generations.maybeRefresh();
    try (IndexGenerations.Lease lease = generations.lease()) {
      return new HitStream(
              lease.searcher(),
              analyzer,
              facetTables.of(lease.searcher().getIndexReader()).companies,
              request,
              pq,
              pageSize)
          .run(limit, action);
    }
  }

  /**
   * A searcher of {@code reader} that searches its segments on all cores and gives up after {@link
   * #TIMEOUT_MS}.
   */
  private IndexSearcher timed(IndexReader reader) {
    // Alone, a search takes every core; beside others (a busy server), each keeps to its own
    // thread, so that the cores go to searches rather than to handing segments between threads.
    IndexSearcher searcher =
        new IndexSearcher(reader, running.get() > 1 ? null : segmentPool) {
          @Override
          protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            // A slice per segment: an index has few, large segments (a big write buffer).
            return slices(leaves, Integer.MAX_VALUE, 1, false);
          }
        };
    long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000;
    searcher.setTimeout(() -> System.nanoTime() > deadline);
    return searcher;
  }

  /**
   * The filings most like one filing, as a search grouped by filing: Lucene's more-like-this over
   * the stemmed text of its deal sections (Items 1.01, 2.01 and 8.01, Items 2 and 5 before August
   * 2004, the EX-99 press releases; all its sections when it has none of these) ranks the other
   * filings by their best section, and sharing the filing's partners and items (all but the exhibit
   * lists) raises a filing's rank. The filing itself is never among them. Each hit's score is its
   * text score relative to the best filing's (0 to 1), plus 0.5 times the share of the filing's
   * partners it has and 0.2 times the share of its items.
   *
   * <p>The request narrows and pages the answer as a search's would: its filters, the filters in
   * its query text and its words (which then only filter: a filing must contain them) apply, and
   * the facets are counted over the similar filings. The hits are always one per filing, ranked by
   * likeness: the request's sort order and grouping are ignored. Not cached.
   *
   * @param filingId the filing whose likes to find
   * @param request filters, page and size
   * @return the similar filings with facet counts, or empty when there is no such filing
   * @throws IllegalArgumentException when a filter value is invalid; the message names it
   * @throws IOException when the index cannot be read
   */
  @Override
  public Optional<SearchResults> similar(String filingId, SearchRequest request)
      throws IOException {
    long t0 = System.nanoTime();
    ParsedQuery pq = ParsedQuery.parse(request.query());
    SearchRequest grouped = SimilarFilings.request(request);
    generations.maybeRefresh();
    try (IndexGenerations.Lease lease = generations.lease()) {
      Optional<Filing> filing = filing(lease.searcher(), filingId);
      if (filing.isEmpty()) {
        return Optional.empty();
      }
      IndexReader reader = lease.searcher().getIndexReader();
      SimilarFilings like = SimilarFilings.of(filing.get(), reader, analyzer);
      QueryBuilder queries =
          new QueryBuilder(analyzer, grouped, pq, facetTables.of(reader).companies, like.query());
      return Optional.of(
          new SearchExecution(
                  timed(reader),
                  analyzer,
                  facetTables.of(reader),
                  grouped,
                  pq,
                  queries,
                  best -> like.rerank(reader, best),
                  t0)
              .run());
    }
  }

  /**
   * The filings a request matches as a history: every matching filing (not only a page), oldest
   * first, with its date, items, partners, a headline and the largest amount its deal sections
   * state. Meant for one company's or one partner's filings ({@code
   * companies(List.of("Immunogen"))}); the request's words and filters apply as in a search, its
   * sort, page and size are ignored. At most {@link Timeline#MAX_ENTRIES} filings are listed, the
   * newest, and the timeline says when there were more.
   *
   * @param request what to match
   * @return the matching filings by date
   * @throws IllegalArgumentException when a filter value is invalid; the message names it
   * @throws IOException when the index cannot be read
   */
  @Override
  public Timeline timeline(SearchRequest request) throws IOException {
    generations.maybeRefresh();
    try (IndexGenerations.Lease lease = generations.lease()) {
      return new TimelineBuilder(
              lease.searcher(),
              analyzer,
              facetTables.of(lease.searcher().getIndexReader()).companies)
          .build(request);
    }
  }

  /**
   * A whole filing as indexed.
   *
   * @param id the filing id
   * @return the filing with its sections' text, partners and amounts, or empty when unknown; a
   *     filing that names no company carries its filer's name when other filings of the same CIK or
   *     ticker name it
   * @throws IOException when the index cannot be read
   */
  @Override
  public Optional<Filing> filing(String id) throws IOException {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try (IndexGenerations.Lease lease = generations.lease()) {
      CompanyTable companies = facetTables.of(lease.searcher().getIndexReader()).companies;
      return filing(lease.searcher(), id).map(f -> named(f, companies));
    }
  }

  /**
   * A filing that names no company itself, shown with its filer's name as its hits and the company
   * facet show it (through its CIK or ticker); any other filing as it is.
   */
  private static Filing named(Filing f, CompanyTable companies) {
    if (f.company() != null) {
      return f;
    }
    String name = companies.filerName(f.cik(), f.ticker());
    return name == null ? f : f.withCompany(name);
  }

  private static Optional<Filing> filing(IndexSearcher s, String id) throws IOException {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    TopDocs td = s.search(new TermQuery(new Term(Fields.FILING_ID, id)), MAX_SECTIONS);
    List<Document> docs = new ArrayList<>();
    StoredFields stored = s.storedFields();
    for (ScoreDoc sd : td.scoreDocs) {
      docs.add(stored.document(sd.doc));
    }
    return Optional.ofNullable(DocumentMapper.fromDocuments(docs));
  }

  /**
   * Where a query's words occur in a text, matched as search matches them: case and word endings do
   * not matter ({@code payments} marks {@code Payment}), a phrase marks each of its words, excluded
   * words and filters ({@code item:1.01}) mark nothing.
   *
   * @param query a query in the query language; null or blank marks nothing
   * @param text a text, such as a section of a {@link #filing(String) filing}
   * @return the places that match, in order, as UTF-16 offsets into {@code text}
   */
  @Override
  public List<Span> marks(String query, String text) {
    return new TermMarker(analyzer, query).marks(text);
  }

  /**
   * Visits every filing of the index with its sections, in the index's order: what a tool that
   * needs the very sections searched (a benchmark's peer engine) reads.
   *
   * @param action called once per filing
   * @throws IOException when the index cannot be read
   */
  public void forEachFiling(Consumer<Filing> action) throws IOException {
    try (IndexGenerations.Lease lease = generations.lease()) {
      for (LeafReaderContext leaf : lease.searcher().getIndexReader().leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        // A filing's sections are one block of a segment: consecutive documents.
        List<Document> block = new ArrayList<>();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = stored.document(i);
          if (!block.isEmpty()
              && !block.get(0).get(Fields.FILING_ID).equals(d.get(Fields.FILING_ID))) {
            action.accept(DocumentMapper.fromDocuments(block));
            block.clear();
          }
          block.add(d);
        }
        if (!block.isEmpty()) {
          action.accept(DocumentMapper.fromDocuments(block));
        }
      }
    }
  }

  /**
   * Autocomplete over companies, partners and section titles.
   *
   * @param prefix what the user typed so far (case does not matter)
   * @param max the most suggestions to return
   * @return suggestions, companies and partners first
   * @throws IOException when the index cannot be read
   */
  @Override
  public List<Suggestion> suggest(String prefix, int max) throws IOException {
    String p = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
    if (p.isEmpty() || max <= 0) {
      return List.of();
    }
    generations.maybeRefresh();
    Autocomplete a = autocomplete;
    if (a == null) {
      try (IndexGenerations.Lease lease = generations.lease()) {
        a = Autocomplete.of(lease.searcher().getIndexReader());
      }
      autocomplete = a;
    }
    return a.complete(p, max);
  }

  /**
   * The index's size and when it last changed.
   *
   * @return the stats
   * @throws IOException when the index cannot be read
   */
  @Override
  public IndexStats stats() throws IOException {
    generations.maybeRefresh();
    try (IndexGenerations.Lease lease = generations.lease()) {
      IndexSearcher s = lease.searcher();
      DirectoryReader r = (DirectoryReader) s.getIndexReader();
      // Counted over live documents: a reindexed filing's deleted copy does not count.
      long filings =
          FacetCounter.count(s, new MatchAllDocsQuery(), facetTables.of(r), true).filings();
      String at = r.getIndexCommit().getUserData().get(Fields.COMMIT_INDEXED_AT);
      return new IndexStats(
          filings,
          r.numDocs(),
          generations.sizeBytes(),
          at == null ? null : Instant.parse(at),
          generations.indexDir().toString());
    }
  }

  @Override
  public void close() throws IOException {
    if (segmentPool != null) {
      segmentPool.shutdownNow();
    }
    generations.close();
  }
}
