package io.filingssearch.bench;

import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the fixed mix, in our query language and translated to an FTS5 {@code MATCH}.
 *
 * @param q our query text
 * @param match the same words as an FTS5 match expression
 * @param item an item filter, or null
 * @param year a year filter, or null
 * @param minAmount smallest amount, or null
 * @param maxAmount largest amount, or null
 * @param byDate newest first instead of by relevance
 */
record BenchQuery(
    String q,
    String match,
    String item,
    Integer year,
    Long minAmount,
    Long maxAmount,
    boolean byDate) {

  /** Our request: first page of ten, with highlighting and facets as the searcher always does. */
  SearchRequest request() {
    return request(false);
  }

  /** The request, counting every match when {@code exactCounts}. */
  SearchRequest request(boolean exactCounts) {
    SearchRequest.Builder b = SearchRequest.builder().query(q).exactCounts(exactCounts);
    if (item != null) {
      b.items(List.of(item));
    }
    if (year != null) {
      b.years(List.of(year));
    }
    b.minAmount(minAmount).maxAmount(maxAmount);
    b.sort(byDate ? SortOrder.DATE : SortOrder.RELEVANCE);
    return b.build();
  }

  /** The same request as a path and query string of {@code GET /api/search}. */
  String httpPath() {
    StringBuilder s = new StringBuilder("/api/search?q=").append(enc(q));
    if (item != null) {
      s.append("&item=").append(enc(item));
    }
    if (year != null) {
      s.append("&year=").append(year);
    }
    if (minAmount != null) {
      s.append("&minAmount=").append(minAmount);
    }
    if (maxAmount != null) {
      s.append("&maxAmount=").append(maxAmount);
    }
    if (byDate) {
      s.append("&sort=date");
    }
    return s.toString();
  }

  /** A short label for tables. */
  String label() {
    StringBuilder s = new StringBuilder(q);
    if (item != null) {
      s.append(" item:").append(item);
    }
    if (year != null) {
      s.append(" year:").append(year);
    }
    if (minAmount != null || maxAmount != null) {
      s.append(" amount:")
          .append(minAmount == null ? "" : minAmount)
          .append("..")
          .append(maxAmount == null ? "" : maxAmount);
    }
    if (byDate) {
      s.append(" sort:date");
    }
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static BenchQuery of(String q, String match) {
    return new BenchQuery(q, match, null, null, null, null, false);
  }

  private BenchQuery item(String i) {
    return new BenchQuery(q, match, i, year, minAmount, maxAmount, byDate);
  }

  private BenchQuery year(int y) {
    return new BenchQuery(q, match, item, y, minAmount, maxAmount, byDate);
  }

  private BenchQuery amount(Long min, Long max) {
    return new BenchQuery(q, match, item, year, min, max, byDate);
  }

  private BenchQuery newestFirst() {
    return new BenchQuery(q, match, item, year, minAmount, maxAmount, true);
  }

  /** The fixed mix: terms, phrases, booleans, prefixes, facet filters, amount ranges, date sort. */
  static List<BenchQuery> mix() {
    List<BenchQuery> m = new ArrayList<>();
    // Single terms and ORed words (our words are ORed and ranked).
    m.add(of("merger", "merger"));
    m.add(of("acquisition", "acquisition"));
    m.add(of("resignation", "resignation"));
    m.add(of("dividend", "dividend"));
    m.add(of("bankruptcy", "bankruptcy"));
    m.add(of("revenue", "revenue"));
    m.add(of("restructuring", "restructuring"));
    m.add(of("litigation settlement", "litigation OR settlement"));
    m.add(of("milestone payments", "milestone OR payments"));
    m.add(of("credit agreement", "credit OR agreement"));
    m.add(of("chief executive officer", "chief OR executive OR officer"));
    // Phrases.
    m.add(of("\"definitive agreement\"", "\"definitive agreement\""));
    m.add(of("\"press release\"", "\"press release\""));
    m.add(of("\"chief financial officer\"", "\"chief financial officer\""));
    m.add(of("\"stock purchase agreement\"", "\"stock purchase agreement\""));
    m.add(of("\"net income\"", "\"net income\""));
    m.add(of("\"board of directors\"", "\"board of directors\""));
    // Booleans.
    m.add(of("merger AND acquisition", "merger AND acquisition"));
    m.add(of("revenue NOT loss", "revenue NOT loss"));
    m.add(of("license AND (royalty OR milestone)", "license AND (royalty OR milestone)"));
    m.add(of("credit AND facility NOT terminated", "credit AND facility NOT terminated"));
    m.add(of("(resign OR resignation) AND director", "(resign OR resignation) AND director"));
    // Prefixes.
    m.add(of("licens*", "licens*"));
    m.add(of("acqui*", "acqui*"));
    // Facet filters.
    m.add(of("agreement", "agreement").item("1.01"));
    m.add(of("officer", "officer").item("5.02"));
    m.add(of("results", "results").item("2.02"));
    m.add(of("\"press release\"", "\"press release\"").item("9.01"));
    m.add(of("merger", "merger").year(2007));
    m.add(of("announced", "announced").item("5"));
    // Amount ranges.
    m.add(of("acquisition", "acquisition").amount(10_000_000L, null));
    m.add(of("financing", "financing").amount(1_000_000L, 50_000_000L));
    m.add(of("agreement", "agreement").amount(100_000_000L, null));
    // Newest first.
    m.add(of("merger", "merger").newestFirst());
    m.add(of("dividend", "dividend").newestFirst());
    m.add(of("\"definitive agreement\"", "\"definitive agreement\"").item("1.01").newestFirst());
    m.add(of("license", "license").item("1.01").amount(1_000_000L, null).newestFirst());
    return List.copyOf(m);
  }
}
