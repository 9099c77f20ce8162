package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import java.util.Locale;
import java.util.Optional;

/**
 * The facet dimensions of a search, in display order: the one definition that the searcher, the
 * query language, the HTTP API, the command line and the browser page all read.
 *
 * <p>Each dimension has the name used in the query language, in HTTP parameters and in JSON (for
 * example {@code partner}), a label for people, and how many values a result shows at most. Counts
 * are filings, not sections.
 */
public enum FacetDimension {
  /** Item numbers, old ({@code 5}, {@code 7}) and post-2004 ({@code 1.01}), with titles. */
  ITEM("item", "Item", 50, Fields.FACET_ITEM),
  /** The counterparties of the deals a filing reports. */
  PARTNER("partner", "Partner", 20, Fields.FACET_PARTNER),
  /** The registrant. */
  COMPANY("company", "Company", 20, Fields.FACET_COMPANY),
  /** The year of the filing's date. */
  YEAR("year", "Year", 50, Fields.FACET_YEAR),
  /** The form type, such as {@code 8-K} or {@code 8-K/A}. */
  FORM("form", "Form", 20, Fields.FACET_FORM),
  /** Dollar-amount ranges (buckets) that a filing's amounts fall in. */
  AMOUNT("amount", "Amount", 20, Fields.AMOUNT);

  private final String key;
  private final String label;
  private final int limit;
  private final String field;

  FacetDimension(String key, String label, int limit, String field) {
    this.key = key;
    this.label = label;
    this.limit = limit;
    this.field = field;
  }

  /**
   * The name used in the query language, HTTP parameters and JSON.
   *
   * @return the lower-case name, such as {@code partner}
   */
  public String key() {
    return key;
  }

  /**
   * The name shown to people.
   *
   * @return the label, such as {@code Partner}
   */
  public String label() {
    return label;
  }

  /**
   * How many values of this dimension a search result lists at most.
   *
   * @return the display limit
   */
  public int limit() {
    return limit;
  }

  /**
   * The index field the dimension is counted and filtered on: sorted-set doc values and keyword
   * terms, or (for {@link #AMOUNT}) points and sorted-numeric doc values.
   */
  String field() {
    return field;
  }

  /** Whether values are counted from the field's sorted-set doc values (all but amount ranges). */
  boolean isKeyword() {
    return this != AMOUNT;
  }

  /**
   * The dimension with the given name, ignoring case.
   *
   * @param key a name such as {@code partner}
   * @return the dimension, or empty when no dimension has that name
   */
  public static Optional<FacetDimension> of(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String k = key.toLowerCase(Locale.ROOT);
    for (FacetDimension d : values()) {
      if (d.key.equals(k)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
