package io.filingssearch.extract;

import io.filingssearch.filing.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
  // "$50 (US) billion": the currency said again between the number and its scale.
  private static final String US_NOTE = "(?:[ \\t]*\\((?:US|U\\.S\\.)\\))?";
  private static final Pattern US_NOTE_START = Pattern.compile("^\\s*\\((?:US|U\\.S\\.)\\)");
  private static final String SCALE =
      "(?:" + US_NOTE + WS + "-?" + WS + "(?i:(" + SCALE_WORD + "))\\b|(" + SCALE_ABBR + ")\\b)";
  // "US$", "U.S.$", "$US", "USD " and a plain "$"; a markdown escape "\$" is read as "$" (the
  // backslash
  // stays outside the span). Other dollars (C$, A$, NZ$, HK$) are not USD and are rejected below.
  // A table cell may hold the sign alone: "Net sales | $ | 26,741", or end its line with it
  // (a table whose cells were written one per line: "$" and "245,100" on lines of their own).
  // Spaces between the sign and the number: a few, no-break spaces included ("$\u00a05.6 million").
  private static final String DOLLAR =
      "(?:U\\.?S\\.?[ ]?\\$|USD[ ]?|\\$(?:U\\.?S\\.?(?![A-Za-z]))?)"
          + "(?:[ \\t\u00a0]*\\|[ \\t\u00a0]*|[ \\t\u00a0]*\\r?\\n[ \\t\u00a0]*(?=\\(?\\d)|[ \\t\u00a0]{0,3})";

  /**
   * One match: a dollar-sign amount optionally followed by a second end of a range, or a number
   * followed by "dollars".
   */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<dollar>"
              + DOLLAR
              // A negative in parentheses, "$(1.2) million", is read as its magnitude.
              + "\\(?(?<n1>"
              + NUMBER
              + ")\\)?"
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
              + "|(?<cents>(?<cn>\\d{1,3}(?:\\.\\d+)?)[ \\t]+cents?\\b)"
              + "|(?<word>(?<wn>"
              + NUMBER
              + ")(?<ws>"
              + WS
              + "(?i:"
              + SCALE_WORD
              + "))?[ \\t]+(?:U\\.S\\.[ \\t]+|US[ \\t]+)?(?i:dollars)\\b)");

  /** Dollars of other countries, written right before the sign ("Danielson$84,590" is USD). */
  private static final Pattern OTHER_DOLLAR =
      Pattern.compile(
          "(?:.*[^A-Za-z])?(?:C|A|NZ|HK|S|NT|NTD|R|Cdn|CDN|CAN|Can|AU|AUD|CA|MX|Mex|Z)$");

  /** Codes of other dollars written apart from the sign ("Cdn $25 million", "HK $3 million"). */
  private static final Pattern OTHER_DOLLAR_APART =
      Pattern.compile("(?:.*[^A-Za-z])?(?:NZ|HK|HKD|NT|NTD|TWD|SGD|Cdn|CDN|CAN|AUD|MX|Mex)[ \\t]$");

  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?i)\\b(up to (?:nearly|approximately|about|almost|an aggregate of|a total of)"
              + "|up to|more than|in excess of|exceeding|over|nearly|approximately|approx\\."
              + "|about|at least|less than|almost|roughly|as much as|not less than|no less than"
              + "|not to exceed|not more than|no more than|at most|upwards of)\\s+$");

  // Compiled once: String.matches and replaceAll would compile them on every call.
  private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?is).*between\\s+");

  /** A year, which a number alone in a cell or text is not an amount as. */
  static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private static final Pattern PER_SHARE =
      Pattern.compile("(?i)^\\s*(?:in cash\\s+)?(?:per|a|for each)\\s+(?:\\w+\\s+){0,2}?share\\b");

  /** A stock's par value, never at a table's scale: "$0.00001 par value", "$.01 par value". */
  private static final Pattern PAR_VALUE = Pattern.compile("(?i)\\s*par\\s+value\\b");

  /** Role keywords, in order of preference when several are near one amount. */
  private static final String[][] ROLES = {
    {"upfront", "(?i)\\bup-?\\s?front\\b|\\bsigning (?:fee|payment)|\\binitial payment"},
    {"milestone", "(?i)\\bmilestones?\\b"},
    {"royalty", "(?i)\\broyalt(?:y|ies)\\b"},
    {
      "equity investment",
      "(?i)\\binvest(?:s|ed|ing)?\\b|\\bequity investment\\b|\\binvestment in\\b"
          + "|\\bstock purchase\\b|\\bprivate placement"
          + "|\\bpurchase[sd]?\\b[^.;]{0,40}\\b(?:common|preferred) (?:stock|shares)"
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

  /**
   * Words one of which each role pattern needs, in lower case: a pattern is only run when the
   * clause holds one, as most clauses give no role.
   */
  private static final String[][] ROLE_WORDS = {
    {"front", "signing ", "initial payment"},
    {"milestone"},
    {"royalt"},
    {"invest", "stock purchase", "private placement", "common ", "preferred "},
    {"loan", "credit ", "line of credit", "revolv", "borrow"},
    {
      "purchase price", "consideration", "acquisition price", "sale price", "acquir", "sold", "sell"
    },
    {"fee"},
  };

  static {
    for (int i = 0; i < ROLES.length; i++) {
      ROLE_PATTERNS[i] = Pattern.compile(ROLES[i][1]);
    }
  }

  private static final int BEFORE = 90;
  private static final int AFTER = 50;

  // A number before "dollars" rarely spans 100 characters with its scale word.
  private static final int REACH = 100;

  List<Amount> extract(String text) {
    List<Amount> out = new ArrayList<>();
    List<AmountTables.Table> tables = AmountTables.of(text);
    Near near = Near.at(AMOUNT, text, starts(text));
    Matcher m = near.matcher();
    int pos = 0;
    while (pos < text.length() && near.find(pos)) {
      pos =
          m.group("dollar") != null
              ? dollar(text, m, tables, out)
              : m.group("cents") != null ? cents(text, m, out) : word(text, m, out);
    }
    for (AmountTables.Table t : tables) {
      if (t.dollars()) {
        TableCells.read(text, t, out);
      }
    }
    if (!tables.isEmpty()) {
      out.sort(java.util.Comparator.comparingInt(Amount::start));
    }
    // Zero is no amount: "$ 0" and "$0.00" are the empty cells of tables and free offers.
    out.removeIf(a -> a.usd().signum() == 0);
    boolean transcript = isTranscript(text);
    for (int i = 0; i < out.size(); i++) {
      Amount a = out.get(i);
      if (AmountTables.at(tables, a.start()) != null
          || (transcript && a.role() == null)
          || SIZE_AFTER.matcher(clauseAfter(text, a.end())).find()) {
        out.set(i, a.incidental());
      }
    }
    return out;
  }

  /** What makes an amount the size of a business, not a deal: "$2.0 trillion in client assets". */
  private static final Pattern SIZE_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:in|of)\\s+(?:total\\s+|client\\s+|customer\\s+|annual\\s+|net\\s+)?"
              + "(?:assets|deposits|revenues?|sales|market capitali[sz]ation)\\b"
              + "|^\\s*(?:of\\s+assets\\s+)?under\\s+(?:management|custody|administration)");

  /** A call transcript: an operator's turns, or a question-and-answer session. */
  private static boolean isTranscript(String text) {
    int operator = text.indexOf("Operator");
    return (operator >= 0 && text.indexOf("Operator", operator + 1) >= 0)
        || Near.indexOf(text, "question-and-answer", 0, true) >= 0
        || Near.indexOf(text, "question and answer", 0, true) >= 0;
  }

  /** Adds the amount of a "25 cents" match; returns where to look for the next one. */
  private static int cents(String text, Matcher m, List<Amount> out) {
    boolean glued = m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1));
    if (!glued) {
      add(
          text,
          out,
          new BigDecimal(m.group("cn")).movePointLeft(2),
          m.start(),
          m.end(),
          qualifier(text, m.start()));
    }
    return m.end();
  }

  /**
   * Where an amount may start: at a dollar sign, at the "U" of "US$", "U.S. $" or "USD", or at a
   * digit or point before the word "dollars". The pattern is tried only there instead of at every
   * position of the text.
   */
  private static int[] starts(String text) {
    int[] out = new int[16];
    int n = 0;
    for (int d = text.indexOf('$'); d >= 0; d = text.indexOf('$', d + 1)) {
      for (int i = Math.max(0, d - 5); i <= d; i++) {
        if (i == d || text.charAt(i) == 'U') {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = i;
        }
      }
    }
    for (int u = text.indexOf("USD"); u >= 0; u = text.indexOf("USD", u + 1)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = u;
    }
    for (int w : Near.occurrencesIgnoringCase(text, "dollars")) {
      for (int i = Math.max(0, w - REACH); i < w; i++) {
        char c = text.charAt(i);
        if ((c >= '0' && c <= '9') || c == '.') {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = i;
        }
      }
    }
    for (int w = text.indexOf(" cent"); w >= 0; w = text.indexOf(" cent", w + 1)) {
      for (int i = Math.max(0, w - CENTS_REACH); i < w; i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = i;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  // "99.5 cents": the number starts at most this far before " cents".
  private static final int CENTS_REACH = 8;

  /** Adds the amounts of a dollar-sign match; returns where to look for the next one. */
  private static int dollar(
      String text, Matcher m, List<AmountTables.Table> tables, List<Amount> out) {
    int start = m.start();
    if (start > 0
        && text.charAt(start) == '$'
        && (OTHER_DOLLAR.matcher(text).region(Math.max(0, start - 4), start).lookingAt()
            || OTHER_DOLLAR_APART
                .matcher(text)
                .region(Math.max(0, start - 5), start)
                .lookingAt())) {
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
      if (end < text.length() && text.charAt(end) == ')' && text.charAt(m.start("n1") - 1) == '(') {
        end++; // "$(0.05)": the negative's closing parenthesis
      }
      BigDecimal v = value(n1, s1);
      AmountTables.Table table = s1 == null ? AmountTables.at(tables, start) : null;
      if (table != null
          && !(table.exceptPerShare() && AmountTables.centsWritten(n1))
          && !PER_SHARE.matcher(clauseAfter(text, end)).find()
          && !PAR_VALUE.matcher(clauseAfter(text, end)).lookingAt()
          && !(n1.indexOf('.') >= 0 && TableRows.perShare(text, start))
          && !AmountTables.writtenInFull(n1)) {
        v = v.movePointRight(table.shift()); // "(In thousands)": $280,545 is $280,545,000
      }
      add(text, out, v, start, end, qualifier);
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
        && !BETWEEN_BEFORE
            .matcher(text.substring(Math.max(0, m.start() - 9), m.start()))
            .matches()) {
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
    if (glued || (s == null && YEAR.matcher(n).matches())) {
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
    String s = US_NOTE_START.matcher(raw).replaceFirst("").replace("-", "").trim();
    return switch (s) {
      case "M", "m", "MM", "mm", "mln" -> "million";
      case "B", "b", "bn", "Bn", "BN" -> "billion";
      case "K", "k" -> "thousand";
      default -> s.toLowerCase(Locale.ROOT);
    };
  }

  /** The exact value; null when the number cannot be an amount. */
  static BigDecimal value(String number, String scale) {
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
    return value(number, shift);
  }

  /** The exact value of a number written with thousands commas, times ten to {@code shift}. */
  static BigDecimal value(String number, int shift) {
    BigDecimal v =
        new BigDecimal(number.replace(",", "")).movePointRight(shift).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** The last words of the qualifiers, in lower case ("approx" without its dot). */
  private static final Set<String> QUALIFIER_ENDS =
      Set.of(
          "nearly",
          "approximately",
          "about",
          "almost",
          "of",
          "to",
          "than",
          "exceeding",
          "over",
          "approx",
          "least",
          "roughly",
          "as",
          "exceed",
          "most");

  private static String qualifier(String text, int start) {
    int from = Math.max(0, start - 40);
    // A qualifier ends in one of a few words and white space: look at the last word before running
    // the pattern, which would otherwise try its alternatives at each of 40 positions.
    int i = start;
    while (i > from && Near.isSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i == start) {
      return null;
    }
    if (i > from && text.charAt(i - 1) == '.') {
      i--; // "approx."
    }
    int j = i;
    while (j > from && isAsciiLetter(text.charAt(j - 1))) {
      j--;
    }
    if (!QUALIFIER_ENDS.contains(text.substring(j, i).toLowerCase(Locale.ROOT))) {
      return null;
    }
    String before = text.substring(from, start);
    Matcher q = QUALIFIER.matcher(before);
    if (!q.find()) {
      return null;
    }
    String s = WHITE_SPACE.matcher(q.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
    return s.equals("approx.") ? "approximately" : s;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The role the nearby words give the amount, or null when they give none. */
  private static String role(String text, int start, int end) {
    String after = clauseAfter(text, end);
    if (PER_SHARE.matcher(after).find()) {
      return "per share";
    }
    String before = clauseBefore(text, start);
    String around = before + " " + after;
    String lower = around.toLowerCase(Locale.ROOT);
    for (int i = 0; i < ROLES.length; i++) {
      if (containsAny(lower, ROLE_WORDS[i]) && ROLE_PATTERNS[i].matcher(around).find()) {
        return ROLES[i][0];
      }
    }
    return null;
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
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
