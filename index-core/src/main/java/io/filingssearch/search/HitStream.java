package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Every hit of a search, in the search's order, read page after page with {@code searchAfter}:
 * memory stays that of one page (plus, grouped by filing, the ids of the filings already visited),
 * however many hits there are. One instance per stream; not thread-safe.
 */
final class HitStream {
  /** Sections read and highlighted at a time. */
  static final int PAGE = 200;

  private final int pageSize;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final CompanyTable companies;
  private final SearchRequest request;
  private final QueryBuilder queries;

  HitStream(
      IndexSearcher searcher,
      Analyzer analyzer,
      CompanyTable companies,
      SearchRequest request,
      ParsedQuery pq,
      int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be 1 or more, not " + pageSize);
    }
    this.pageSize = pageSize;
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.companies = companies;
    this.request = request;
    this.queries = new QueryBuilder(analyzer, request, pq, companies);
  }

  /** Visits at most {@code limit} hits; returns how many were visited. */
  long run(long limit, Consumer<Hit> action) throws IOException {
    Query text = queries.text();
    Query main = queries.combine(queries.dimensionFilters(), null);
    Set<BytesRef> filingsSeen = request.groupByFiling() ? new HashSet<>() : null;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc after = null;
    long visited = 0;
    while (visited < limit) {
      ScoreDoc[] docs = next(main, after).scoreDocs;
      if (docs.length == 0) {
        break;
      }
      after = docs[docs.length - 1];
      List<ScoreDoc> page = new ArrayList<>(docs.length);
      for (ScoreDoc sd : docs) {
        if (visited + page.size() >= limit) {
          break;
        }
        // Grouped, a filing's first section in this order is its best: later ones are skipped.
        if (filingsSeen == null || filingsSeen.add(filingId(leaves, sd.doc))) {
          page.add(sd);
        }
      }
      for (Hit h : HitAssembler.hits(searcher, analyzer, text, page, companies)) {
        action.accept(h);
      }
      visited += page.size();
      if (docs.length < pageSize) {
        break;
      }
    }
    return visited;
  }

  private TopDocs next(Query main, ScoreDoc after) throws IOException {
    return switch (request.sort()) {
      case RELEVANCE -> searcher.searchAfter(after, main, pageSize);
      case DATE ->
          searcher.searchAfter(after, main, pageSize, SearchExecution.sortBy(Fields.DATE), true);
      case AMOUNT ->
          searcher.searchAfter(
              after, main, pageSize, SearchExecution.sortBy(FacetDimension.AMOUNT.field()), true);
      case FILED ->
          searcher.searchAfter(after, main, pageSize, SearchExecution.newestFiled(), true);
    };
  }

  private static BytesRef filingId(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(Fields.FILING_ID);
    return ids != null && ids.advanceExact(doc - leaf.docBase)
        ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd()))
        : new BytesRef("doc-" + doc);
  }
}
