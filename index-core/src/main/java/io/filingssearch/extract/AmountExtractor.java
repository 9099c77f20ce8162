package io.filingssearch.extract;

import io.filingssearch.filing.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dollar amounts in text: {@code $11.125 million}, {@code US$3 million}, {@code 3 million
 * dollars}, {@code $500,000}, {@code $0.25 per share} and ranges such as {@code $10-20 million}.
 * Stateless and thread-safe.
 */
final class AmountExtractor {
  private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+";
  private static final String SCALE_WORD = "million|billion|thousand|trillion";
  // An abbreviated scale only counts when written straight after the number ($5M, $1.2bn).
  private static final String SCALE_ABBR = "MM|mm|mln|M|m|bn|Bn|BN|B|b|K|k";
  // Spaces and at most one line break: a scale word may wrap to the next line, never a paragraph.
  private static final String WS = "[ \\t]*(?:\\r?\\n[ \\t]*)?";
  private static final String SCALE =
      "(?:" + WS + "-?" + WS + "(?i:(" + SCALE_WORD + "))\\b|(" + SCALE_ABBR + ")\\b)";
  // "US$", "U.S.$", "USD " and a plain "$"; a markdown escape "\$" is read as "$" (the backslash
  // stays outside the span). Other dollars (C$, A$, NZ$, HK$) are not USD and are rejected below.
  private static final String DOLLAR = "(?:U\\.?S\\.?[ ]?\\$|USD[ ]?|\\$)[ \\t]?";

  /**
   * One match: a dollar-sign amount optionally followed by a second end of a range, or a number
   * followed by "dollars".
   */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<dollar>"
              + DOLLAR
              + "(?<n1>"
              + NUMBER
              + ")"
              + "(?<s1>"
              + SCALE
              + ")?"
              + "(?:(?<sep>"
              + WS
              + "(?:-|\u2013|to|and)"
              + WS
              + ")(?:"
              + DOLLAR
              + ")?(?<n2>"
              + NUMBER
              + ")(?<s2>"
              + SCALE
              + ")?)?"
              + ")"
              + "|(?<word>(?<wn>"
              + NUMBER
              + ")(?<ws>"
              + WS
              + "(?i:"
              + SCALE_WORD
              + "))?[ \\t]+(?:U\\.S\\.[ \\t]+|US[ \\t]+)?(?i:dollars)\\b)");

  /** Dollars of other countries, written right before the sign ("Danielson$84,590" is USD). */
  private static final Pattern OTHER_DOLLAR =
      Pattern.compile("(?:.*[^A-Za-z])?(?:C|A|NZ|HK|S|NT|R|Cdn|CDN|CAN|Can|AU|AUD|CA|MX|Mex|Z)$");

  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?i)\\b(up to (?:nearly|approximately|about|almost|an aggregate of|a total of)"
              + "|up to|more than|in excess of|exceeding|over|nearly|approximately|approx\\."
              + "|about|at least|less than|almost|roughly|as much as|not less than|no less than"
              + "|not to exceed|not more than|no more than|at most|upwards of)\\s+$");

  private static final Pattern PER_SHARE =
      Pattern.compile("(?i)^\\s*(?:in cash\\s+)?(?:per|a|for each)\\s+(?:\\w+\\s+){0,2}?share\\b");

  /** Role keywords, in order of preference when several are near one amount. */
  private static final String[][] ROLES = {
    {"upfront", "(?i)\\bup-?\\s?front\\b|\\bsigning (?:fee|payment)|\\binitial payment"},
    {"milestone", "(?i)\\bmilestones?\\b"},
    {"royalty", "(?i)\\broyalt(?:y|ies)\\b"},
    {
      "equity investment",
      "(?i)\\binvest(?:s|ed|ing|ment)?\\b|\\bequity\\b|\\bstock purchase\\b|\\bprivate placement"
          + "|\\bpurchase[sd]?\\b[^.;]{0,40}\\b(?:common|preferred) (?:stock|shares)"
          + "|\\b(?:common|preferred) (?:stock|shares)\\b"
    },
    {
      "loan",
      "(?i)\\bloans?\\b|\\bcredit (?:facility|agreement|line)|\\bline of credit\\b|\\brevolv"
          + "|\\bborrow"
    },
    {
      "purchase price",
      "(?i)\\bpurchase price\\b|\\bconsideration\\b|\\bacquisition price\\b|\\bsale price\\b"
          + "|\\bacquir(?:e|ed|es|ing)\\b|\\bsold\\b|\\bsell\\b"
    },
    {"fee", "(?i)\\bfees?\\b"},
  };

  private static final Pattern[] ROLE_PATTERNS = new Pattern[ROLES.length];

  static {
    for (int i = 0; i < ROLES.length; i++) {
      ROLE_PATTERNS[i] = Pattern.compile(ROLES[i][1]);
    }
  }

  private static final int BEFORE = 90;
  private static final int AFTER = 50;

  List<Amount> extract(String text) {
    List<Amount> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(text);
    int pos = 0;
    while (pos < text.length() && m.find(pos)) {
      pos = m.group("dollar") != null ? dollar(text, m, out) : word(text, m, out);
    }
    return out;
  }

  /** Adds the amounts of a dollar-sign match; returns where to look for the next one. */
  private static int dollar(String text, Matcher m, List<Amount> out) {
    int start = m.start();
    if (start > 0
        && text.charAt(start) == '$'
        && OTHER_DOLLAR.matcher(text).region(Math.max(0, start - 4), start).lookingAt()) {
      return m.end("n1"); // C$, A$, HK$...: not US dollars
    }
    if (start > 0
        && text.charAt(start) != '$'
        && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return m.end("n1");
    }
    String n1 = m.group("n1");
    String n2 = m.group("n2");
    String s1 = scale(m.group("s1"));
    String s2 = scale(m.group("s2"));
    String qualifier = qualifier(text, start);
    if (n2 == null || !isRange(text, m, n1, s1, n2, s2)) {
      // A single amount; whatever followed it is read again ("$5 million and $3 million").
      int end = m.group("s1") != null ? m.end("s1") : m.end("n1");
      add(text, out, value(n1, s1), start, end, qualifier);
      return end;
    }
    // A range gives both ends, each spanning the whole range as written.
    boolean inherit = s1 == null && s2 != null && inheritsScale(n1, n2);
    add(text, out, value(n1, inherit ? s2 : s1), start, m.end(), qualifier);
    add(text, out, value(n2, s2), start, m.end(), qualifier);
    return m.end();
  }

  private static boolean isRange(
      String text, Matcher m, String n1, String s1, String n2, String s2) {
    String sep = m.group("sep").trim().toLowerCase(Locale.ROOT);
    boolean secondDollar = m.start("n2") > m.end("sep");
    if (sep.equals("and")
        && !text.substring(Math.max(0, m.start() - 9), m.start()).matches("(?is).*between\\s+")) {
      return false; // "$5 million and 3 shares"; only "between $10 and $20 million" is a range
    }
    if (s1 == null && s2 != null) {
      return secondDollar || inheritsScale(n1, n2);
    }
    if (s1 != null && s2 == null) {
      return secondDollar;
    }
    return secondDollar || s1 != null;
  }

  /** Whether "$10-20 million" means 10 million: only when that keeps the ends in order. */
  private static boolean inheritsScale(String n1, String n2) {
    return !n1.contains(",")
        && new BigDecimal(n1.replace(",", "")).compareTo(new BigDecimal(n2.replace(",", ""))) < 0;
  }

  /** Adds the amount of a "3 million dollars" match; returns where to look for the next one. */
  private static int word(String text, Matcher m, List<Amount> out) {
    String n = m.group("wn");
    String s = m.group("ws") == null ? null : m.group("ws").trim();
    boolean glued = m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1));
    // "in 2005 dollars" is a year, not an amount.
    if (glued || (s == null && n.matches("(?:19|20)\\d\\d"))) {
      return m.end();
    }
    add(text, out, value(n, scale(s)), m.start(), m.end(), qualifier(text, m.start()));
    return m.end();
  }

  private static void add(
      String text, List<Amount> out, BigDecimal v, int start, int end, String qualifier) {
    if (v == null) {
      return;
    }
    // Trailing spaces can be caught by the optional separators; keep the span tight.
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    out.add(
        new Amount(v, text.substring(start, end), qualifier, role(text, start, end), start, end));
  }

  /** The scale word in lower case, or null. */
  private static String scale(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace("-", "").trim();
    return switch (s) {
      case "M", "m", "MM", "mm", "mln" -> "million";
      case "B", "b", "bn", "Bn", "BN" -> "billion";
      case "K", "k" -> "thousand";
      default -> s.toLowerCase(Locale.ROOT);
    };
  }

  /** The exact value; null when the number cannot be an amount. */
  static BigDecimal value(String number, String scale) {
    BigDecimal v = new BigDecimal(number.replace(",", ""));
    int shift =
        scale == null
            ? 0
            : switch (scale) {
              case "thousand" -> 3;
              case "million" -> 6;
              case "billion" -> 9;
              case "trillion" -> 12;
              default -> 0;
            };
    v = v.movePointRight(shift).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  private static String qualifier(String text, int start) {
    int from = Math.max(0, start - 40);
    String before = text.substring(from, start);
    Matcher q = QUALIFIER.matcher(before);
    if (!q.find()) {
      return null;
    }
    String s = q.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return s.equals("approx.") ? "approximately" : s;
  }

  /** The role the nearby words give the amount, or null when they give none. */
  private static String role(String text, int start, int end) {
    String after = clauseAfter(text, end);
    if (PER_SHARE.matcher(after).find()) {
      return "per share";
    }
    String before = clauseBefore(text, start);
    String around = before + " " + after;
    for (int i = 0; i < ROLES.length; i++) {
      if (ROLE_PATTERNS[i].matcher(around).find()) {
        return ROLES[i][0];
      }
    }
    return null;
  }

  private static String clauseBefore(String text, int start) {
    int from = Math.max(0, start - BEFORE);
    String s = text.substring(from, start);
    int cut = Math.max(s.lastIndexOf(". "), Math.max(s.lastIndexOf(';'), s.lastIndexOf("\n\n")));
    return cut >= 0 ? s.substring(cut + 1) : s;
  }

  private static String clauseAfter(String text, int end) {
    String s = text.substring(end, Math.min(text.length(), end + AFTER));
    int cut = indexOfAny(s, ". ", ";", ",", "\n\n", " and ", " or ");
    return cut >= 0 ? s.substring(0, cut) : s;
  }

  private static int indexOfAny(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int i = s.indexOf(n);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }
}
