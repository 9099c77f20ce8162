package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Items;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches an index built by {@link io.filingssearch.index.FilingIndexer}. Thread-safe: one
 * instance serves concurrent searches through one {@link SearcherManager}, and sees a reindex (even
 * a full rebuild by another process) after {@link #refresh()}, which searches also call at most
 * once a second.
 */
public final class FilingSearcher implements Closeable {
  /** Searches that take longer than this return what they found so far, flagged partial. */
  public static final long TIMEOUT_MS = 2_000;

  /** Stored fields a hit shows; the text (stored last) is read only when no passage was found. */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.FILING_ID,
          Fields.SECTION_ID,
          Fields.KIND,
          Fields.ITEM,
          Fields.ITEM_TITLE,
          Fields.EXHIBIT,
          Fields.TITLE,
          Fields.COMPANY,
          Fields.FORM,
          Fields.DATE_OF_REPORT,
          Fields.PARTNERS,
          Fields.AMOUNTS);

  private static final List<Bucket> BUCKETS =
      List.of(
          new Bucket("0-1M", "Under $1M", 0L, 1_000_000L),
          new Bucket("1M-10M", "$1M–$10M", 1_000_000L, 10_000_000L),
          new Bucket("10M-100M", "$10M–$100M", 10_000_000L, 100_000_000L),
          new Bucket("100M-1B", "$100M–$1B", 100_000_000L, 1_000_000_000L),
          new Bucket("1B+", "Over $1B", 1_000_000_000L, null));
  private static final String[] DIMS = {"item", "partner", "company", "form", "year", "amount"};
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]{3,}");

  private final Path indexDir;
  private final Analyzer analyzer = Analyzers.perField();
  private final List<Directory> directories = new CopyOnWriteArrayList<>();
  private final FacetTables facetTables = new FacetTables(bucketLowerBounds());
  private final ResultsCache cache;

  /**
   * Searches a query's segments on all cores at once (the calling thread takes part), so that one
   * search on a large index answers sooner; null on a single core.
   */
  private final java.util.concurrent.ExecutorService segmentPool =
      Runtime.getRuntime().availableProcessors() < 2
          ? null
          : java.util.concurrent.Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors(),
              r -> {
                Thread t = new Thread(r, "filings-search-segments");
                t.setDaemon(true);
                return t;
              });

  private volatile Path generation;
  private volatile SearcherManager manager;
  private volatile long lastRefresh = System.nanoTime();
  private volatile Suggestions suggestions;

  private record Bucket(String value, String label, Long from, Long to) {}

  /** How many recent results {@link #open(Path)} keeps for repeated searches. */
  public static final int DEFAULT_CACHE_SIZE = 1_000;

  private FilingSearcher(Path indexDir, int cacheSize) throws IOException {
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be 0 or more, not " + cacheSize);
    }
    this.indexDir = indexDir;
    this.cache = cacheSize == 0 ? null : new ResultsCache(cacheSize);
    openGeneration(IndexLocation.current(indexDir));
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
   * @throws IOException when there is no index there or it cannot be read
   */
  public static FilingSearcher open(Path indexDir, int cacheSize) throws IOException {
    return new FilingSearcher(indexDir, cacheSize);
  }

  /**
   * Recent results by request, for the index version that computed them: a newer version empties
   * it. Bounded by entries and by the hits they hold (pages of 100 hits weigh ten times pages of
   * 10).
   */
  private static final class ResultsCache {
    private static final int HITS_PER_ENTRY = 20;

    private final int capacity;
    private final LinkedHashMap<SearchRequest, SearchResults> map =
        new LinkedHashMap<>(16, 0.75f, true);
    private Object version;
    private long hits;

    ResultsCache(int capacity) {
      this.capacity = capacity;
    }

    synchronized SearchResults get(SearchRequest request, Object readerVersion) {
      return readerVersion == version ? map.get(request) : null;
    }

    synchronized void put(SearchRequest request, Object readerVersion, SearchResults results) {
      if (readerVersion != version) {
        map.clear();
        hits = 0;
        version = readerVersion;
      }
      SearchResults old = map.put(request, results);
      hits += results.hits().size() - (old == null ? 0 : old.hits().size());
      var eldest = map.entrySet().iterator();
      while ((map.size() > capacity || hits > (long) capacity * HITS_PER_ENTRY)
          && eldest.hasNext()) {
        hits -= eldest.next().getValue().hits().size();
        eldest.remove();
      }
    }
  }

  private synchronized void openGeneration(Path gen) throws IOException {
    Directory dir = FSDirectory.open(gen);
    SearcherManager old = manager;
    manager =
        new SearcherManager(
            dir,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                // Facet tables are built before a reader is published, not by its first search.
                facetTables.of(reader);
                return new IndexSearcher(reader);
              }
            });
    directories.add(dir);
    generation = gen;
    suggestions = null;
    if (old != null) {
      old.close();
    }
    // The previous generation's folder stays open for searches that leased it just before; older
    // ones have no reader left.
    while (directories.size() > 2) {
      directories.remove(0).close();
    }
  }

  /**
   * Makes changes committed by an indexer visible to the next searches.
   *
   * @throws IOException when the index cannot be read
   */
  public synchronized void refresh() throws IOException {
    lastRefresh = System.nanoTime();
    Path current = IndexLocation.current(indexDir);
    if (!current.equals(generation)) {
      openGeneration(current);
    } else if (!manager.maybeRefresh()) {
      return;
    }
    suggestions = null;
  }

  /** A searcher borrowed from the manager that was current, given back on close. */
  private record Lease(SearcherManager manager, IndexSearcher searcher) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      manager.release(searcher);
    }
  }

  /**
   * Borrows the current searcher. A full rebuild switches to a new manager and closes the old one;
   * a search that read the old one just before retries with the new one instead of failing.
   */
  private Lease lease() throws IOException {
    while (true) {
      SearcherManager m = manager;
      try {
        return new Lease(m, m.acquire());
      } catch (org.apache.lucene.store.AlreadyClosedException e) {
        if (m == manager) {
          throw e;
        }
      }
    }
  }

  private void maybeRefresh() throws IOException {
    if (System.nanoTime() - lastRefresh > 1_000_000_000L) {
      refresh();
    }
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
    long t0 = System.nanoTime();
    ParsedQuery pq = ParsedQuery.parse(request.query());
    maybeRefresh();
    try (Lease lease = lease()) {
      IndexSearcher base = lease.searcher();
      IndexReader reader = base.getIndexReader();
      Object version =
          reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
      if (cache != null) {
        SearchResults cached = cache.get(request, version);
        if (cached != null) {
          return cached.withTookMs((System.nanoTime() - t0) / 1_000_000);
        }
      }
      IndexSearcher searcher =
          new IndexSearcher(reader, segmentPool) {
            @Override
            protected LeafSlice[] slices(List<org.apache.lucene.index.LeafReaderContext> leaves) {
              // A slice per segment: an index has few, large segments (a big write buffer).
              return slices(leaves, Integer.MAX_VALUE, 1, false);
            }
          };
      long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000;
      searcher.setTimeout(timeout(deadline));
      SearchResults results = new Execution(searcher, request, pq, t0).run();
      if (cache != null && !results.partial()) {
        cache.put(request, version, results);
      }
      return results;
    }
  }

  private static QueryTimeout timeout(long deadline) {
    return () -> System.nanoTime() > deadline;
  }

  /** One search: builds the queries, collects hits and facets, highlights, suggests. */
  private final class Execution {
    final IndexSearcher searcher;
    final SearchRequest request;
    final ParsedQuery pq;
    final long t0;
    boolean lenient;
    String message;
    Query textQuery;

    Execution(IndexSearcher searcher, SearchRequest request, ParsedQuery pq, long t0) {
      this.searcher = searcher;
      this.request = request;
      this.pq = pq;
      this.t0 = t0;
    }

    SearchResults run() throws IOException {
      textQuery = textQuery();
      Map<String, Query> dimFilters = dimFilters();
      Query main = combine(dimFilters, null);
      int pageEnd = request.page() * request.size();
      // Grouped, a filing has several sections: fetch more than a page (and more again below
      // when the filings among them do not fill it).
      int want = request.groupByFiling() ? Math.min(pageEnd * 5 + 20, 50_000) : pageEnd;
      FacetsCollectorManager.FacetsResult result =
          switch (request.sort()) {
            case RELEVANCE ->
                FacetsCollectorManager.search(searcher, main, want, new FacetsCollectorManager());
            case DATE ->
                FacetsCollectorManager.search(
                    searcher, main, want, sortBy(Fields.DATE), false, new FacetsCollectorManager());
            case AMOUNT ->
                FacetsCollectorManager.search(
                    searcher,
                    main,
                    want,
                    sortBy(Fields.AMOUNT),
                    false,
                    new FacetsCollectorManager());
          };
      Counts counts = count(result.facetsCollector(), searcher);
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      for (String dim : DIMS) {
        Counts source = counts;
        if (dimFilters.containsKey(dim)) {
          // Drill sideways: this dimension is counted without its own filter.
          FacetsCollector fc =
              searcher.search(combine(dimFilters, dim), new FacetsCollectorManager());
          source = count(fc, searcher);
        }
        facets.put(dim, facetValues(dim, source));
      }
      ScoreDoc[] top = result.topDocs().scoreDocs;
      List<ScoreDoc> ranked = new ArrayList<>();
      if (request.groupByFiling()) {
        ranked = bestPerFiling(top);
        // A filing with many matching sections uses up the sections fetched: fetch more until
        // the page is full or every match has been seen.
        while (ranked.size() < pageEnd && top.length == want && want < counts.sections) {
          want = (int) Math.min((long) want * 4, Math.min(counts.sections, 1_000_000));
          top = topDocs(main, want).scoreDocs;
          ranked = bestPerFiling(top);
        }
      } else {
        ranked.addAll(List.of(top));
      }
      int from = (request.page() - 1) * request.size();
      List<ScoreDoc> page =
          from >= ranked.size()
              ? List.of()
              : ranked.subList(from, Math.min(ranked.size(), from + request.size()));
      List<Hit> hits = hits(page);
      long total = request.groupByFiling() ? counts.filings : counts.sections;
      boolean partial = searcher.timedOut();
      if (partial) {
        message = "The search took too long; results are incomplete. Try a more specific query.";
      }
      String suggestion = total < 3 ? suggest() : null;
      long ms = (System.nanoTime() - t0) / 1_000_000;
      return new SearchResults(
          request.query(),
          total,
          !partial,
          ms,
          hits,
          facets,
          suggestion,
          lenient,
          partial,
          message);
    }

    private TopDocs topDocs(Query main, int n) throws IOException {
      return switch (request.sort()) {
        case RELEVANCE -> searcher.search(main, n);
        case DATE -> searcher.search(main, n, sortBy(Fields.DATE));
        case AMOUNT -> searcher.search(main, n, sortBy(Fields.AMOUNT));
      };
    }

    /** The first (best) hit of each filing, in order; filing ids are read from doc values. */
    private List<ScoreDoc> bestPerFiling(ScoreDoc[] top) throws IOException {
      List<ScoreDoc> out = new ArrayList<>();
      Set<BytesRef> seen = new java.util.HashSet<>();
      var leaves = searcher.getIndexReader().leaves();
      for (ScoreDoc sd : top) {
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
        SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(Fields.FILING_ID);
        BytesRef id =
            ids != null && ids.advanceExact(sd.doc - leaf.docBase)
                ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd()))
                : new BytesRef("doc-" + sd.doc);
        if (seen.add(id)) {
          out.add(sd);
        }
      }
      return out;
    }

    private Sort sortBy(String field) {
      SortedNumericSortField sf =
          new SortedNumericSortField(
              field, SortField.Type.LONG, true, SortedNumericSelector.Type.MAX);
      sf.setMissingValue(Long.MIN_VALUE);
      return new Sort(sf, SortField.FIELD_SCORE);
    }

    private Query textQuery() {
      if (pq.text.isBlank()) {
        return null;
      }
      try {
        return parse(pq.text);
      } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
        lenient = true;
        message = "The query's syntax was not understood, so its words were searched instead.";
        try {
          String words = pq.text.replaceAll("[^\\p{L}\\p{N}\\s.$-]", " ").trim();
          return words.isBlank() ? null : parse(QueryParser.escape(words));
        } catch (ParseException | IndexSearcher.TooManyClauses e2) {
          return null;
        }
      }
    }

    private Query parse(String text) throws ParseException {
      MultiFieldQueryParser p =
          new MultiFieldQueryParser(
              new String[] {Fields.BODY, Fields.BODY_EXACT, Fields.TITLE},
              analyzer,
              Map.of(Fields.BODY, 1.0f, Fields.BODY_EXACT, 1.5f, Fields.TITLE, 2.0f)) {
            @Override
            protected Query newFieldQuery(
                Analyzer a, String field, String queryText, boolean quoted) throws ParseException {
              Query q = super.newFieldQuery(a, field, queryText, quoted);
              // Phrases are matched on the stemmed body (and the title) only. On the exact body
              // they keep every stop word: "board of directors" read the positions of "of" in
              // every section that has the other two words, a third of the query mix's time at
              // 100k sections, to match what the stemmed phrase already matches.
              boolean phrase = q instanceof PhraseQuery || q instanceof MultiPhraseQuery;
              return phrase && field.equals(Fields.BODY_EXACT) ? null : q;
            }
          };
      p.setDefaultOperator(QueryParser.Operator.OR);
      p.setAllowLeadingWildcard(false);
      p.setSplitOnWhitespace(true);
      p.setAutoGeneratePhraseQueries(true);
      return p.parse(text);
    }

    private Map<String, Query> dimFilters() {
      Map<String, Query> f = new LinkedHashMap<>();
      List<String> items = new ArrayList<>(pq.items);
      for (String i : request.items()) {
        items.add(
            Items.normalize(i)
                .orElseThrow(
                    () -> new IllegalArgumentException("item: '" + i + "' is not an 8-K item")));
      }
      if (!items.isEmpty()) {
        f.put("item", KeywordField.newSetQuery(Fields.FACET_ITEM, toBytes(items)));
      }
      if (!request.partners().isEmpty()) {
        f.put(
            "partner", KeywordField.newSetQuery(Fields.FACET_PARTNER, toBytes(request.partners())));
      }
      if (!request.companies().isEmpty()) {
        f.put(
            "company",
            KeywordField.newSetQuery(Fields.FACET_COMPANY, toBytes(request.companies())));
      }
      List<String> forms = new ArrayList<>(pq.forms);
      request.forms().forEach(x -> forms.add(x.toUpperCase(Locale.ROOT)));
      if (!forms.isEmpty()) {
        f.put("form", KeywordField.newSetQuery(Fields.FACET_FORM, toBytes(forms)));
      }
      if (!request.years().isEmpty()) {
        f.put(
            "year",
            KeywordField.newSetQuery(
                Fields.FACET_YEAR,
                toBytes(request.years().stream().map(String::valueOf).toList())));
      }
      if (!request.amountBuckets().isEmpty()) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : request.amountBuckets()) {
          Bucket bucket =
              BUCKETS.stream()
                  .filter(x -> x.value.equalsIgnoreCase(v))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "amount: '"
                                  + v
                                  + "' is not an amount range (one of 0-1M, 1M-10M, 10M-100M, 100M-1B, 1B+)"));
          b.add(amountRange(bucket.from, bucket.to == null ? null : bucket.to - 1), Occur.SHOULD);
        }
        f.put("amount", b.build());
      }
      return f;
    }

    /** The query with every filter but {@code skipDim}'s. */
    private Query combine(Map<String, Query> dimFilters, String skipDim) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      if (textQuery != null) {
        b.add(
            FunctionScoreQuery.boostByValue(
                textQuery, DoubleValuesSource.fromFloatField(Fields.KIND_BOOST)),
            Occur.MUST);
      } else {
        b.add(new MatchAllDocsQuery(), Occur.MUST);
      }
      dimFilters.forEach(
          (dim, q) -> {
            if (!dim.equals(skipDim)) {
              b.add(q, Occur.FILTER);
            }
          });
      for (String p : pq.partners) {
        b.add(nameQuery(Fields.PARTNER_TEXT, p), Occur.FILTER);
      }
      for (String c : pq.companies) {
        b.add(nameQuery(Fields.COMPANY_TEXT, c), Occur.FILTER);
      }
      for (String p : pq.excludedPartners) {
        b.add(nameQuery(Fields.PARTNER_TEXT, p), Occur.MUST_NOT);
      }
      for (String c : pq.excludedCompanies) {
        b.add(nameQuery(Fields.COMPANY_TEXT, c), Occur.MUST_NOT);
      }
      if (!pq.excludedForms.isEmpty()) {
        b.add(
            KeywordField.newSetQuery(Fields.FACET_FORM, toBytes(pq.excludedForms)), Occur.MUST_NOT);
      }
      if (!pq.excludedItems.isEmpty()) {
        b.add(
            KeywordField.newSetQuery(Fields.FACET_ITEM, toBytes(pq.excludedItems)), Occur.MUST_NOT);
      }
      LocalDate from = later(pq.from, request.from());
      LocalDate to = earlier(pq.to, request.to());
      if (from != null || to != null) {
        b.add(
            LongField.newRangeQuery(
                Fields.DATE,
                from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay()),
            Occur.FILTER);
      }
      Long min = maxOf(pq.minAmount, request.minAmount());
      Long max = minOf(pq.maxAmount, request.maxAmount());
      if (min != null || max != null) {
        b.add(amountRange(min, max), Occur.FILTER);
      }
      return b.build();
    }

    private Query nameQuery(String field, String value) {
      PhraseQuery.Builder p = new PhraseQuery.Builder();
      List<String> tokens = tokens(field, value);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException(
            field.replace("_text", "") + ": '" + value + "' has no words");
      }
      for (String t : tokens) {
        p.add(new Term(field, t));
      }
      return p.build();
    }

    private List<Hit> hits(List<ScoreDoc> page) throws IOException {
      if (page.isEmpty()) {
        return List.of();
      }
      // One read per hit, stopping before the tail of the text: what the hit shows and the head
      // of its text, which the highlighter then uses instead of reading the document again.
      StoredFields stored = searcher.storedFields();
      List<HitFields> read = new ArrayList<>();
      Map<Integer, String> heads = new HashMap<>();
      for (ScoreDoc sd : page) {
        HitFields f = new HitFields();
        stored.document(sd.doc, f);
        read.add(f);
        heads.put(sd.doc, f.head);
      }
      String[] snippets = null;
      if (textQuery != null) {
        UnifiedHighlighter uh =
            new HeadHighlighter(
                UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxLength(DocumentMapper.HEAD_CHARS)
                    .withWeightMatches(false)
                    .withPassageRelevancyOverSpeed(false)
                    .withMaxNoHighlightPassages(0)
                    // Passages of about 160 characters cut at spaces. The default (sentences)
                    // searched backwards through whole tables for a sentence start: half of a
                    // search's time on the real corpus, where financial statements have none.
                    .withBreakIterator(
                        () ->
                            LengthGoalBreakIterator.createClosestToLength(
                                new CustomSeparatorBreakIterator(' '), 160, 0.5f)),
                heads);
        TopDocs td =
            new TopDocs(
                new TotalHits(page.size(), TotalHits.Relation.EQUAL_TO),
                page.toArray(new ScoreDoc[0]));
        snippets = uh.highlight(Fields.BODY, textQuery, td, 2);
      }
      List<Hit> out = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        ScoreDoc sd = page.get(i);
        Document d = read.get(i).getDocument();
        String snippet = snippets == null ? null : snippets[i];
        if (snippet == null) {
          snippet = lead(read.get(i).head);
        } else {
          snippet = snippet.replace('\n', ' ').trim();
        }
        String date = d.get(Fields.DATE_OF_REPORT);
        out.add(
            new Hit(
                d.get(Fields.FILING_ID),
                d.get(Fields.SECTION_ID),
                d.get(Fields.KIND),
                d.get(Fields.ITEM),
                d.get(Fields.ITEM_TITLE),
                d.get(Fields.EXHIBIT),
                d.get(Fields.TITLE),
                d.get(Fields.COMPANY),
                d.get(Fields.FORM),
                date == null ? null : LocalDate.parse(date),
                Float.isNaN(sd.score) ? 0f : sd.score,
                List.of(snippet),
                List.of(d.getValues(Fields.PARTNERS)),
                DocumentMapper.amounts(d)));
      }
      return out;
    }

    private String suggest() throws IOException {
      if (pq.text.isBlank()) {
        return null;
      }
      DirectSpellChecker spell = new DirectSpellChecker();
      Matcher m = WORD.matcher(pq.text);
      StringBuilder out = new StringBuilder();
      int last = 0;
      boolean changed = false;
      while (m.find()) {
        String word = m.group();
        if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
          continue;
        }
        SuggestWord[] s =
            spell.suggestSimilar(
                new Term(Fields.BODY_EXACT, word.toLowerCase(Locale.ROOT)),
                1,
                searcher.getIndexReader(),
                SuggestMode.SUGGEST_MORE_POPULAR);
        if (s.length > 0) {
          out.append(pq.text, last, m.start()).append(s[0].string);
          last = m.end();
          changed = true;
        }
      }
      out.append(pq.text.substring(last));
      return changed ? out.toString() : null;
    }
  }

  private List<String> tokens(String field, String text) {
    List<String> out = new ArrayList<>();
    try (var ts = analyzer.tokenStream(field, text)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static Query amountRange(Long min, Long max) {
    return LongField.newRangeQuery(
        Fields.AMOUNT, min == null ? Long.MIN_VALUE : min, max == null ? Long.MAX_VALUE : max);
  }

  /**
   * Reads what a hit shows and the head of its text (the first {@link DocumentMapper#HEAD_CHARS}
   * characters), then stops: the rest of the text is stored last and never decompressed here.
   */
  private static final class HitFields extends DocumentStoredFieldVisitor {
    String head = "";

    HitFields() {
      super(HIT_FIELDS);
    }

    @Override
    public Status needsField(FieldInfo fi) throws IOException {
      return switch (fi.name) {
        case Fields.BODY_TAIL -> Status.STOP;
        case Fields.BODY_HEAD -> Status.YES;
        default -> super.needsField(fi);
      };
    }

    @Override
    public void stringField(FieldInfo fi, String value) throws IOException {
      if (fi.name.equals(Fields.BODY_HEAD)) {
        head = value.substring(0, DocumentMapper.headLength(value));
      } else {
        super.stringField(fi, value);
      }
    }
  }

  /**
   * Highlights the body from the heads already read for the hits: the postings' offsets point into
   * the whole text, whose first {@link DocumentMapper#HEAD_CHARS} characters are the head.
   */
  private static final class HeadHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> heads;

    HeadHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> heads) {
      super(builder);
      this.heads = heads;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          // Only the hits of the page are highlighted, and their heads were all read.
          values[f] = fields[f].equals(Fields.BODY) ? heads.getOrDefault(doc, "") : "";
        }
        out.add(values);
      }
      return out;
    }
  }

  /** Facet counts in distinct filings (by global ordinal), and the totals. */
  private static final class Counts {
    final FacetTables.Reader table;
    final int[][] byDim;
    final int[] buckets = new int[BUCKETS.size()];
    long sections;
    long filings;

    Counts(FacetTables.Reader table) {
      this.table = table;
      byDim = new int[FacetTables.SET_DIMS.length][];
      for (int d = 0; d < byDim.length; d++) {
        byDim[d] = new int[table.globalValueCount[d]];
      }
    }
  }

  /**
   * Counts each facet value once per filing. A filing's sections are added as one block, so they
   * sit next to each other in one segment, and every section carries its filing's item, partner,
   * company, form and year: those are counted once, at the first matching section of each filing,
   * from the segment's {@link FacetTables}. Amounts belong to sections: the buckets of a filing's
   * matching sections are OR-ed and each counted once per filing.
   */
  private Counts count(FacetsCollector fc, IndexSearcher searcher) throws IOException {
    FacetTables.Reader table = facetTables.of(searcher.getIndexReader());
    Counts c = new Counts(table);
    int dims = FacetTables.SET_DIMS.length;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      c.sections += md.totalHits();
      if (md.totalHits() == 0) {
        continue;
      }
      int leaf = md.context().ord;
      FacetTables.Segment seg = table.segments[leaf];
      int[] docFiling = seg.docFiling;
      byte[] masks = seg.bucketMask;
      int[][] segCounts = new int[dims][];
      for (int d = 0; d < dims; d++) {
        segCounts[d] = new int[seg.valueCount[d]];
      }
      int prevFiling = -1;
      int mask = 0;
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int filing = docFiling[doc];
        if (filing != prevFiling) {
          addBuckets(c.buckets, mask);
          mask = 0;
          prevFiling = filing;
          c.filings++;
          for (int d = 0; d < dims; d++) {
            int[] ords = seg.ords[d];
            int[] counts = segCounts[d];
            for (int k = seg.start[d][filing], end = seg.start[d][filing + 1]; k < end; k++) {
              counts[ords[k]]++;
            }
          }
        }
        mask |= masks[doc];
      }
      addBuckets(c.buckets, mask);
      for (int d = 0; d < dims; d++) {
        org.apache.lucene.util.LongValues toGlobal = table.toGlobal(d, leaf);
        int[] counts = segCounts[d];
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            c.byDim[d][(int) toGlobal.get(ord)] += counts[ord];
          }
        }
      }
    }
    return c;
  }

  private static void addBuckets(int[] buckets, int mask) {
    for (int m = mask, b = 0; m != 0; m >>>= 1, b++) {
      if ((m & 1) != 0) {
        buckets[b]++;
      }
    }
  }

  private static long[] bucketLowerBounds() {
    long[] from = new long[BUCKETS.size()];
    for (int b = 0; b < from.length; b++) {
      from[b] = BUCKETS.get(b).from;
    }
    return from;
  }

  /**
   * The values of one dimension to show: the most frequent first (ties by value), years newest
   * first. Only the values shown are looked up as text.
   */
  private static List<FacetValue> facetValues(String dim, Counts counts) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    if (dim.equals("amount")) {
      for (int b = 0; b < BUCKETS.size(); b++) {
        Bucket bucket = BUCKETS.get(b);
        if (counts.buckets[b] > 0) {
          out.add(
              new FacetValue(
                  bucket.value, bucket.label, counts.buckets[b], bucket.from, bucket.to));
        }
      }
      return out;
    }
    int d = java.util.Arrays.asList(FacetTables.SET_DIMS).indexOf(dim);
    int[] n = counts.byDim[d];
    boolean year = dim.equals("year");
    int limit = year || dim.equals("item") ? 50 : 20;
    // Global ordinals follow the values' sort order: ties by value are ties by ordinal.
    java.util.Comparator<Integer> order =
        year
            ? java.util.Comparator.<Integer>reverseOrder()
            : (x, y) -> n[x] != n[y] ? Integer.compare(n[y], n[x]) : Integer.compare(x, y);
    java.util.PriorityQueue<Integer> top = new java.util.PriorityQueue<>(order.reversed());
    for (int ord = 0; ord < n.length; ord++) {
      if (n[ord] > 0) {
        top.add(ord);
        if (top.size() > limit) {
          top.poll();
        }
      }
    }
    List<Integer> ords = new ArrayList<>(top);
    ords.sort(order);
    for (int ord : ords) {
      String value = counts.table.value(d, ord);
      String label = dim.equals("item") ? Items.title(value).orElse(value) : value;
      out.add(new FacetValue(value, label, n[ord], null, null));
    }
    return out;
  }

  /**
   * A whole filing as indexed.
   *
   * @param id the filing id
   * @return the filing with its sections' text, partners and amounts, or empty when unknown
   * @throws IOException when the index cannot be read
   */
  public Optional<Filing> filing(String id) throws IOException {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try (Lease lease = lease()) {
      IndexSearcher s = lease.searcher();
      TopDocs td = s.search(new TermQuery(new Term(Fields.FILING_ID, id)), 10_000);
      List<Document> docs = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : td.scoreDocs) {
        docs.add(stored.document(sd.doc));
      }
      return Optional.ofNullable(DocumentMapper.fromDocuments(docs));
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
  public List<Suggestion> suggest(String prefix, int max) throws IOException {
    String p = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
    if (p.isEmpty() || max <= 0) {
      return List.of();
    }
    maybeRefresh();
    Suggestions s = suggestions;
    if (s == null) {
      s = buildSuggestions();
      suggestions = s;
    }
    List<Suggestion> out = new ArrayList<>();
    for (TreeMap<String, Suggestion> map : List.of(s.companies, s.partners, s.titles)) {
      for (var e : map.tailMap(p, true).entrySet()) {
        if (!e.getKey().startsWith(p) || out.size() >= max) {
          break;
        }
        out.add(e.getValue());
      }
    }
    // Also words inside names and titles ("beecham" finds "SmithKline Beecham").
    if (out.size() < max) {
      for (TreeMap<String, Suggestion> map : List.of(s.companies, s.partners, s.titles)) {
        for (var e : map.entrySet()) {
          if (out.size() >= max) {
            break;
          }
          if (!e.getKey().startsWith(p)
              && e.getKey().contains(" " + p)
              && !out.contains(e.getValue())) {
            out.add(e.getValue());
          }
        }
      }
    }
    return out;
  }

  private record Suggestions(
      TreeMap<String, Suggestion> companies,
      TreeMap<String, Suggestion> partners,
      TreeMap<String, Suggestion> titles) {}

  private Suggestions buildSuggestions() throws IOException {
    TreeMap<String, Suggestion> companies = new TreeMap<>();
    TreeMap<String, Suggestion> partners = new TreeMap<>();
    TreeMap<String, Suggestion> titles = new TreeMap<>();
    try (Lease lease = lease()) {
      IndexSearcher s = lease.searcher();
      for (var leaf : s.getIndexReader().leaves()) {
        LeafReader r = leaf.reader();
        collect(r.getSortedSetDocValues(Fields.FACET_COMPANY), companies, "company");
        collect(r.getSortedSetDocValues(Fields.FACET_PARTNER), partners, "partner");
        SortedDocValues t = r.getSortedDocValues(Fields.TITLE_DV);
        if (t != null) {
          TermsEnum te = t.termsEnum();
          for (BytesRef b = te.next(); b != null && titles.size() < 100_000; b = te.next()) {
            String v = b.utf8ToString();
            if (!v.isBlank()
                && !v.equals("Cover page")
                && !v.equals("Signature")
                && !v.equals("Exhibit index")) {
              titles.putIfAbsent(v.toLowerCase(Locale.ROOT), new Suggestion(v, "title"));
            }
          }
        }
      }
    }
    return new Suggestions(companies, partners, titles);
  }

  private static void collect(SortedSetDocValues v, TreeMap<String, Suggestion> into, String type)
      throws IOException {
    if (v == null) {
      return;
    }
    TermsEnum te = v.termsEnum();
    for (BytesRef b = te.next(); b != null; b = te.next()) {
      String s = b.utf8ToString();
      into.putIfAbsent(s.toLowerCase(Locale.ROOT), new Suggestion(s, type));
    }
  }

  /**
   * The index's size and when it last changed.
   *
   * @return the stats
   * @throws IOException when the index cannot be read
   */
  public IndexStats stats() throws IOException {
    maybeRefresh();
    try (Lease lease = lease()) {
      IndexSearcher s = lease.searcher();
      DirectoryReader r = (DirectoryReader) s.getIndexReader();
      // Counted over live documents: a reindexed filing's deleted copy does not count.
      long filings =
          count(s.search(new MatchAllDocsQuery(), new FacetsCollectorManager()), s).filings;
      String at = r.getIndexCommit().getUserData().get(Fields.COMMIT_INDEXED_AT);
      long size;
      try {
        size = IndexLocation.size(generation);
      } catch (IOException | java.io.UncheckedIOException e) {
        // Files come and go while an indexer merges segments: the size is unknown this moment.
        size = -1;
      }
      return new IndexStats(
          filings, r.numDocs(), size, at == null ? null : Instant.parse(at), indexDir.toString());
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (segmentPool != null) {
      segmentPool.shutdownNow();
    }
    manager.close();
    for (Directory d : directories) {
      d.close();
    }
  }

  private static List<BytesRef> toBytes(List<String> values) {
    return values.stream().map(BytesRef::new).toList();
  }

  private static String lead(String body) {
    if (body == null) {
      return "";
    }
    String t = body.length() > 240 ? body.substring(0, 240) + "…" : body;
    return escape(t.replace('\n', ' '));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static Long maxOf(Long a, Long b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Long.valueOf(Math.max(a, b));
  }

  private static Long minOf(Long a, Long b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Long.valueOf(Math.min(a, b));
  }
}
