package io.filingssearch.fetch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Which filings to fetch and where to put them.
 *
 * @param ciks companies by CIK, with or without leading zeros; with {@code tickers} empty, every
 *     filer
 * @param tickers companies by ticker, resolved through EDGAR's ticker file
 * @param forms form types; each includes its amendments ({@code 8-K} takes {@code 8-K/A} too)
 * @param from first filing date, or null for no bound (required when no company is named)
 * @param to last filing date, or null for today
 * @param data the folder the submissions go to, as {@code <CIK>/<accession>.txt}
 */
public record FetchRequest(
    List<Long> ciks,
    List<String> tickers,
    List<String> forms,
    LocalDate from,
    LocalDate to,
    Path data) {
  /** The form fetched when none is named. */
  public static final String DEFAULT_FORM = "8-K";

  /**
   * Checks and copies the values.
   *
   * @throws IllegalArgumentException naming the option at fault
   */
  public FetchRequest {
    ciks = List.copyOf(ciks == null ? List.of() : ciks);
    tickers =
        (tickers == null ? List.<String>of() : tickers)
            .stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).toList();
    forms =
        (forms == null || forms.isEmpty() ? List.of(DEFAULT_FORM) : forms)
            .stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).toList();
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (ciks.isEmpty() && tickers.isEmpty() && from == null) {
      throw new IllegalArgumentException(
          "without --cik or --ticker every filer is fetched: give --from (e.g. --from 2024-01-01)"
              + " to say since when");
    }
    if (data == null) {
      throw new IllegalArgumentException("--data is required");
    }
  }

  /**
   * A CIK as written by a user: {@code 855654} or {@code 0000855654}.
   *
   * @param text the digits
   * @return the number
   * @throws IllegalArgumentException naming {@code --cik} when it is not one
   */
  public static long parseCik(String text) {
    String s = text.strip();
    if (!s.matches("\\d{1,10}") || Long.parseLong(s) == 0) {
      throw new IllegalArgumentException("--cik must be up to 10 digits, not \"" + text + "\"");
    }
    return Long.parseLong(s);
  }

  /** Whether a listed form is one of those asked for (or an amendment of one). */
  boolean wants(String form) {
    String f = form.strip().toUpperCase(Locale.ROOT);
    for (String w : forms) {
      if (f.equals(w) || f.equals(w + "/A")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a filing date is in range. */
  boolean inRange(LocalDate filed) {
    return (from == null || !filed.isBefore(from)) && (to == null || !filed.isAfter(to));
  }
}
