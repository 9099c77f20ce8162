package io.filingssearch.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates 8-Ks are written with: "August 1, 1997", "Aug. 1, 1997", "19970801". */
final class Dates {
  private static final String MONTHS =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

  /** "August 1, 1997", "Aug. 1 1997", "AUGUST 1, 1997", "August 1,1997". */
  static final Pattern WRITTEN =
      Pattern.compile(
          "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  /** "1 August 1997". */
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

  private Dates() {}

  /** The first date written in {@code text}, if any. */
  static Optional<LocalDate> first(CharSequence text) {
    Match best = null;
    Matcher m = WRITTEN.matcher(text);
    if (m.find()) {
      best = new Match(m.start(), of(m.group(3), m.group(1), m.group(2)));
    }
    m = DAY_FIRST.matcher(text);
    if (m.find() && (best == null || m.start() < best.start)) {
      best = new Match(m.start(), of(m.group(3), m.group(2), m.group(1)));
    }
    m = NUMERIC.matcher(text);
    if (m.find() && (best == null || m.start() < best.start)) {
      best = new Match(m.start(), ofNumbers(m.group(3), m.group(1), m.group(2)));
    }
    return best == null ? Optional.empty() : Optional.ofNullable(best.date);
  }

  /** A compact EDGAR date such as {@code 19970801} (extra digits such as a time are ignored). */
  static LocalDate compact(String s) {
    if (s == null) {
      return null;
    }
    String d = s.trim();
    if (d.length() < 8 || !d.substring(0, 8).chars().allMatch(Character::isDigit)) {
      return null;
    }
    return ofNumbers(d.substring(0, 4), d.substring(4, 6), d.substring(6, 8));
  }

  private static LocalDate of(String year, String month, String day) {
    int mo = monthNumber(month);
    return mo == 0 ? null : ofNumbers(year, String.valueOf(mo), day);
  }

  private static LocalDate ofNumbers(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private static int monthNumber(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < prefixes.length; i++) {
      if (m.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  private record Match(int start, LocalDate date) {}
}
