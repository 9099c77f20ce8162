package io.filingssearch.filing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The official 8-K item numbers and titles, of both the scheme in force until August 22, 2004
 * (items 1 to 12) and the current one (1.01 to 9.01). Thread-safe: immutable tables.
 */
public final class Items {
  /** The first day on which 8-Ks used the current, decimal item numbers. */
  public static final LocalDate DECIMAL_SCHEME_START = LocalDate.of(2004, 8, 23);

  private static final Map<String, String> TITLES = new LinkedHashMap<>();

  static {
    // Pre-August-2004 scheme.
    TITLES.put("1", "Changes in Control of Registrant");
    TITLES.put("2", "Acquisition or Disposition of Assets");
    TITLES.put("3", "Bankruptcy or Receivership");
    TITLES.put("4", "Changes in Registrant's Certifying Accountant");
    TITLES.put("5", "Other Events");
    TITLES.put("6", "Resignations of Registrant's Directors");
    TITLES.put("7", "Financial Statements and Exhibits");
    TITLES.put("8", "Change in Fiscal Year");
    TITLES.put("9", "Regulation FD Disclosure");
    TITLES.put(
        "10",
        "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of"
            + " Ethics");
    TITLES.put("11", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans");
    TITLES.put("12", "Results of Operations and Financial Condition");
    // Current scheme.
    TITLES.put("1.01", "Entry into a Material Definitive Agreement");
    TITLES.put("1.02", "Termination of a Material Definitive Agreement");
    TITLES.put("1.03", "Bankruptcy or Receivership");
    TITLES.put("1.04", "Mine Safety - Reporting of Shutdowns and Patterns of Violations");
    TITLES.put("1.05", "Material Cybersecurity Incidents");
    TITLES.put("2.01", "Completion of Acquisition or Disposition of Assets");
    TITLES.put("2.02", "Results of Operations and Financial Condition");
    TITLES.put(
        "2.03",
        "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet"
            + " Arrangement of a Registrant");
    TITLES.put(
        "2.04",
        "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an"
            + " Obligation under an Off-Balance Sheet Arrangement");
    TITLES.put("2.05", "Costs Associated with Exit or Disposal Activities");
    TITLES.put("2.06", "Material Impairments");
    TITLES.put(
        "3.01",
        "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer"
            + " of Listing");
    TITLES.put("3.02", "Unregistered Sales of Equity Securities");
    TITLES.put("3.03", "Material Modification to Rights of Security Holders");
    TITLES.put("4.01", "Changes in Registrant's Certifying Accountant");
    TITLES.put(
        "4.02",
        "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or"
            + " Completed Interim Review");
    TITLES.put("5.01", "Changes in Control of Registrant");
    TITLES.put(
        "5.02",
        "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain"
            + " Officers; Compensatory Arrangements of Certain Officers");
    TITLES.put("5.03", "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year");
    TITLES.put("5.04", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans");
    TITLES.put(
        "5.05",
        "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of"
            + " Ethics");
    TITLES.put("5.06", "Change in Shell Company Status");
    TITLES.put("5.07", "Submission of Matters to a Vote of Security Holders");
    TITLES.put("5.08", "Shareholder Director Nominations");
    TITLES.put("6.01", "ABS Informational and Computational Material");
    TITLES.put("6.02", "Change of Servicer or Trustee");
    TITLES.put("6.03", "Change in Credit Enhancement or Other External Support");
    TITLES.put("6.04", "Failure to Make a Required Distribution");
    TITLES.put("6.05", "Securities Act Updating Disclosure");
    TITLES.put("6.06", "Static Pool");
    TITLES.put("7.01", "Regulation FD Disclosure");
    TITLES.put("8.01", "Other Events");
    TITLES.put("9.01", "Financial Statements and Exhibits");
  }

  /** The words of each official title, as {@link #fromTitle} compares them. */
  private static final Map<String, Set<String>> TITLE_WORDS = new LinkedHashMap<>();

  static {
    TITLES.forEach((number, title) -> TITLE_WORDS.put(number, words(title)));
  }

  private Items() {}

  /**
   * The official title of an item.
   *
   * @param number a normalized item number such as {@code 5} or {@code 1.01}
   * @return its title, or empty when the number is not an official item
   */
  public static Optional<String> title(String number) {
    return Optional.ofNullable(number == null ? null : TITLES.get(number));
  }

  /**
   * Whether a normalized item number is an official one.
   *
   * @param number such as {@code 9.01}
   * @return true for official items of either scheme
   */
  public static boolean isKnown(String number) {
    return number != null && TITLES.containsKey(number);
  }

  /**
   * Whether an item is the filing's list of financial statements and exhibits ({@code 9.01}, or
   * {@code 7} in the scheme before August 2004), which reports no event of its own.
   *
   * @param number a normalized item number; may be null
   * @return true for {@code 9.01} and {@code 7}
   */
  public static boolean isExhibitList(String number) {
    return "9.01".equals(number) || "7".equals(number);
  }

  /**
   * All official item numbers with their titles, old scheme first.
   *
   * @return an unmodifiable copy of the titles by number
   */
  public static Map<String, String> all() {
    return Map.copyOf(TITLES);
  }

  /**
   * Every official item number, in the tables' order: the old scheme ({@code 1} to {@code 12})
   * first, then the current one ({@code 1.01} to {@code 9.01}).
   *
   * @return the numbers, each with a {@link #title}
   */
  public static List<String> numbers() {
    return List.copyOf(TITLES.keySet());
  }

  /**
   * Normalizes an item number as written: {@code 5.} gives {@code 5}, {@code 1.1} and {@code 1.01}
   * give {@code 1.01}, {@code 9.01(d)} gives {@code 9.01}, {@code V} gives {@code 5}.
   *
   * @param raw the number as written
   * @return the normalized number, or empty when it is not an official item
   */
  public static Optional<String> normalize(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim().toUpperCase(Locale.ROOT);
    int paren = s.indexOf('(');
    if (paren >= 0) {
      s = s.substring(0, paren);
    }
    s = s.replaceAll("[.:\\s]+$", "");
    String roman = fromRoman(s);
    if (roman != null) {
      s = roman;
    }
    String n;
    if (s.matches("\\d{1,2}")) {
      n = String.valueOf(Integer.parseInt(s));
    } else if (s.matches("\\d\\.\\d{1,2}")) {
      String[] p = s.split("\\.");
      n = p[0] + "." + (p[1].length() == 1 ? "0" + p[1] : p[1]);
    } else {
      return Optional.empty();
    }
    return isKnown(n) ? Optional.of(n) : Optional.empty();
  }

  private static String fromRoman(String s) {
    return switch (s) {
      case "I" -> "1";
      case "II" -> "2";
      case "III" -> "3";
      case "IV" -> "4";
      case "V" -> "5";
      case "VI" -> "6";
      case "VII" -> "7";
      case "VIII" -> "8";
      case "IX" -> "9";
      default -> null;
    };
  }

  /**
   * The item number whose official title matches a name, as Stanford's {@code EVENTS:} header and
   * EDGAR's {@code ITEM INFORMATION:} header give them.
   *
   * @param name an item name such as {@code Other events}
   * @param date the filing's date, to choose between the two schemes; null means the current one
   * @return the normalized number, or empty when no official title matches
   */
  public static Optional<String> fromTitle(String name, LocalDate date) {
    if (name == null) {
      return Optional.empty();
    }
    boolean decimal = date == null || !date.isBefore(DECIMAL_SCHEME_START);
    Set<String> want = words(name);
    if (want.isEmpty()) {
      return Optional.empty();
    }
    // Headers word titles loosely ("Cost Associated with...", "Principal Officers" for "Certain
    // Officers"): the title sharing the most words wins, if it covers most of the name.
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Set<String>> e : TITLE_WORDS.entrySet()) {
      if (e.getKey().contains(".") != decimal) {
        continue;
      }
      Set<String> have = e.getValue();
      long common = want.stream().filter(have::contains).count();
      double coverage = common / (double) want.size();
      double jaccard = common / (double) (want.size() + have.size() - common);
      double score = coverage + jaccard;
      if (coverage >= 0.7 && score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : titleKey(s).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }

  private static String titleKey(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replaceAll("[^a-z0-9]+", " ")
        .replaceAll("\\b(the|a|an|of|and|or|to|in|under|for)\\b", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
