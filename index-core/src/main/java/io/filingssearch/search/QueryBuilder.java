package io.filingssearch.search;

import io.filingssearch.filing.Items;
import io.filingssearch.internal.CompanyNames;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a request into Lucene queries: the free text (read leniently when its syntax is not
 * understood), one filter per facet dimension chosen, and the whole query with every filter but one
 * (for drill-sideways counts). One instance per search; not thread-safe.
 */
final class QueryBuilder {
  /** The fields free text searches, with their boosts: exact words and titles count more. */
  private static final Map<String, Float> TEXT_FIELDS =
      Map.of(Fields.BODY, 1.0f, Fields.BODY_EXACT, 1.5f, Fields.TITLE, 2.0f);

  private final Analyzer analyzer;
  private final SearchRequest request;
  private final ParsedQuery pq;
  private final Query ranking;
  private final CompanyTable companies;
  private boolean lenient;
  private String message;
  private Query text;
  private boolean textBuilt;
  private Query counted;
  private boolean narrowPhrases = true;

  QueryBuilder(Analyzer analyzer, SearchRequest request, ParsedQuery pq, CompanyTable companies) {
    this(analyzer, request, pq, companies, null);
  }

  /**
   * A builder whose hits are ranked by {@code ranking} (the filings like one filing) rather than by
   * the free text; the free text, if any, then only filters.
   */
  QueryBuilder(
      Analyzer analyzer,
      SearchRequest request,
      ParsedQuery pq,
      CompanyTable companies,
      Query ranking) {
    this.analyzer = analyzer;
    this.request = request;
    this.pq = pq;
    this.companies = companies;
    this.ranking = ranking;
  }

  /**
   * This builder with its phrases left as plain phrases, not narrowed by word pairs ({@link
   * PairedPhraseQuery}): for queries written out for another engine.
   */
  QueryBuilder plainPhrases() {
    narrowPhrases = false;
    return this;
  }

  /** Whether the free text's syntax was not understood and its words were searched instead. */
  boolean lenient() {
    return lenient;
  }

  /** Why the text was read leniently, or null. */
  String message() {
    return message;
  }

  /** The query that ranks the hits (and whose matches are highlighted), or null for none. */
  Query text() {
    return ranking != null ? ranking : freeText();
  }

  /** The free-text query, or null when the query has no free text. */
  private Query freeText() {
    if (!textBuilt) {
      textBuilt = true;
      text = parseText(pq.text);
      if (text != null && narrowPhrases) {
        text = PairedPhraseQuery.narrow(text);
      }
    }
    return text;
  }

  /**
   * The free text as counting reads it ({@link ExactTwins}), made once: a search counts with it
   * once and again for each dimension counted sideways.
   */
  private Query countedFreeText() {
    if (counted == null) {
      counted = ExactTwins.dropped(freeText(), analyzer);
    }
    return counted;
  }

  private Query parseText(String words) {
    String joined = DanglingOperators.drop(words);
    if (!joined.equals(words)) {
      lenient = true;
      message =
          "An AND, OR or NOT with nothing to join was left out: the query searched is '"
              + joined.strip()
              + "'.";
    }
    if (joined.isBlank()) {
      return null;
    }
    try {
      return parse(analyzer, joined);
    } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
      lenient = true;
      message = "The query's syntax was not understood, so its words were searched instead.";
      try {
        // Plain words: operators there would join nothing, or what the user did not mean.
        String plain =
            DanglingOperators.dropAll(words.replaceAll("[^\\p{L}\\p{N}\\s.$-]", " ")).trim();
        return plain.isBlank() ? null : parse(analyzer, QueryParser.escape(plain));
      } catch (ParseException | IndexSearcher.TooManyClauses e2) {
        return null;
      }
    }
  }

  private static Query parse(Analyzer analyzer, String text) throws ParseException {
    MultiFieldQueryParser p =
        new MultiFieldQueryParser(
            new String[] {Fields.BODY, Fields.BODY_EXACT, Fields.TITLE}, analyzer, TEXT_FIELDS) {
          @Override
          protected Query newFieldQuery(Analyzer a, String field, String queryText, boolean quoted)
              throws ParseException {
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

  /** The filters of the dimensions chosen, by dimension, from the request and the query text. */
  Map<FacetDimension, Query> dimensionFilters() {
    Map<FacetDimension, Query> f = new EnumMap<>(FacetDimension.class);
    List<String> items = new ArrayList<>(pq.items);
    for (String i : request.items()) {
      items.add(
          Items.normalize(i)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          FacetDimension.ITEM.key() + ": '" + i + "' is not an 8-K item")));
    }
    List<String> forms = new ArrayList<>(pq.forms);
    request.forms().forEach(x -> forms.add(x.toUpperCase(Locale.ROOT)));
    putSet(f, FacetDimension.ITEM, items);
    if (!request.partners().isEmpty()) {
      f.put(FacetDimension.PARTNER, anyName(FacetDimension.PARTNER, request.partners()));
    }
    if (!request.companies().isEmpty()) {
      f.put(FacetDimension.COMPANY, anyName(FacetDimension.COMPANY, request.companies()));
    }
    putSet(f, FacetDimension.FORM, forms);
    putSet(f, FacetDimension.YEAR, request.years().stream().map(String::valueOf).toList());
    if (!request.amountBuckets().isEmpty()) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String v : request.amountBuckets()) {
        AmountBuckets.Bucket bucket =
            AmountBuckets.named(v)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            FacetDimension.AMOUNT.key()
                                + ": '"
                                + v
                                + "' is not an amount range (one of "
                                + AmountBuckets.names()
                                + ")"));
        b.add(
            amountRange(bucket.from(), bucket.to() == null ? null : bucket.to() - 1), Occur.SHOULD);
      }
      f.put(FacetDimension.AMOUNT, b.build());
    }
    return f;
  }

  private static void putSet(
      Map<FacetDimension, Query> filters, FacetDimension dim, List<String> values) {
    if (!values.isEmpty()) {
      filters.put(dim, keywordSet(dim.field(), values));
    }
  }

  /**
   * The whole query: the text (or everything), weighed by section kind, with every filter but
   * {@code skip}'s.
   *
   * @param skip the dimension counted sideways, or null for the query that finds the hits
   */
  Query combine(Map<FacetDimension, Query> filters, FacetDimension skip) {
    return combine(filters, skip, true);
  }

  /**
   * The whole query as {@link #combine} writes it, for counting its matches: the same sections,
   * found without reading what only scores them (the exact forms of words, see {@link ExactTwins}),
   * and unscored.
   *
   * @param skip the dimension counted sideways, or null for every filter
   */
  Query counting(Map<FacetDimension, Query> filters, FacetDimension skip) {
    return combine(filters, skip, false);
  }

  private Query combine(Map<FacetDimension, Query> filters, FacetDimension skip, boolean scored) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (text() == null) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (scored) {
      b.add(new KindBoostQuery(text()), Occur.MUST);
    } else {
      b.add(ranking != null ? ranking : countedFreeText(), Occur.FILTER);
    }
    if (ranking != null && freeText() != null) {
      b.add(scored ? freeText() : countedFreeText(), Occur.FILTER);
    }
    filters.forEach(
        (dim, q) -> {
          if (dim != skip) {
            b.add(q, Occur.FILTER);
          }
        });
    for (String p : pq.partners) {
      b.add(name(FacetDimension.PARTNER, p), Occur.FILTER);
    }
    for (String c : pq.companies) {
      b.add(name(FacetDimension.COMPANY, c), Occur.FILTER);
    }
    for (String p : pq.excludedPartners) {
      b.add(name(FacetDimension.PARTNER, p), Occur.MUST_NOT);
    }
    for (String c : pq.excludedCompanies) {
      b.add(name(FacetDimension.COMPANY, c), Occur.MUST_NOT);
    }
    if (!pq.excludedForms.isEmpty()) {
      b.add(keywordSet(FacetDimension.FORM.field(), pq.excludedForms), Occur.MUST_NOT);
    }
    if (!pq.excludedItems.isEmpty()) {
      b.add(keywordSet(FacetDimension.ITEM.field(), pq.excludedItems), Occur.MUST_NOT);
    }
    LocalDate from = later(pq.from, request.from());
    LocalDate to = earlier(pq.to, request.to());
    // The date range is the year dimension's filter too: years are counted without it, so that
    // the years outside a range chosen can still be seen (and chosen).
    if ((from != null || to != null) && skip != FacetDimension.YEAR) {
      b.add(
          LongField.newRangeQuery(
              Fields.DATE,
              from == null ? Long.MIN_VALUE : from.toEpochDay(),
              to == null ? Long.MAX_VALUE : to.toEpochDay()),
          Occur.FILTER);
    }
    Long min = larger(pq.minAmount, request.minAmount());
    Long max = smaller(pq.maxAmount, request.maxAmount());
    if (min != null || max != null) {
      b.add(amountRange(min, max), Occur.FILTER);
    }
    return b.build();
  }

  /** Whether the request or its query text limits the date of report. */
  boolean hasDateRange() {
    return pq.from != null || pq.to != null || request.from() != null || request.to() != null;
  }

  /** Filings that any of the names are the partner or company of. */
  private Query anyName(FacetDimension dim, List<String> values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) {
      b.add(name(dim, v), Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * A partner or company filter, the same in the query language and in a request's values, written
   * in any case, punctuation or legal form: the name's words as a phrase on its analyzed field
   * ("immunogen inc" in "ImmunoGen, Inc."), or the name's key ("ImmunoGen Corporation" is {@code
   * immunogen}); a company also by its filer, so that a name one of a filer's filings uses finds
   * all of them ("Aarons" also finds those written "Aaron Rents, Inc.").
   */
  private Query name(FacetDimension dim, String value) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String key = CompanyNames.key(value);
    if (dim == FacetDimension.COMPANY) {
      List<BytesRef> ids = companies.identities(value).stream().map(BytesRef::new).toList();
      if (!ids.isEmpty()) {
        b.add(KeywordField.newSetQuery(dim.field(), ids), Occur.SHOULD);
      }
    } else if (!key.isEmpty()) {
      b.add(new TermQuery(new Term(Fields.PARTNER_KEY, key)), Occur.SHOULD);
    }
    String field = dim == FacetDimension.COMPANY ? Fields.COMPANY_TEXT : Fields.PARTNER_TEXT;
    if (!tokens(analyzer, field, value).isEmpty()) {
      b.add(nameQuery(dim, field, value), Occur.SHOULD);
    }
    BooleanQuery q = b.build();
    if (q.clauses().isEmpty()) {
      throw new IllegalArgumentException(dim.key() + ": '" + value + "' has no words");
    }
    return q;
  }

  /** A name filter: its words as a phrase on the name's analyzed field. */
  private Query nameQuery(FacetDimension dim, String field, String value) {
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    List<String> tokens = tokens(analyzer, field, value);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException(dim.key() + ": '" + value + "' has no words");
    }
    for (String t : tokens) {
      p.add(new Term(field, t));
    }
    return p.build();
  }

  /** The terms {@code analyzer} reads in {@code text} as the text of {@code field}. */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (var ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Query keywordSet(String field, List<String> values) {
    return KeywordField.newSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  private static Query amountRange(Long min, Long max) {
    return LongField.newRangeQuery(
        FacetDimension.AMOUNT.field(),
        min == null ? Long.MIN_VALUE : min,
        max == null ? Long.MAX_VALUE : max);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static Long larger(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
  }

  private static Long smaller(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
  }
}
