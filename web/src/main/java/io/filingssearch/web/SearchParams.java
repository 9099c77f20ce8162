package io.filingssearch.web;

import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SortOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the query parameters of {@code GET /api/search} onto a {@link SearchRequest}'s builder,
 * which validates them. Every bad value throws {@link IllegalArgumentException} with a message that
 * names the parameter, so the API can answer 400 with it. Stateless and thread-safe.
 */
final class SearchParams {
  /** The most values one repeatable parameter may have (a guard against absurd URLs). */
  static final int MAX_VALUES = 50;

  /** The longest single filter value. */
  static final int MAX_VALUE_LENGTH = 200;

  private SearchParams() {}

  /**
   * Builds a search request from query parameters.
   *
   * @param params parameter name to its values, as the server received them
   * @return the validated request
   * @throws IllegalArgumentException naming the first bad parameter
   */
  static SearchRequest parse(Map<String, List<String>> params) {
    SearchRequest.Builder b = SearchRequest.builder();
    String q = single(params, "q");
    if (q != null) {
      b.query(q);
    }
    b.items(values(params, FacetDimension.ITEM));
    b.partners(values(params, FacetDimension.PARTNER));
    b.companies(values(params, FacetDimension.COMPANY));
    b.forms(values(params, FacetDimension.FORM));
    b.years(values(params, FacetDimension.YEAR).stream().map(SearchRequest::parseYear).toList());
    b.amountBuckets(values(params, FacetDimension.AMOUNT));
    b.from(date(params, "from"));
    b.to(date(params, "to"));
    b.minAmount(amount(params, "minAmount"));
    b.maxAmount(amount(params, "maxAmount"));
    String sort = single(params, "sort");
    if (sort != null) {
      b.sort(SortOrder.parse(sort));
    }
    b.page(integer(params, "page", 1));
    b.size(integer(params, "size", 10));
    String group = single(params, "group");
    if (group != null) {
      if (!group.equals("filing")) {
        throw new IllegalArgumentException("group must be 'filing' or absent, not '" + group + "'");
      }
      b.groupByFiling(true);
    }
    String exact = single(params, "exact");
    if (exact != null) {
      if (!exact.equals("true") && !exact.equals("false")) {
        throw new IllegalArgumentException("exact must be 'true' or 'false', not '" + exact + "'");
      }
      b.exactCounts(exact.equals("true"));
    }
    // The request validates the values themselves (query length, page, size, ranges).
    return b.build();
  }

  /**
   * Reads a dollar amount: plain digits ({@code 10000000}, {@code $10,000,000}) or with a suffix
   * ({@code 10M}, {@code 1.5B}, {@code 250k}, {@code 2 million}).
   *
   * @param name the parameter, for the error message
   * @param text the value
   * @return whole dollars
   * @throws IllegalArgumentException naming the parameter when the value is not an amount
   */
  static long parseAmount(String name, String text) {
    return SearchRequest.parseAmount(name, text);
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> vs = params.get(name);
    if (vs == null || vs.isEmpty()) {
      return null;
    }
    if (vs.size() > 1) {
      throw new IllegalArgumentException(name + " may be given only once");
    }
    String v = vs.get(0).trim();
    return v.isEmpty() ? null : v;
  }

  /** The values of a facet dimension's parameter, named by the dimension. */
  private static List<String> values(Map<String, List<String>> params, FacetDimension dim) {
    String name = dim.key();
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      String t = v.trim();
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > MAX_VALUE_LENGTH) {
        throw new IllegalArgumentException(
            name + " is too long (at most " + MAX_VALUE_LENGTH + " characters)");
      }
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    if (out.size() > MAX_VALUES) {
      throw new IllegalArgumentException(
          name + " is given too often (at most " + MAX_VALUES + " values)");
    }
    return out;
  }

  private static LocalDate date(Map<String, List<String>> params, String name) {
    String v = single(params, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be a date as YYYY-MM-DD, not '" + abbreviate(v) + "'");
    }
  }

  private static Long amount(Map<String, List<String>> params, String name) {
    String v = single(params, name);
    return v == null ? null : parseAmount(name, v);
  }

  private static int integer(Map<String, List<String>> params, String name, int fallback) {
    String v = single(params, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number, not '" + abbreviate(v) + "'");
    }
  }

  private static String abbreviate(String v) {
    return v.length() <= 40 ? v : v.substring(0, 39) + "\u2026";
  }
}
