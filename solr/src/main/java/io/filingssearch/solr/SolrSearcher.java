package io.filingssearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.search.Autocomplete;
import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.FacetValue;
import io.filingssearch.search.Hit;
import io.filingssearch.search.IndexStats;
import io.filingssearch.search.SearchEngine;
import io.filingssearch.search.SearchPlan;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import io.filingssearch.search.SimilarFilings;
import io.filingssearch.search.SortOrder;
import io.filingssearch.search.Span;
import io.filingssearch.search.Suggestion;
import io.filingssearch.search.Timeline;
import io.filingssearch.search.Timelines;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;

/**
 * Searches a SolrCloud collection written by {@link SolrIndexer}, with the embedded engine's
 * queries ({@link SearchPlan}): the same free text, filters, per-filing facet counts counted
 * sideways (JSON facets, {@code unique(filing_id)}, tagged filters excluded), sort, paging and
 * grouping by filing ({@code collapse} on the filing id: a filing's sections are on one shard), and
 * the same hits and snippets, made from the sections Solr returns. Thread-safe.
 *
 * <p>Timelines ({@link #timeline}) are made by the embedded engine's code from the request's hits,
 * and similar filings ({@link #similar}) with its words and ranking over the collection's counts.
 *
 * <p>Not offered yet: spelling suggestions.
 */
public final class SolrSearcher implements SearchEngine {
  /** What a search may take by default before Solr returns what it has, flagged partial. */
  static final long TIMEOUT_MS = 2_000;

  /** How long the company table (filer spellings) is reused before it is read again. */
  private static final long COMPANIES_TTL_MS = 10_000;

  /** How long the completions (names and titles) are reused before they are read again. */
  private static final long SUGGEST_TTL_MS = 60_000;

  /** How many filings, the best by text, are ranked again by likeness ({@link #similar}). */
  static final int SIMILAR_POOL = 1_000;

  /** What a search cut short by its time budget says. */
  private static final String PARTIAL =
      "The search took too long; results are incomplete. Try a more specific query.";

  /** Sections read per request when visiting every hit. */
  private static final int STREAM_PAGE = 500;

  /** Stored fields a hit shows, the head of its text, and the score. */
  private static final String HIT_FIELDS = String.join(",", SearchPlan.hitFields()) + ",score";

  /** The tag of every filter (excluded to count a dimension sideways). */
  private static final String FILTER_TAG = "f";

  /** The tag of the grouping by filing (excluded when counting facets). */
  private static final String COLLAPSE_TAG = "collapse";

  private final SolrNodes nodes;
  private final String collection;
  private final long timeoutMs;
  private volatile Companies companies;

  private volatile Completions completions;

  private record Completions(Autocomplete autocomplete, long readAt) {}

  private record Companies(Map<String, Map<String, Integer>> spellings, long readAt) {}

  /**
   * A searcher of one collection.
   *
   * @param nodes the cluster
   * @param collection the collection's name
   */
  public SolrSearcher(SolrNodes nodes, String collection) {
    this(nodes, collection, TIMEOUT_MS);
  }

  /**
   * A searcher of one collection whose searches may take up to {@code timeoutMs} before Solr
   * returns what it has, flagged partial.
   */
  public SolrSearcher(SolrNodes nodes, String collection, long timeoutMs) {
    if (timeoutMs < 1) {
      throw new IllegalArgumentException("timeoutMs must be 1 or more, not " + timeoutMs);
    }
    this.nodes = nodes;
    this.collection = SolrCollections.checkName(collection);
    this.timeoutMs = timeoutMs;
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    long t0 = System.nanoTime();
    SearchPlan plan = SearchPlan.of(request, companySpellings());
    int rows = request.size();
    int start = (request.page() - 1) * request.size();
    Map<String, List<String>> p = params(plan, request, start, rows);
    p.put("json.facet", List.of(facets(plan).toString()));
    p.put("timeAllowed", List.of(String.valueOf(timeoutMs)));
    JsonNode r = select(p);
    return results(plan, request, r, hits(plan, r, request.sort()), t0);
  }

  /** A search's results: its hits, and the totals and facet counts of Solr's answer {@code r}. */
  private static SearchResults results(
      SearchPlan plan, SearchRequest request, JsonNode r, List<Hit> hits, long t0) {
    JsonNode f = r.path("facets");
    // A search cut short by its time budget may come back without its facets: the page's count
    // of matches (filings when grouped by filing) is then the total.
    long numFound = r.path("response").path("numFound").asLong();
    long sections = f.path("all").path("count").asLong(request.groupByFiling() ? 0 : numFound);
    long filings = f.path("all").path("filings").asLong(numFound);
    Map<FacetDimension, List<FacetValue>> facets = new EnumMap<>(FacetDimension.class);
    for (FacetDimension dim : FacetDimension.values()) {
      facets.put(dim, values(plan, dim, f));
    }
    boolean partial = r.path("responseHeader").path("partialResults").asBoolean(false);
    return new SearchResults(
        request.query(),
        request.groupByFiling() ? filings : sections,
        !partial,
        (System.nanoTime() - t0) / 1_000_000,
        hits,
        facets,
        null,
        plan.lenient(),
        partial,
        partial ? PARTIAL : plan.message(),
        false); // every match is counted: Solr's counts are never estimated
  }

  @Override
  public long forEachHit(SearchRequest request, long limit, Consumer<Hit> action)
      throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
    }
    SearchPlan plan = SearchPlan.of(request, companySpellings());
    long seen = 0;
    while (seen < limit) {
      int rows = (int) Math.min(STREAM_PAGE, limit - seen);
      List<Hit> page = hits(plan, select(params(plan, request, seen, rows)), request.sort());
      for (Hit h : page) {
        action.accept(h);
      }
      seen += page.size();
      if (page.size() < rows) {
        break;
      }
    }
    return seen;
  }

  /** The parameters of a search's page of sections: query, filters, grouping, sort. */
  private Map<String, List<String>> params(
      SearchPlan plan, SearchRequest request, long start, int rows) {
    SolrQueries.Parts parts = SolrQueries.split(plan.query());
    String[] main = SolrQueries.main(parts.scored(), Fields.KIND_BOOST);
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of(main[0]));
    if (main[1] != null) {
      p.put("tq", List.of(main[1]));
    }
    List<String> fq = new ArrayList<>();
    for (String filter : parts.filters()) {
      fq.add("{!tag=" + FILTER_TAG + "}" + filter);
    }
    String sort = sort(request.sort());
    if (request.groupByFiling()) {
      // The best section of each filing by the page's order: a filing's sections share a shard.
      String head = request.sort() == SortOrder.RELEVANCE ? "" : " sort='" + sort + "'";
      fq.add("{!collapse tag=" + COLLAPSE_TAG + " field=" + Fields.FILING_ID + head + "}");
    }
    p.put("fq", fq);
    p.put("sort", List.of(sort));
    p.put("start", List.of(String.valueOf(start)));
    p.put("rows", List.of(String.valueOf(rows)));
    p.put("fl", List.of(HIT_FIELDS));
    p.put("wt", List.of("json"));
    return p;
  }

  /** The embedded engine's orders, as Solr sorts. */
  private static String sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> "score desc";
      case DATE -> Fields.DATE + " desc,score desc";
      case AMOUNT -> "field(" + Fields.AMOUNT + ",max) desc,score desc";
      case FILED -> Fields.FILED_DAY + " desc," + Fields.SEARCHABLE_SINCE + " desc,score desc";
    };
  }

  /**
   * The JSON facets of a search: the totals, and each dimension counted in filings over the
   * sections that match (every section, not just each filing's best), sideways when a filter of the
   * dimension is chosen.
   */
  private static ObjectNode facets(SearchPlan plan) {
    JsonNodeFactory j = JsonNodeFactory.instance;
    ObjectNode facets = j.objectNode();
    Map<FacetDimension, Query> sideways = plan.sideways();
    ObjectNode all = facets.putObject("all");
    all.put("type", "query").put("q", "*:*");
    all.set("domain", domain(null));
    all.putObject("facet").put("filings", filings());
    for (FacetDimension dim : FacetDimension.values()) {
      ObjectNode domain = domain(sideways.get(dim));
      if (dim == FacetDimension.AMOUNT) {
        List<FacetValue> ranges = SearchPlan.amountRanges();
        for (int i = 0; i < ranges.size(); i++) {
          FacetValue b = ranges.get(i);
          ObjectNode q = facets.putObject(amountKey(i));
          q.put("type", "query");
          q.put(
              "q",
              SearchPlan.field(dim)
                  + ":["
                  + b.from()
                  + " TO "
                  + (b.to() == null ? "*" : String.valueOf(b.to() - 1))
                  + "]");
          q.set("domain", domain.deepCopy());
          q.putObject("facet").put("filings", filings());
        }
        continue;
      }
      ObjectNode t = facets.putObject(dim.key());
      t.put("type", "terms").put("field", SearchPlan.field(dim));
      if (dim == FacetDimension.YEAR) {
        t.put("sort", "index desc").put("limit", dim.limit());
      } else {
        // Every value: a top-k by a per-bucket statistic is not refined exactly across shards
        // (a value strong on one shard and weak on another was found undercounted), and the
        // shown values are picked here, ties by value as the embedded engine breaks them.
        t.put("sort", "filings desc").put("limit", -1);
      }
      t.set("domain", domain);
      t.putObject("facet").put("filings", filings());
    }
    return facets;
  }

  private static String filings() {
    return "unique(" + Fields.FILING_ID + ")";
  }

  private static String amountKey(int i) {
    return FacetDimension.AMOUNT.key() + "_" + i;
  }

  /**
   * Where a dimension is counted: every matching section (the grouping excluded), and for a
   * dimension counted sideways, the filters of the query without its own.
   */
  private static ObjectNode domain(Query sideways) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    if (sideways == null) {
      d.put("excludeTags", COLLAPSE_TAG);
      return d;
    }
    d.put("excludeTags", COLLAPSE_TAG + "," + FILTER_TAG);
    ArrayNode filters = d.putArray("filter");
    SolrQueries.split(sideways).filters().forEach(filters::add);
    return d;
  }

  private static List<FacetValue> values(SearchPlan plan, FacetDimension dim, JsonNode f) {
    if (dim == FacetDimension.AMOUNT) {
      List<FacetValue> out = new ArrayList<>();
      List<FacetValue> ranges = SearchPlan.amountRanges();
      for (int i = 0; i < ranges.size(); i++) {
        int n = f.path(amountKey(i)).path("filings").asInt();
        FacetValue b = ranges.get(i);
        if (n > 0) {
          out.add(new FacetValue(b.value(), b.label(), n, b.from(), b.to()));
        }
      }
      return out;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode b : f.path(dim.key()).path("buckets")) {
      counts.put(b.path("val").asText(), b.path("filings").asInt());
    }
    return plan.values(dim, counts);
  }

  /** The hits of a page; sorted by other than relevance, a hit's score is 0 as embedded. */
  private static List<Hit> hits(SearchPlan plan, JsonNode r, SortOrder sort) throws IOException {
    List<Hit> out = new ArrayList<>();
    for (JsonNode d : r.path("response").path("docs")) {
      float score = sort == SortOrder.RELEVANCE ? (float) d.path("score").asDouble() : 0f;
      out.add(plan.hit(SolrDocuments.stored(d), score));
    }
    return out;
  }

  private JsonNode select(Map<String, List<String>> params) throws IOException {
    try {
      return nodes.postForm("/" + collection + "/select", params);
    } catch (SolrException e) {
      // Our queries are written by us: a refusal is a query we could not express, not user input.
      throw new IOException("Solr refused a search of " + collection + ": " + e.getMessage(), e);
    }
  }

  /** Per company facet value, how many filings spell its name each way (read every 10 s). */
  private Map<String, Map<String, Integer>> companySpellings() throws IOException {
    Companies c = companies;
    long now = System.currentTimeMillis();
    if (c != null && now - c.readAt() < COMPANIES_TTL_MS) {
      return c.spellings();
    }
    ObjectNode facet = JsonNodeFactory.instance.objectNode();
    ObjectNode t = facet.putObject("s");
    t.put("type", "terms").put("field", Fields.COMPANY_SPELLING).put("limit", -1);
    t.putObject("facet").put("filings", filings());
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of("*:*"));
    p.put("rows", List.of("0"));
    p.put("json.facet", List.of(facet.toString()));
    JsonNode r = select(p);
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (JsonNode b : r.path("facets").path("s").path("buckets")) {
      String v = b.path("val").asText();
      int cut = v.indexOf(DocumentMapper.SPELLING_SEPARATOR);
      if (cut > 0) {
        out.computeIfAbsent(v.substring(0, cut), k -> new HashMap<>())
            .merge(v.substring(cut + 1), b.path("filings").asInt(), Integer::sum);
      }
    }
    companies = new Companies(out, now);
    return out;
  }

  /**
   * The filings most like one filing, as the embedded engine finds them ({@link SimilarFilings}):
   * the same words of its deal sections, weighed by Lucene's more-like-this with the collection's
   * counts (its documents and the words' document frequencies, read from Solr), rank the other
   * filings' best sections ({@code collapse}), of which the best {@link #SIMILAR_POOL} filings are
   * ranked again by likeness (shared partners and items). Facets are counted over the similar
   * filings.
   */
  @Override
  public Optional<SearchResults> similar(String filingId, SearchRequest request)
      throws IOException {
    long t0 = System.nanoTime();
    Optional<Filing> found = filing(filingId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Filing filing = found.get();
    SearchRequest grouped = SimilarFilings.request(request);
    SearchPlan plan =
        SearchPlan.ranked(
            grouped, companySpellings(), SimilarFilings.query(filing, counts(filing)));
    Map<String, List<String>> p = params(plan, grouped, 0, SIMILAR_POOL);
    p.put("fl", List.of(HIT_FIELDS + "," + Fields.FACET_PARTNER + "," + Fields.FACET_ITEM));
    p.put("json.facet", List.of(facets(plan).toString()));
    p.put("timeAllowed", List.of(String.valueOf(timeoutMs)));
    JsonNode r = select(p);
    List<JsonNode> docs = new ArrayList<>();
    r.path("response").path("docs").forEach(docs::add);
    double top = 0;
    for (JsonNode d : docs) {
      top = Math.max(top, (float) d.path("score").asDouble());
    }
    List<Map.Entry<JsonNode, Double>> ranked = new ArrayList<>();
    for (JsonNode d : docs) {
      float score = (float) d.path("score").asDouble();
      double likeness =
          SimilarFilings.likeness(
              filing,
              top > 0 ? score / (float) top : 0,
              values(d.path(Fields.FACET_PARTNER)),
              values(d.path(Fields.FACET_ITEM)));
      ranked.add(Map.entry(d, (double) (float) likeness));
    }
    // Stable: equal scores keep the text order.
    ranked.sort(Map.Entry.<JsonNode, Double>comparingByValue().reversed());
    int from = (grouped.page() - 1) * grouped.size();
    List<Hit> hits = new ArrayList<>();
    for (int i = from; i < Math.min(ranked.size(), from + grouped.size()); i++) {
      hits.add(
          plan.hit(
              SolrDocuments.stored(ranked.get(i).getKey()), ranked.get(i).getValue().floatValue()));
    }
    return Optional.of(results(plan, grouped, r, hits, t0));
  }

  /** A multi-valued field's values in a returned document. */
  private static Set<String> values(JsonNode field) {
    Set<String> out = new HashSet<>();
    field.forEach(v -> out.add(v.asText()));
    return out;
  }

  /**
   * The collection's counts that more-like-this weighs a filing's words with: its sections, those
   * with a body, and the document frequency of each word it asks for (found by asking once with
   * none known).
   */
  private SolrCounts counts(Filing filing) throws IOException {
    Set<String> asked = new HashSet<>();
    SimilarFilings.query(filing, new SolrCounts(Fields.BODY, 1, 1, Map.of(), asked));
    List<String> words = new ArrayList<>(asked);
    ObjectNode facet = JsonNodeFactory.instance.objectNode();
    facet.putObject("withBody").put("type", "query").put("q", Fields.BODY + ":[* TO *]");
    for (int i = 0; i < words.size(); i++) {
      facet
          .putObject("w" + i)
          .put("type", "query")
          .put("q", SolrQueries.term(new org.apache.lucene.index.Term(Fields.BODY, words.get(i))));
    }
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of("*:*"));
    p.put("rows", List.of("0"));
    p.put("json.facet", List.of(facet.toString()));
    JsonNode r = select(p);
    Map<String, Integer> docFreqs = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      docFreqs.put(words.get(i), r.path("facets").path("w" + i).path("count").asInt());
    }
    return new SolrCounts(
        Fields.BODY,
        r.path("response").path("numFound").asInt(),
        r.path("facets").path("withBody").path("count").asInt(),
        docFreqs,
        null);
  }

  /**
   * The filings a request matches as a history, as the embedded engine makes it ({@link
   * Timelines}): every hit of the request gives its filing's id and date, and the filings kept are
   * read whole from Solr.
   */
  @Override
  public Timeline timeline(SearchRequest request) throws IOException {
    Map<String, LocalDate> dates = new HashMap<>();
    forEachHit(request, Long.MAX_VALUE, h -> dates.putIfAbsent(h.filingId(), h.date()));
    return Timelines.of(
        dates,
        new Timelines.Source() {
          @Override
          public Filing filing(String id) throws IOException {
            return SolrSearcher.this.filing(id).orElse(null);
          }

          @Override
          public String head(Section section) {
            return section.text();
          }
        });
  }

  /**
   * Autocomplete over companies, partners and section titles, as the embedded engine completes
   * them: the distinct values of the same fields are read from Solr (JSON terms facets, every value
   * in index order) at most once a minute, and completed here whatever the prefix's case.
   */
  @Override
  public List<Suggestion> suggest(String prefix, int max) throws IOException {
    if (prefix == null || prefix.isBlank() || max <= 0) {
      return List.of();
    }
    return autocomplete().complete(prefix, max);
  }

  /** The completions of the collection's names and titles (read every minute). */
  private Autocomplete autocomplete() throws IOException {
    Completions c = completions;
    long now = System.currentTimeMillis();
    if (c != null && now - c.readAt() < SUGGEST_TTL_MS) {
      return c.autocomplete();
    }
    ObjectNode facet = JsonNodeFactory.instance.objectNode();
    for (String field :
        List.of(
            Fields.COMPANY_SPELLING, SearchPlan.field(FacetDimension.PARTNER), Fields.TITLE_DV)) {
      facet
          .putObject(field)
          .put("type", "terms")
          .put("field", field)
          .put("sort", "index asc")
          .put("limit", -1);
    }
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of("*:*"));
    p.put("rows", List.of("0"));
    p.put("json.facet", List.of(facet.toString()));
    JsonNode f = select(p).path("facets");
    Autocomplete a =
        Autocomplete.of(
            bucketValues(f.path(Fields.COMPANY_SPELLING)),
            bucketValues(f.path(SearchPlan.field(FacetDimension.PARTNER))),
            bucketValues(f.path(Fields.TITLE_DV)));
    completions = new Completions(a, now);
    return a;
  }

  private static List<String> bucketValues(JsonNode facet) {
    List<String> out = new ArrayList<>();
    for (JsonNode b : facet.path("buckets")) {
      out.add(b.path("val").asText());
    }
    return out;
  }

  @Override
  public Optional<Filing> filing(String id) throws IOException {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of(SolrQueries.term(new org.apache.lucene.index.Term(Fields.FILING_ID, id))));
    p.put("rows", List.of(String.valueOf(SolrIndexer.MAX_SECTIONS)));
    p.put("sort", List.of(Fields.SECTION_ORDER + " asc"));
    p.put("fl", List.of("*"));
    List<Document> docs = new ArrayList<>();
    for (JsonNode d : select(p).path("response").path("docs")) {
      docs.add(SolrDocuments.stored(d));
    }
    return Optional.ofNullable(DocumentMapper.fromDocuments(docs));
  }

  @Override
  public IndexStats stats() throws IOException {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of("*:*"));
    p.put("rows", List.of("0"));
    p.put(
        "json.facet",
        List.of("{filings:\"" + filings() + "\",last:\"max(" + Fields.SEARCHABLE_SINCE + ")\"}"));
    JsonNode r = select(p);
    long sections = r.path("response").path("numFound").asLong();
    JsonNode f = r.path("facets");
    Instant last = f.path("last").isNumber() ? Instant.ofEpochMilli(f.path("last").asLong()) : null;
    return new IndexStats(
        f.path("filings").asLong(),
        sections,
        SolrCollections.sizeBytes(nodes, collection),
        last,
        "solr:" + collection + " at " + String.join(",", nodes.nodes()));
  }

  @Override
  public List<Span> marks(String query, String text) {
    return SearchEngine.super.marks(query, text);
  }

  @Override
  public void refresh() {
    companies = null;
    completions = null;
  }

  @Override
  public void close() {}
}
