package io.filingssearch.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to search for: query text in the query language (words, "phrases", AND/OR/NOT, {@code
 * -word}, trailing wildcards, {@code item:1.01}, {@code partner:genentech}, {@code
 * company:immunogen}, {@code amount:>=10M}, {@code date:1999..2001}), filters, order and page.
 * Filters of one kind are ORed (items 1.01 or 2.01), kinds are ANDed.
 *
 * @param query the query text; blank matches every section
 * @param items item numbers such as {@code 1.01}
 * @param partners partner facet values such as {@code Genentech}
 * @param companies company facet values, or company names as filings write them ({@code IMMUNOGEN,
 *     INC.} finds {@code Immunogen})
 * @param forms form types such as {@code 8-K/A}
 * @param years years of the date of report
 * @param amountBuckets amount facet buckets such as {@code 10M-100M}
 * @param from earliest date of report, or null
 * @param to latest date of report, or null
 * @param minAmount smallest dollar amount a section must state, or null
 * @param maxAmount largest dollar amount a section may state, or null
 * @param sort the order of hits
 * @param page the page, from 1
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param groupByFiling one hit per filing (its best section)
 * @param exactCounts count every match even when the search matches so many that the total and
 *     facet counts would otherwise be estimated from a sample ({@link SearchResults#approximate()})
 */
public record SearchRequest(
    String query,
    List<String> items,
    List<String> partners,
    List<String> companies,
    List<String> forms,
    List<Integer> years,
    List<String> amountBuckets,
    LocalDate from,
    LocalDate to,
    Long minAmount,
    Long maxAmount,
    SortOrder sort,
    int page,
    int size,
    boolean groupByFiling,
    boolean exactCounts) {
  /** The largest page size. */
  public static final int MAX_SIZE = 100;

  /** The deepest result reachable by paging (page times size). */
  public static final int MAX_DEPTH = 10_000;

  /** The longest query text accepted. */
  public static final int MAX_QUERY_LENGTH = 2_000;

  /** The earliest year a year filter accepts. */
  public static final int MIN_YEAR = 1900;

  /** The latest year a year filter accepts. */
  public static final int MAX_YEAR = 2200;

  /**
   * A request whose counts may be estimated when it matches a large share of the index.
   *
   * @see #SearchRequest(String, List, List, List, List, List, List, LocalDate, LocalDate, Long,
   *     Long, SortOrder, int, int, boolean, boolean)
   */
  public SearchRequest(
      String query,
      List<String> items,
      List<String> partners,
      List<String> companies,
      List<String> forms,
      List<Integer> years,
      List<String> amountBuckets,
      LocalDate from,
      LocalDate to,
      Long minAmount,
      Long maxAmount,
      SortOrder sort,
      int page,
      int size,
      boolean groupByFiling) {
    this(
        query,
        items,
        partners,
        companies,
        forms,
        years,
        amountBuckets,
        from,
        to,
        minAmount,
        maxAmount,
        sort,
        page,
        size,
        groupByFiling,
        false);
  }

  /** Validates the request; misuse throws {@link IllegalArgumentException} naming the argument. */
  public SearchRequest {
    query = query == null ? "" : query;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "q is too long (" + query.length() + " characters; at most " + MAX_QUERY_LENGTH + ")");
    }
    items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
    partners = List.copyOf(Objects.requireNonNullElse(partners, List.of()));
    companies = List.copyOf(Objects.requireNonNullElse(companies, List.of()));
    forms = List.copyOf(Objects.requireNonNullElse(forms, List.of()));
    years = List.copyOf(Objects.requireNonNullElse(years, List.of()));
    for (int y : years) {
      if (y < MIN_YEAR || y > MAX_YEAR) {
        throw badYear(y);
      }
    }
    amountBuckets = List.copyOf(Objects.requireNonNullElse(amountBuckets, List.of()));
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "page is too deep (page × size must be at most " + MAX_DEPTH + "); narrow the query");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
      throw new IllegalArgumentException("minAmount is larger than maxAmount");
    }
  }

  private static final Pattern AMOUNT =
      Pattern.compile(
          "\\$?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(k|m|mm|b|bn|t|thousand|million|billion)?");

  /**
   * Reads a dollar amount as people type it: plain digits ({@code 10000000}, {@code $10,000,000})
   * or with a unit ({@code 10M}, {@code 1.5B}, {@code 250k}, {@code 2 million}). The one amount
   * reader of the query language, the CLI and the HTTP API.
   *
   * @param name the parameter or filter, for the error message
   * @param text the value
   * @return whole dollars
   * @throws IllegalArgumentException naming the parameter when the value is not an amount
   */
  public static long parseAmount(String name, String text) {
    Matcher m = AMOUNT.matcher(text.trim().toLowerCase(Locale.ROOT));
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    if (!m.matches()) {
      throw new IllegalArgumentException(
          name + " must be a dollar amount such as 10000000, 10M or 1.5B, not '" + shown + "'");
    }
    BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
    long factor =
        switch (m.group(2) == null ? "" : m.group(2)) {
          case "k", "thousand" -> 1_000L;
          case "m", "mm", "million" -> 1_000_000L;
          case "b", "bn", "billion" -> 1_000_000_000L;
          case "t" -> 1_000_000_000_000L;
          default -> 1L;
        };
    BigDecimal usd = n.multiply(BigDecimal.valueOf(factor));
    if (usd.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
      throw new IllegalArgumentException(name + " is too large: '" + shown + "'");
    }
    return usd.longValue();
  }

  /**
   * Reads a year as people type it.
   *
   * @param text the value
   * @return the year, from {@link #MIN_YEAR} to {@link #MAX_YEAR}
   * @throws IllegalArgumentException naming the {@code year} parameter when it is not a year
   */
  public static int parseYear(String text) {
    int y;
    try {
      y = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw badYear(text);
    }
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw badYear(y);
    }
    return y;
  }

  private static IllegalArgumentException badYear(Object value) {
    return new IllegalArgumentException(
        FacetDimension.YEAR.key() + " must be a four-digit year, not '" + value + "'");
  }

  /**
   * A request for the first page of ten hits for {@code query}, sorted by relevance.
   *
   * @param query the query text
   * @return the request
   */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  /**
   * A builder with no filters, relevance order, page 1 of 10.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private String query = "";
    private List<String> items = List.of();
    private List<String> partners = List.of();
    private List<String> companies = List.of();
    private List<String> forms = List.of();
    private List<Integer> years = List.of();
    private List<String> amountBuckets = List.of();
    private LocalDate from;
    private LocalDate to;
    private Long minAmount;
    private Long maxAmount;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int page = 1;
    private int size = 10;
    private boolean group;
    private boolean exactCounts;

    private Builder() {}

    /**
     * Sets the query text.
     *
     * @param q the value
     * @return this builder
     */
    public Builder query(String q) {
      this.query = q;
      return this;
    }

    /**
     * Filters on item numbers.
     *
     * @param v the value
     * @return this builder
     */
    public Builder items(List<String> v) {
      this.items = v;
      return this;
    }

    /**
     * Filters on partner facet values.
     *
     * @param v the value
     * @return this builder
     */
    public Builder partners(List<String> v) {
      this.partners = v;
      return this;
    }

    /**
     * Filters on company facet values.
     *
     * @param v the value
     * @return this builder
     */
    public Builder companies(List<String> v) {
      this.companies = v;
      return this;
    }

    /**
     * Filters on form types.
     *
     * @param v the value
     * @return this builder
     */
    public Builder forms(List<String> v) {
      this.forms = v;
      return this;
    }

    /**
     * Filters on years of the date of report.
     *
     * @param v the value
     * @return this builder
     */
    public Builder years(List<Integer> v) {
      this.years = v;
      return this;
    }

    /**
     * Filters on amount facet buckets.
     *
     * @param v the value
     * @return this builder
     */
    public Builder amountBuckets(List<String> v) {
      this.amountBuckets = v;
      return this;
    }

    /**
     * Sets the earliest date of report.
     *
     * @param v the value
     * @return this builder
     */
    public Builder from(LocalDate v) {
      this.from = v;
      return this;
    }

    /**
     * Sets the latest date of report.
     *
     * @param v the value
     * @return this builder
     */
    public Builder to(LocalDate v) {
      this.to = v;
      return this;
    }

    /**
     * Sets the smallest amount.
     *
     * @param v the value
     * @return this builder
     */
    public Builder minAmount(Long v) {
      this.minAmount = v;
      return this;
    }

    /**
     * Sets the largest amount.
     *
     * @param v the value
     * @return this builder
     */
    public Builder maxAmount(Long v) {
      this.maxAmount = v;
      return this;
    }

    /**
     * Sets the order.
     *
     * @param v the value
     * @return this builder
     */
    public Builder sort(SortOrder v) {
      this.sort = v;
      return this;
    }

    /**
     * Sets the page, from 1.
     *
     * @param v the value
     * @return this builder
     */
    public Builder page(int v) {
      this.page = v;
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param v the value
     * @return this builder
     */
    public Builder size(int v) {
      this.size = v;
      return this;
    }

    /**
     * Asks for one hit per filing.
     *
     * @param v the value
     * @return this builder
     */
    public Builder groupByFiling(boolean v) {
      this.group = v;
      return this;
    }

    /**
     * Sets whether every match is counted even when the search matches a large share of the index.
     *
     * @param v the value
     * @return this builder
     */
    public Builder exactCounts(boolean v) {
      this.exactCounts = v;
      return this;
    }

    /**
     * Builds the request, validating it.
     *
     * @return the request
     * @throws IllegalArgumentException naming the first bad value
     */
    public SearchRequest build() {
      return new SearchRequest(
          query,
          items,
          partners,
          companies,
          forms,
          years,
          amountBuckets,
          from,
          to,
          minAmount,
          maxAmount,
          sort,
          page,
          size,
          group,
          exactCounts);
    }
  }
}
