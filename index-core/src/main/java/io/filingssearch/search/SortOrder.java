package io.filingssearch.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (BM25 with field and section-kind boosts). */
  RELEVANCE,
  /** Newest date of report first. */
  DATE,
  /** Largest dollar amount first. */
  AMOUNT;

  /**
   * The order with the given name.
   *
   * @param name {@code relevance}, {@code date} or {@code amount}, any case
   * @return the order
   * @throws IllegalArgumentException naming the value when it is none of them
   */
  public static SortOrder parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "sort must be relevance, date or amount, not '" + name + "'");
    }
  }
}
