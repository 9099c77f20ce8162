package io.filingssearch.search;

import io.filingssearch.filing.Items;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The query language's field filters ({@code item:1.01}, {@code partner:genentech}, {@code
 * company:immunogen}, {@code form:8-K/A}, {@code amount:>=10M}, {@code date:1999..2001}, {@code
 * year:2005}) taken out of the query text; what remains is free text for Lucene's query parser.
 */
final class ParsedQuery {
  /** The filter on dates, which is not a facet dimension; the others are named by theirs. */
  private static final String DATE = "date";

  private static final Pattern FIELD =
      Pattern.compile(
          "(?<![\\w:])(-?)("
              + String.join(
                  "|",
                  Stream.concat(
                          Arrays.stream(FacetDimension.values()).map(FacetDimension::key),
                          Stream.of(DATE))
                      .toList())
              + "):(\"[^\"]*\"|[^\\s\"]+)",
          Pattern.CASE_INSENSITIVE);

  String text = "";
  final List<String> items = new ArrayList<>();
  final List<String> excludedItems = new ArrayList<>();
  final List<String> partners = new ArrayList<>();
  final List<String> excludedPartners = new ArrayList<>();
  final List<String> companies = new ArrayList<>();
  final List<String> excludedCompanies = new ArrayList<>();
  final List<String> forms = new ArrayList<>();
  final List<String> excludedForms = new ArrayList<>();
  Long minAmount;
  Long maxAmount;
  LocalDate from;
  LocalDate to;

  static ParsedQuery parse(String query) {
    ParsedQuery q = new ParsedQuery();
    Matcher m = FIELD.matcher(query);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      rest.append(query, last, m.start()).append(' ');
      last = m.end();
      boolean negated = !m.group(1).isEmpty();
      String field = m.group(2).toLowerCase(Locale.ROOT);
      String raw = m.group(3);
      String value = raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
      q.apply(field, value, negated, m.group());
    }
    rest.append(query.substring(last));
    q.text = rest.toString().trim().replaceAll("\\s+", " ");
    return q;
  }

  private void apply(String field, String value, boolean negated, String token) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(token + " has no value");
    }
    if (field.equals(DATE)) {
      range(field, token, negated);
      dates(value, token, false);
      return;
    }
    FacetDimension dim =
        FacetDimension.of(field).orElseThrow(() -> new IllegalStateException(field));
    switch (dim) {
      case ITEM -> {
        String n =
            Items.normalize(value)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            token
                                + ": '"
                                + value
                                + "' is not an 8-K item (try item:1.01 or item:5)"));
        (negated ? excludedItems : items).add(n);
      }
      case PARTNER -> (negated ? excludedPartners : partners).add(value);
      case COMPANY -> (negated ? excludedCompanies : companies).add(value);
      case FORM -> (negated ? excludedForms : forms).add(value.toUpperCase(Locale.ROOT));
      case AMOUNT -> {
        range(field, token, negated);
        amount(value, token);
      }
      case YEAR -> {
        range(field, token, negated);
        dates(value, token, true);
      }
    }
  }

  /** A range filter cannot be negated: the message says to write the range wanted. */
  private static void range(String field, String token, boolean negated) {
    if (negated) {
      throw new IllegalArgumentException(
          token + ": a range cannot be negated; write the range you want (" + field + ":..)");
    }
  }

  private void amount(String v, String token) {
    String s = v.replace(" ", "");
    try {
      if (s.contains("..")) {
        String[] p = s.split("\\.\\.", 2);
        if (!p[0].isEmpty()) {
          minAmount = max(minAmount, money(p[0]));
        }
        if (!p[1].isEmpty()) {
          maxAmount = min(maxAmount, money(p[1]));
        }
      } else if (s.startsWith(">=")) {
        minAmount = max(minAmount, money(s.substring(2)));
      } else if (s.startsWith(">")) {
        minAmount = max(minAmount, money(s.substring(1)) + 1);
      } else if (s.startsWith("<=")) {
        maxAmount = min(maxAmount, money(s.substring(2)));
      } else if (s.startsWith("<")) {
        maxAmount = min(maxAmount, money(s.substring(1)) - 1);
      } else {
        long x = money(s);
        minAmount = max(minAmount, x);
        maxAmount = min(maxAmount, x);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          token
              + ": '"
              + v
              + "' is not an amount (try amount:>=10M, amount:1M..5M or amount:500000)");
    }
  }

  private static long money(String s) {
    return SearchRequest.parseAmount(FacetDimension.AMOUNT.key(), s);
  }

  private void dates(String v, String token, boolean yearsOnly) {
    try {
      String s = v.trim();
      LocalDate lo;
      LocalDate hi;
      if (s.contains("..")) {
        String[] p = s.split("\\.\\.", 2);
        lo = p[0].isEmpty() ? null : start(p[0], yearsOnly);
        hi = p[1].isEmpty() ? null : end(p[1], yearsOnly);
      } else if (s.startsWith(">=")) {
        lo = start(s.substring(2), yearsOnly);
        hi = null;
      } else if (s.startsWith("<=")) {
        lo = null;
        hi = end(s.substring(2), yearsOnly);
      } else {
        lo = start(s, yearsOnly);
        hi = end(s, yearsOnly);
      }
      if (lo != null) {
        from = from == null || lo.isAfter(from) ? lo : from;
      }
      if (hi != null) {
        to = to == null || hi.isBefore(to) ? hi : to;
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          token
              + ": '"
              + v
              + "' is not a date (try date:2005, date:1999..2001 or date:2005-05-03)");
    }
  }

  private static LocalDate start(String s, boolean yearsOnly) {
    if (s.matches("\\d{4}")) {
      return LocalDate.of(Integer.parseInt(s), 1, 1);
    }
    if (yearsOnly) {
      throw new IllegalArgumentException(s);
    }
    if (s.matches("\\d{4}-\\d{2}")) {
      return LocalDate.parse(s + "-01");
    }
    return LocalDate.parse(s);
  }

  private static LocalDate end(String s, boolean yearsOnly) {
    if (s.matches("\\d{4}")) {
      return LocalDate.of(Integer.parseInt(s), 12, 31);
    }
    if (yearsOnly) {
      throw new IllegalArgumentException(s);
    }
    if (s.matches("\\d{4}-\\d{2}")) {
      LocalDate d = LocalDate.parse(s + "-01");
      return d.withDayOfMonth(d.lengthOfMonth());
    }
    return LocalDate.parse(s);
  }

  private static Long max(Long a, long b) {
    return a == null ? Long.valueOf(b) : Long.valueOf(Math.max(a, b));
  }

  private static Long min(Long a, long b) {
    return a == null ? Long.valueOf(b) : Long.valueOf(Math.min(a, b));
  }
}
