package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Items;
import io.filingssearch.index.Analyzers;
import io.filingssearch.index.DocumentMapper;
import io.filingssearch.index.Fields;
import io.filingssearch.index.IndexLocation;
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
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
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
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
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

  /**
   * How far into a section the highlighter looks for passages. Sections run to half a megabyte
   * (financial statements); scanning all of a long one for every hit costs more than the search
   * itself, and a match beyond this point still ranks the section, shown with its opening lines.
   */
  private static final int SNIPPET_SCAN_CHARS = 30_000;

  /** Stored fields a hit shows; the body is loaded only when no passage was found. */
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
  private static final Map<String, String> DIM_FIELDS =
      Map.of(
          "item", Fields.FACET_ITEM,
          "partner", Fields.FACET_PARTNER,
          "company", Fields.FACET_COMPANY,
          "form", Fields.FACET_FORM,
          "year", Fields.FACET_YEAR);
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]{3,}");

  private final Path indexDir;
  private final Analyzer analyzer = Analyzers.perField();
  private final List<Directory> directories = new CopyOnWriteArrayList<>();
  private volatile Path generation;
  private volatile SearcherManager manager;
  private volatile long lastRefresh = System.nanoTime();
  private volatile Suggestions suggestions;

  private record Bucket(String value, String label, Long from, Long to) {}

  private FilingSearcher(Path indexDir) throws IOException {
    this.indexDir = indexDir;
    openGeneration(IndexLocation.current(indexDir));
  }

  /**
   * Opens the index in a folder.
   *
   * @param indexDir the folder given to the indexer
   * @return a searcher; close it when done
   * @throws IOException when there is no index there or it cannot be read
   */
  public static FilingSearcher open(Path indexDir) throws IOException {
    return new FilingSearcher(indexDir);
  }

  private synchronized void openGeneration(Path gen) throws IOException {
    Directory dir = FSDirectory.open(gen);
    SearcherManager old = manager;
    manager = new SearcherManager(dir, null);
    directories.add(dir);
    generation = gen;
    suggestions = null;
    if (old != null) {
      old.close();
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
      IndexSearcher searcher = new IndexSearcher(base.getIndexReader());
      long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000;
      searcher.setTimeout(timeout(deadline));
      return new Execution(searcher, request, pq, t0).run();
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
                FacetsCollectorManager.search(
                    searcher, main, want, new FacetsCollectorManager(true));
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
      Counts counts = count(result.facetsCollector());
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      for (String dim : DIMS) {
        Counts source = counts;
        if (dimFilters.containsKey(dim)) {
          // Drill sideways: this dimension is counted without its own filter.
          FacetsCollector fc =
              searcher.search(combine(dimFilters, dim), new FacetsCollectorManager());
          source = count(fc);
        }
        facets.put(dim, facetValues(dim, source.byDim.get(dim)));
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
              Map.of(Fields.BODY, 1.0f, Fields.BODY_EXACT, 1.5f, Fields.TITLE, 2.0f));
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
      String[] snippets = null;
      if (textQuery != null) {
        UnifiedHighlighter uh =
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(SNIPPET_SCAN_CHARS)
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false)
                .withMaxNoHighlightPassages(0)
                .build();
        TopDocs td =
            new TopDocs(
                new TotalHits(page.size(), TotalHits.Relation.EQUAL_TO),
                page.toArray(new ScoreDoc[0]));
        snippets = uh.highlight(Fields.BODY, textQuery, td, 2);
      }
      StoredFields stored = searcher.storedFields();
      List<Hit> out = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        ScoreDoc sd = page.get(i);
        Document d = stored.document(sd.doc, HIT_FIELDS);
        String snippet = snippets == null ? null : snippets[i];
        if (snippet == null) {
          snippet = lead(stored.document(sd.doc, Set.of(Fields.BODY)).get(Fields.BODY));
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

  /** Facet counts in distinct filings, and the totals. */
  private static final class Counts {
    final Map<String, Map<String, Integer>> byDim = new HashMap<>();
    long sections;
    long filings;

    Counts() {
      for (String d : DIMS) {
        byDim.put(d, new HashMap<>());
      }
    }
  }

  /** The facet dimensions read from sorted-set doc values, in a fixed order. */
  private static final String[] SET_DIMS = {"item", "partner", "company", "form", "year"};

  /**
   * Counts each facet value once per filing. A filing's sections are added as one block, so they
   * sit next to each other in one segment, and every section carries its filing's item, partner,
   * company, form and year: those are read once, at the first matching section of each filing.
   * Amounts belong to sections, so each matching section's amounts are bucketed, a bucket counted
   * once per filing.
   */
  private static Counts count(FacetsCollector fc) throws IOException {
    Counts c = new Counts();
    int dims = SET_DIMS.length;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      LeafReader reader = md.context().reader();
      c.sections += md.totalHits();
      if (md.totalHits() == 0) {
        continue;
      }
      SortedSetDocValues filingIds = reader.getSortedSetDocValues(Fields.FILING_ID);
      SortedSetDocValues[] dv = new SortedSetDocValues[dims];
      int[][] segCounts = new int[dims][];
      for (int d = 0; d < dims; d++) {
        dv[d] = reader.getSortedSetDocValues(DIM_FIELDS.get(SET_DIMS[d]));
        segCounts[d] = dv[d] == null ? new int[0] : new int[(int) dv[d].getValueCount()];
      }
      SortedNumericDocValues amounts = reader.getSortedNumericDocValues(Fields.AMOUNT);
      int[] bucketCounts = new int[BUCKETS.size()];
      int[] bucketLast = new int[BUCKETS.size()];
      java.util.Arrays.fill(bucketLast, -2);
      int prevFiling = -2;
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int filing =
            filingIds != null && filingIds.advanceExact(doc) ? (int) filingIds.nextOrd() : -1;
        if (filing != prevFiling || filing < 0) {
          prevFiling = filing;
          c.filings++;
          for (int d = 0; d < dims; d++) {
            if (dv[d] != null && dv[d].advanceExact(doc)) {
              for (int k = 0; k < dv[d].docValueCount(); k++) {
                segCounts[d][(int) dv[d].nextOrd()]++;
              }
            }
          }
        }
        if (amounts != null && amounts.advanceExact(doc)) {
          for (int k = 0; k < amounts.docValueCount(); k++) {
            int b = bucketOf(amounts.nextValue());
            if (b >= 0 && (bucketLast[b] != filing || filing < 0)) {
              bucketLast[b] = filing;
              bucketCounts[b]++;
            }
          }
        }
      }
      for (int d = 0; d < dims; d++) {
        Map<String, Integer> target = c.byDim.get(SET_DIMS[d]);
        for (int ord = 0; ord < segCounts[d].length; ord++) {
          if (segCounts[d][ord] > 0) {
            target.merge(dv[d].lookupOrd(ord).utf8ToString(), segCounts[d][ord], Integer::sum);
          }
        }
      }
      for (int b = 0; b < BUCKETS.size(); b++) {
        if (bucketCounts[b] > 0) {
          c.byDim.get("amount").merge(BUCKETS.get(b).value, bucketCounts[b], Integer::sum);
        }
      }
    }
    return c;
  }

  /** The bucket an amount falls in (buckets are contiguous and ordered), or -1 below the first. */
  private static int bucketOf(long amount) {
    for (int b = BUCKETS.size() - 1; b >= 0; b--) {
      if (amount >= BUCKETS.get(b).from) {
        return b;
      }
    }
    return -1;
  }

  private List<FacetValue> facetValues(String dim, Map<String, Integer> counts) {
    List<FacetValue> out = new ArrayList<>();
    if (dim.equals("amount")) {
      for (Bucket b : BUCKETS) {
        int n = counts.getOrDefault(b.value, 0);
        if (n > 0) {
          out.add(new FacetValue(b.value, b.label, n, b.from, b.to));
        }
      }
      return out;
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    if (dim.equals("year")) {
      entries.sort((a, b) -> b.getKey().compareTo(a.getKey()));
    } else {
      entries.sort(
          (a, b) ->
              b.getValue() != a.getValue().intValue()
                  ? b.getValue() - a.getValue()
                  : a.getKey().compareTo(b.getKey()));
    }
    int limit = dim.equals("year") || dim.equals("item") ? 50 : 20;
    for (var e : entries.subList(0, Math.min(limit, entries.size()))) {
      String label = dim.equals("item") ? Items.title(e.getKey()).orElse(e.getKey()) : e.getKey();
      out.add(new FacetValue(e.getKey(), label, e.getValue(), null, null));
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
      long filings = count(s.search(new MatchAllDocsQuery(), new FacetsCollectorManager())).filings;
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
