package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * One search: runs the query, counts facets (each chosen dimension sideways), picks the page,
 * assembles hits and suggests a spelling. One instance per search; not thread-safe.
 */
final class SearchExecution {
  /** Grouped by filing, how many sections to fetch per hit of the page at first. */
  private static final int SECTIONS_PER_FILING = 5;

  /** Grouped by filing, sections fetched beyond that (a page of filings with one section each). */
  private static final int EXTRA_SECTIONS = 20;

  /** The most sections fetched at first when grouping; more are fetched when they do not do. */
  private static final int FIRST_FETCH_CAP = 50_000;

  /** The most sections ever fetched to fill a page of filings. */
  private static final int FETCH_CAP = 1_000_000;

  /** Reranked, how many sections at least are fetched: the filings reranked come from these. */
  static final int RERANK_POOL = 1_000;

  /** Below this many matches, a spelling suggestion is offered. */
  private static final int FEW_MATCHES = 3;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final FacetTables.Reader tables;
  private final SearchRequest request;
  private final ParsedQuery pq;
  private final QueryBuilder queries;
  private final Reranker reranker;
  private final long t0;

  /** Orders the best section of each matching filing anew before the page is cut. */
  @FunctionalInterface
  interface Reranker {
    /**
     * @param best one section per filing, best first
     * @return the sections to page through, in their new order
     */
    List<ScoreDoc> rerank(List<ScoreDoc> best) throws IOException;
  }

  SearchExecution(
      IndexSearcher searcher,
      Analyzer analyzer,
      FacetTables.Reader tables,
      SearchRequest request,
      ParsedQuery pq,
      long t0) {
    this(
        searcher,
        analyzer,
        tables,
        request,
        pq,
        new QueryBuilder(analyzer, request, pq, tables.companies),
        null,
        t0);
  }

  /**
   * A search whose queries come from {@code queries} and whose filings (the request must group by
   * filing) are reordered by {@code reranker}, when not null, among the first {@link #RERANK_POOL}
   * sections.
   */
  SearchExecution(
      IndexSearcher searcher,
      Analyzer analyzer,
      FacetTables.Reader tables,
      SearchRequest request,
      ParsedQuery pq,
      QueryBuilder queries,
      Reranker reranker,
      long t0) {
    if (reranker != null && !request.groupByFiling()) {
      throw new IllegalArgumentException("a reranked search must group by filing");
    }
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.tables = tables;
    this.request = request;
    this.pq = pq;
    this.queries = queries;
    this.reranker = reranker;
    this.t0 = t0;
  }

  SearchResults run() throws IOException {
    Query text = queries.text();
    Map<FacetDimension, Query> filters = queries.dimensionFilters();
    Query main = queries.combine(filters, null);
    int pageEnd = request.page() * request.size();
    // Grouped, a filing has several sections: fetch more than a page (and more again below
    // when the filings among them do not fill it).
    int want =
        request.groupByFiling()
            ? Math.min(pageEnd * SECTIONS_PER_FILING + EXTRA_SECTIONS, FIRST_FETCH_CAP)
            : pageEnd;
    if (reranker != null) {
      want = Math.max(want, RERANK_POOL);
    }
    // A search matching a large share of the index is counted from a sample (FacetCounter),
    // and its page found apart, Lucene skipping the sections that cannot make it; any other
    // search finds its page and counts every match in one pass.
    boolean exact = request.exactCounts();
    FacetCounter.Sampling sampling =
        exact ? null : new FacetCounter.Sampling(searcher, queries.counting(filters, null), tables);
    // Whether the page is found apart from the count, through the query's bound where it has one.
    boolean apart = sampling != null && sampling.large();
    TopDocs first;
    FacetCounter.Counts counts;
    if (apart) {
      first = page(main, want);
      counts = sampling.finish();
    } else {
      Object[] both =
          searcher.search(
              main,
              new MultiCollectorManager(topManager(want, sort()), FacetCounter.manager(tables)));
      first = (TopDocs) both[0];
      counts = (FacetCounter.Counts) both[1];
    }
    boolean approximate = counts.approximate();
    Map<FacetDimension, List<FacetValue>> facets = new EnumMap<>(FacetDimension.class);
    for (FacetDimension dim : FacetDimension.values()) {
      FacetCounter.Counts source = counts;
      if (filters.containsKey(dim) || (dim == FacetDimension.YEAR && queries.hasDateRange())) {
        // Drill sideways: this dimension is counted without its own filter.
        source = FacetCounter.count(searcher, queries.counting(filters, dim), tables, exact);
        approximate |= source.approximate();
      }
      facets.put(dim, FacetCounter.values(dim, source));
    }
    ScoreDoc[] top = first.scoreDocs;
    List<ScoreDoc> ranked = new ArrayList<>();
    if (request.groupByFiling()) {
      ranked = bestPerFiling(top);
      // A filing with many matching sections uses up the sections fetched: fetch more until
      // the page is full or every match has been seen.
      while (ranked.size() < pageEnd && top.length == want && want < counts.sections()) {
        want = (int) Math.min((long) want * 4, Math.min(counts.sections(), FETCH_CAP));
        top = (apart ? page(main, want) : topDocs(main, want)).scoreDocs;
        ranked = bestPerFiling(top);
      }
      if (reranker != null) {
        ranked = reranker.rerank(ranked);
      }
    } else {
      ranked.addAll(List.of(top));
    }
    int from = (request.page() - 1) * request.size();
    List<ScoreDoc> page =
        from >= ranked.size()
            ? List.of()
            : ranked.subList(from, Math.min(ranked.size(), from + request.size()));
    List<Hit> hits = HitAssembler.hits(searcher, analyzer, text, page, tables.companies);
    long total = request.groupByFiling() ? counts.filings() : counts.sections();
    boolean partial = searcher.timedOut() || counts.timedOut;
    String message =
        partial
            ? "The search took too long; results are incomplete. Try a more specific query."
            : queries.message();
    String suggestion =
        total < FEW_MATCHES && reranker == null
            ? SpellingSuggester.suggest(pq.text, searcher.getIndexReader())
            : null;
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return new SearchResults(
        request.query(),
        total,
        !partial,
        ms,
        hits,
        facets,
        suggestion,
        queries.lenient(),
        partial,
        message,
        approximate);
  }

  /** How many more sections than twice those asked for a query's bound fetches ({@link #page}). */
  private static final int BOUND_EXTRA = 20;

  /**
   * The most sections a page found through a bound may ask for: a larger fetch (a page of filings
   * each with many sections) would hold twice its sections in memory for little gain.
   */
  private static final int BOUND_MAX = 10_000;

  /**
   * The best {@code n} sections of {@code main} in the request's order, as {@link #topDocs} finds
   * them: through its bound where it has one ({@link #boundedPage}), else searched whole.
   */
  private TopDocs page(Query main, int n) throws IOException {
    TopDocs bounded = boundedPage(searcher, main, n, sort());
    return bounded != null ? bounded : topDocs(main, n);
  }

  /**
   * The best {@code n} sections of {@code main} in the order of {@code sort} (null: by score), as
   * {@code searcher} finds them, found through the query's bound; null when it has none or the
   * bound cannot tell. Where {@code main} has a phrase of three words or more, its bound ({@link
   * PairedPhraseQuery#bounded}: scored from the phrase's word pairs, without positions) is searched
   * first for more sections than asked, and {@code main} then only among those. Every section
   * scores no higher in {@code main} than in the bound, and none outside the bound matches; so when
   * the {@code n}-th section found ranks strictly before the last of the bound's, no section left
   * out could rank before it, and the answer is {@code main}'s own. Otherwise (ties, a bound far
   * above the score, more than {@link #BOUND_MAX} sections asked for) null.
   *
   * @param searcher the searcher
   * @param main the query
   * @param n how many sections
   * @param sort the order, every field larger first (null: by score)
   * @return the best sections, or null
   */
  static TopDocs boundedPage(IndexSearcher searcher, Query main, int n, Sort sort)
      throws IOException {
    Query bound = PairedPhraseQuery.bounded(main);
    if (bound == main || n > BOUND_MAX || (sort != null && !largerFirst(sort))) {
      return null;
    }
    int k = 2 * n + BOUND_EXTRA;
    ScoreDoc[] candidates = top(searcher, bound, k, sort).scoreDocs;
    Query among =
        new BooleanQuery.Builder()
            .add(main, Occur.MUST)
            .add(new DocListQuery(candidates), Occur.FILTER)
            .build();
    TopDocs exact = top(searcher, among, n, sort);
    if (candidates.length < k) {
      return exact; // every section the bound matches was searched
    }
    ScoreDoc[] e = exact.scoreDocs;
    return e.length == n && before(e[n - 1], candidates[k - 1]) ? exact : null;
  }

  /** The request's order as a sort; null for relevance. */
  private Sort sort() {
    return switch (request.sort()) {
      case RELEVANCE -> null;
      case DATE -> sortBy(Fields.DATE);
      case AMOUNT -> sortBy(FacetDimension.AMOUNT.field());
      case FILED -> newestFiled();
    };
  }

  /** Whether every field of the sort puts larger values first (scores: always). */
  private static boolean largerFirst(Sort sort) {
    for (SortField f : sort.getSort()) {
      if (f.getType() != SortField.Type.SCORE && !f.getReverse()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether hit {@code a} ranks strictly before hit {@code b}: a higher score, or by the sort's
   * values (all larger first, see {@link #largerFirst}) compared in turn.
   */
  static boolean before(ScoreDoc a, ScoreDoc b) {
    if (a instanceof FieldDoc fa && b instanceof FieldDoc fb) {
      for (int i = 0; i < fa.fields.length; i++) {
        int c;
        if (fa.fields[i] instanceof Long x && fb.fields[i] instanceof Long y) {
          c = Long.compare(x, y);
        } else if (fa.fields[i] instanceof Float x && fb.fields[i] instanceof Float y) {
          c = Float.compare(x, y);
        } else {
          return false; // values of another kind: cannot tell, so the query is searched whole
        }
        if (c != 0) {
          return c > 0;
        }
      }
      return false;
    }
    return a.score > b.score;
  }

  /** The best {@code n} sections in the order of {@code sort} (null: by score), as a manager. */
  private static CollectorManager<?, ? extends TopDocs> topManager(int n, Sort sort) {
    // Hits are counted apart: the collectors may skip from the first hit on.
    return sort == null
        ? new TopScoreDocCollectorManager(n, null, n)
        : new TopFieldCollectorManager(sort, n, null, n);
  }

  private TopDocs topDocs(Query main, int n) throws IOException {
    return top(searcher, main, n, sort());
  }

  /** The best {@code n} sections in the order of {@code sort} (null: by score). */
  static TopDocs top(IndexSearcher searcher, Query q, int n, Sort sort) throws IOException {
    return searcher.search(q, topManager(n, sort));
  }

  /**
   * The first (best) hit of each filing, in order. A filing is its segment and its number there
   * ({@link FacetTables.Segment#docFiling}): its sections are one block of one segment.
   */
  private List<ScoreDoc> bestPerFiling(ScoreDoc[] top) {
    List<ScoreDoc> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    List<LeafReaderContext> leaves = tables.leaves;
    for (ScoreDoc sd : top) {
      int leaf = ReaderUtil.subIndex(sd.doc, leaves);
      long filing = tables.segments[leaf].docFiling[sd.doc - leaves.get(leaf).docBase];
      if (seen.add(((long) leaf << 32) | filing)) {
        out.add(sd);
      }
    }
    return out;
  }

  /**
   * Newest filing day first, then the filing that became searchable last, then by score: what
   * {@link SortOrder#FILED} means. Sections without a day (an index written before the field
   * existed) come last.
   */
  static Sort newestFiled() {
    SortField filed = new SortField(Fields.FILED_DAY, SortField.Type.LONG, true);
    filed.setMissingValue(Long.MIN_VALUE);
    SortField since = new SortField(Fields.SEARCHABLE_SINCE, SortField.Type.LONG, true);
    since.setMissingValue(Long.MIN_VALUE);
    return new Sort(filed, since, SortField.FIELD_SCORE);
  }

  /** Largest value first (a multi-valued field by its largest value), then by score. */
  static Sort sortBy(String field) {
    SortedNumericSortField sf =
        new SortedNumericSortField(
            field, SortField.Type.LONG, true, SortedNumericSelector.Type.MAX);
    sf.setMissingValue(Long.MIN_VALUE);
    return new Sort(sf, SortField.FIELD_SCORE);
  }
}
