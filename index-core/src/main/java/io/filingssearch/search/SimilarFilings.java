package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The filings most like one filing: Lucene's more-like-this over the stemmed body of its deal
 * sections ({@link DealSections}) finds and ranks the other filings' sections; each filing's best
 * section score, relative to the best filing's, is then raised by the share of the filing's
 * partners and items the other one has too. One instance per request; not thread-safe.
 *
 * <p>Other engines use the same words and the same ranking through {@link #query(Filing,
 * IndexReader)} (with a reader that knows the index's counts) and {@link #likeness}.
 */
public final class SimilarFilings {
  /** How much sharing all of the filing's partners adds to a relative text score of at most 1. */
  static final double PARTNER_WEIGHT = 0.5;

  /** How much sharing all of the filing's telling items (not the exhibit lists) adds. */
  static final double ITEM_WEIGHT = 0.2;

  /** The most words the more-like-this query keeps: the most telling ones, by tf-idf. */
  private static final int MAX_QUERY_TERMS = 30;

  /** A word must occur this often in the deal sections to characterise them. */
  private static final int MIN_TERM_FREQ = 2;

  /**
   * A word must occur in this many sections: one more than itself, or it matches no other filing.
   */
  private static final int MIN_DOC_FREQ = 2;

  /** Words in more than this share of sections (the registrant's name, boilerplate) say nothing. */
  private static final int MAX_DOC_FREQ_PCT = 30;

  private final Filing filing;
  private final Query query;

  private SimilarFilings(Filing filing, Query query) {
    this.filing = filing;
    this.query = query;
  }

  /**
   * Builds the query of the filings like {@code filing} over an index.
   *
   * @param analyzer the index's analyzer (the body's words are stemmed as indexed)
   */
  static SimilarFilings of(Filing filing, IndexReader reader, Analyzer analyzer)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {Fields.BODY});
    mlt.setMinTermFreq(MIN_TERM_FREQ);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PCT);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    List<Section> deal = DealSections.of(filing);
    Reader[] texts = new Reader[deal.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = new StringReader(deal.get(i).text());
    }
    Query like = mlt.like(Fields.BODY, texts);
    Query query =
        new BooleanQuery.Builder()
            .add(like, Occur.MUST)
            .add(new TermQuery(new Term(Fields.FILING_ID, filing.id())), Occur.MUST_NOT)
            .build();
    return new SimilarFilings(filing, query);
  }

  /**
   * The query of the sections like a filing's deal sections, the filing's own excluded: its most
   * telling words, weighed as {@link #of} weighs them.
   *
   * @param filing the filing whose likes to find
   * @param reader what knows the index's document counts and the words' document frequencies
   * @return the query
   * @throws IOException when the counts cannot be read
   */
  public static Query query(Filing filing, IndexReader reader) throws IOException {
    return of(filing, reader, Analyzers.perField()).query();
  }

  /**
   * How much another filing is like {@code filing}, as {@link #rerank} ranks it.
   *
   * @param filing the filing compared with
   * @param relative the other filing's best text score relative to the best filing's (0 to 1)
   * @param partners the other filing's partners
   * @param items the other filing's items
   * @return the likeness: the relative score, plus the weighed shares of partners and items
   */
  public static double likeness(
      Filing filing, double relative, Set<String> partners, Set<String> items) {
    return relative
        + PARTNER_WEIGHT * share(Set.copyOf(filing.partners()), partners)
        + ITEM_WEIGHT * share(Set.copyOf(DealSections.telling(filing.items())), items);
  }

  /**
   * A request for similar filings as it is run: one hit per filing, ranked by likeness (the sort
   * order and grouping asked for are ignored).
   *
   * @param request the request asked for
   * @return the same filters, page and size, grouped by filing, by relevance
   */
  public static SearchRequest request(SearchRequest request) {
    return new SearchRequest(
        request.query(),
        request.items(),
        request.partners(),
        request.companies(),
        request.forms(),
        request.years(),
        request.amountBuckets(),
        request.from(),
        request.to(),
        request.minAmount(),
        request.maxAmount(),
        SortOrder.RELEVANCE,
        request.page(),
        request.size(),
        true,
        request.exactCounts());
  }

  /** The filing the others are compared with. */
  Filing filing() {
    return filing;
  }

  /** The sections like the filing's deal sections, the filing's own excluded. */
  Query query() {
    return query;
  }

  /**
   * Ranks the best section of each filing by likeness: its text score relative to the best one's,
   * plus {@link #PARTNER_WEIGHT} times the share of this filing's partners it has and {@link
   * #ITEM_WEIGHT} times the share of its telling items. Each filing's values are read from the
   * facet doc values its sections carry.
   *
   * @param best one section per filing, best first
   * @return the same sections with their new scores, most alike first
   */
  List<ScoreDoc> rerank(IndexReader reader, List<ScoreDoc> best) throws IOException {
    float top = 0;
    for (ScoreDoc sd : best) {
      top = Math.max(top, sd.score);
    }
    List<LeafReaderContext> leaves = reader.leaves();
    List<ScoreDoc> out = new ArrayList<>(best.size());
    for (ScoreDoc sd : best) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      int doc = sd.doc - leaf.docBase;
      double score =
          likeness(
              filing,
              top > 0 ? sd.score / top : 0,
              values(leaf, Fields.FACET_PARTNER, doc),
              values(leaf, Fields.FACET_ITEM, doc));
      out.add(new ScoreDoc(sd.doc, (float) score, sd.shardIndex));
    }
    // Stable: equal scores keep the text order.
    out.sort(Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed());
    return out;
  }

  /** The share of {@code mine} that {@code theirs} has too; 0 when {@code mine} is empty. */
  private static double share(Set<String> mine, Set<String> theirs) {
    if (mine.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String v : mine) {
      if (theirs.contains(v)) {
        shared++;
      }
    }
    return (double) shared / mine.size();
  }

  private static Set<String> values(LeafReaderContext leaf, String field, int doc)
      throws IOException {
    Set<String> out = new HashSet<>();
    SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(field);
    if (dv != null && dv.advanceExact(doc)) {
      for (int i = 0; i < dv.docValueCount(); i++) {
        out.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
      }
    }
    return out;
  }
}
