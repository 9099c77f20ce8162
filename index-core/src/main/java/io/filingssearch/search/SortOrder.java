package io.filingssearch.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (BM25 with field and section-kind boosts). */
  RELEVANCE,
  /** Newest date of report first. */
  DATE,
  /** Largest dollar amount first. */
  AMOUNT,
  /**
   * Newest filing date first (a filing that does not state one by its best date), then the filing
   * that became searchable last: what a feed of new filings lists.
   */
  FILED;

  /**
   * The order with the given name.
   *
   * @param name {@code relevance}, {@code date}, {@code amount} or {@code filed}, any case
   * @return the order
   * @throws IllegalArgumentException naming the value when it is none of them
   */
  public static SortOrder parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "sort must be relevance, date, amount or filed, not '" + name + "'");
    }
  }
}
