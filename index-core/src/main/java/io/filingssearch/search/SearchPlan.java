package io.filingssearch.search;

import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.CompanyNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;

/**
 * A search as the embedded engine plans it, for an engine whose index lives elsewhere (SolrCloud):
 * the same queries (free text read by the same parser and analyzers, filters, drill-sideways
 * variants), and the same hits, snippets and facet values made from what that engine returns. One
 * instance per search; not thread-safe.
 */
public final class SearchPlan {
  private static final Analyzer ANALYZER = Analyzers.perField();

  private final QueryBuilder queries;
  private final Map<FacetDimension, Query> filters;
  private final CompanyTable companies;

  private SearchPlan(SearchRequest request, CompanyTable companies, Query ranking) {
    this.companies = companies;
    this.queries =
        ranking == null
            ? new QueryBuilder(ANALYZER, request, ParsedQuery.parse(request.query()), companies)
                .plainPhrases()
            : new QueryBuilder(
                    ANALYZER, request, ParsedQuery.parse(request.query()), companies, ranking)
                .plainPhrases();
    this.filters = queries.dimensionFilters();
  }

  /**
   * Plans a search whose hits are ranked by {@code ranking} (such as {@link SimilarFilings#query})
   * rather than by the free text, which then only filters.
   *
   * @param request the search
   * @param companySpellings as for {@link #of}
   * @param ranking what ranks the hits
   * @return the plan
   * @throws IllegalArgumentException when a filter value is invalid; the message names it
   */
  public static SearchPlan ranked(
      SearchRequest request, Map<String, Map<String, Integer>> companySpellings, Query ranking) {
    return new SearchPlan(request, CompanyTable.of(List.of(companySpellings)), ranking);
  }

  /**
   * Plans a search.
   *
   * @param request the search
   * @param companySpellings per company facet value ({@code cik:855654}), how many filings spell
   *     the filer's name each way: what shows a company and what a company filter means
   * @return the plan
   * @throws IllegalArgumentException when a filter value is invalid; the message names it
   */
  public static SearchPlan of(
      SearchRequest request, Map<String, Map<String, Integer>> companySpellings) {
    return new SearchPlan(request, CompanyTable.of(List.of(companySpellings)), null);
  }

  /**
   * The whole query: the free text weighed by section kind ({@code FunctionScoreQuery} over the
   * kind boost field) or everything, as a {@code MUST} clause, and every filter as {@code FILTER}
   * or {@code MUST_NOT} clauses.
   */
  public Query query() {
    return queries.combine(filters, null);
  }

  /**
   * The dimensions counted sideways (a filter of theirs is chosen), each with the whole query
   * without that filter.
   */
  public Map<FacetDimension, Query> sideways() {
    Map<FacetDimension, Query> out = new EnumMap<>(FacetDimension.class);
    for (FacetDimension dim : FacetDimension.values()) {
      if (filters.containsKey(dim) || (dim == FacetDimension.YEAR && queries.hasDateRange())) {
        out.put(dim, queries.combine(filters, dim));
      }
    }
    return out;
  }

  /** The free-text query whose matches are highlighted, or null. */
  public Query text() {
    return queries.text();
  }

  /** Whether the free text's syntax was not understood and its words were searched instead. */
  public boolean lenient() {
    return queries.lenient();
  }

  /** What the results say about how the query was read, or null. */
  public String message() {
    return queries.message();
  }

  /**
   * The hit of a section, its snippet highlighted from the head of its text as the embedded engine
   * highlights it.
   *
   * @param stored the section's stored fields, as the embedded index stores them
   * @param score its score
   * @return the hit
   * @throws IOException when the text cannot be analyzed
   */
  public Hit hit(Document stored, float score) throws IOException {
    String head = stored.get(io.filingssearch.internal.Fields.BODY_HEAD);
    String snippet = HitAssembler.snippet(ANALYZER, text(), head);
    return HitAssembler.hit(stored, score, snippet, head, companies);
  }

  /**
   * The values of a keyword dimension to show, from the number of filings of each value indexed: at
   * most the dimension's limit, the most frequent first (ties by value), years newest first,
   * companies by their filer's spelling, items with their titles.
   *
   * @param dim a dimension other than {@link FacetDimension#AMOUNT}
   * @param counts filings per indexed value
   * @return the values
   */
  public List<FacetValue> values(FacetDimension dim, Map<String, Integer> counts) {
    if (dim == FacetDimension.PARTNER) {
      return byName(dim, counts);
    }
    Comparator<Map.Entry<String, Integer>> byValue = Map.Entry.comparingByKey();
    Comparator<Map.Entry<String, Integer>> order =
        dim == FacetDimension.YEAR
            ? byValue.reversed()
            : Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(byValue);
    List<FacetValue> out = new ArrayList<>();
    counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(order)
        .limit(dim.limit())
        .forEach(e -> out.add(FacetCounter.keywordValue(dim, e.getKey(), e.getValue(), companies)));
    return out;
  }

  /**
   * Spellings of one name ({@link CompanyNames#key}) counted as one value and shown by the spelling
   * of most filings, ties by the first spelling in sort order; values ordered by count, ties by
   * their first spelling: as {@link FacetCounter#values} shows partners.
   */
  private List<FacetValue> byName(FacetDimension dim, Map<String, Integer> counts) {
    Map<String, String> first = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    for (String v : new TreeSet<>(counts.keySet())) {
      int n = counts.get(v);
      if (n <= 0) {
        continue;
      }
      String key = CompanyNames.key(v);
      first.putIfAbsent(key, v);
      total.merge(key, n, Integer::sum);
      String s = shown.get(key);
      if (s == null || n > counts.get(s)) {
        shown.put(key, v);
      }
    }
    List<FacetValue> out = new ArrayList<>();
    total.keySet().stream()
        .sorted(
            Comparator.comparing((String k) -> total.get(k)).reversed().thenComparing(first::get))
        .limit(dim.limit())
        .forEach(
            k -> out.add(FacetCounter.keywordValue(dim, shown.get(k), total.get(k), companies)));
    return out;
  }

  /**
   * The ranges of the amount facet, in order, with a count of 0: {@link FacetValue#from()} is the
   * smallest amount in a range, {@link FacetValue#to()} the first above it (null for the last).
   */
  public static List<FacetValue> amountRanges() {
    return AmountBuckets.ALL.stream()
        .map(b -> new FacetValue(b.value(), b.label(), 0, b.from(), b.to()))
        .toList();
  }

  /**
   * The stored fields a {@link #hit hit} is made from: what the embedded engine reads for one, and
   * the head of the text.
   */
  public static Set<String> hitFields() {
    Set<String> out = new TreeSet<>(HitAssembler.HIT_FIELDS);
    out.add(io.filingssearch.internal.Fields.BODY_HEAD);
    return Collections.unmodifiableSet(out);
  }

  /**
   * The text of a query the embedded engine weighs by section kind (its score times the section's
   * kind boost field, {@code Fields.KIND_BOOST}), for another engine to weigh the same way.
   *
   * @param scored the scored part of a plan's query
   * @return the text weighed, or empty when {@code scored} is not weighed by kind
   */
  public static Optional<Query> kindBoosted(Query scored) {
    return scored instanceof KindBoostQuery k ? Optional.of(k.in()) : Optional.empty();
  }

  /**
   * The field a dimension's values are indexed in.
   *
   * @param dim a dimension
   * @return its field name
   */
  public static String field(FacetDimension dim) {
    return dim.field();
  }
}
