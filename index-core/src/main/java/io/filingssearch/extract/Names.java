package io.filingssearch.extract;

import io.filingssearch.internal.CompanyNames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading organization names in running text and reducing them to one canonical facet value: {@code
 * Genentech, Inc.} and {@code Genentech} both give {@code Genentech}. Stateless.
 */
final class Names {
  private Names() {}

  /** Legal-form words as written, compared without a trailing dot: the one list. */
  static final Set<String> SUFFIXES = CompanyNames.legalForms();

  private static final Set<String> CONNECTORS =
      Set.of("&", "of", "de", "du", "des", "la", "le", "van", "von", "der", "den", "y", "and");

  private static final Set<String> ABBREVIATIONS =
      Set.of("Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Intl.", "Mfg.", "Int'l.", "St.", "Mt.");

  private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.){1,4}|[A-Z]\\.[a-z]\\.");

  private static final int MAX_TOKENS = 9;

  // Compiled once: String.replaceAll would compile them on every call.
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The|THE) ");
  private static final Pattern BASED = Pattern.compile("^[A-Z][A-Za-z.]*-based ");
  private static final Pattern GLUED_YEAR = Pattern.compile("^(?:19|20)\\d\\d(?=[A-Z][a-z])");
  static final Pattern POSSESSIVE = Pattern.compile("['\u2019][sS]$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.&]+$");

  /**
   * The legal form of a U.S. national bank, written out: two words, so not in {@link #SUFFIXES}.
   */
  private static final Pattern NATIONAL_ASSOCIATION =
      Pattern.compile("(?:^|,?\\s+)(?i:National\\s+Association)[\\s,.]*$");

  /** A legal form followed by the country of the company: "Fujikura Ltd. of Japan". */
  private static final Pattern SUFFIX_OF_PLACE =
      Pattern.compile(
          "^(.+?,?\\s+(?:Inc|Ltd|Limited|Corp|Corporation|Co|AG|plc|PLC|Plc|S\\.A|N\\.V|B\\.V|GmbH)"
              + "\\.?)\\s+of\\s+[A-Z][A-Za-z.]*(?:\\s+(?!(?:"
              // A legal form after the place ends the name: "Aluminum Corporation of China
              // Limited" is one name, not "Aluminum Corporation" of a place.
              + CompanyNames.legalFormAlternation()
              + ")\\b)[A-Z][A-Za-z.]*)?$");

  /**
   * A bank's branch after its name: the branch is the bank ("Deutsche Bank AG New York Branch").
   */
  private static final Pattern BRANCH =
      Pattern.compile("(?<=\\S)(?:,\\s*|\\s+)(?:[A-Z][A-Za-z.]*\\s+){1,3}Branch$");

  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,&]+$");

  /**
   * "Trust Company" ends the name of a trust bank ("The Bank of New York Mellon Trust Company"):
   * without its "Company" the name would read as a trust.
   */
  private static final Pattern TRUST_COMPANY =
      Pattern.compile("\\s(?i:trust)\\s+(?:Company|COMPANY|Co\\.?|CO\\.?)$");

  /** A company named by its web address, in small letters: "broadcast.com", "drkoop.com". */
  private static final Pattern DOMAIN_NAME = Pattern.compile("[a-z][a-z0-9-]{1,30}\\.(?:com|net)");

  /** A branch named after its bank's name and a comma: ", Taipei Branch", ", New York Branch". */
  private static final Pattern BRANCH_AFTER =
      Pattern.compile(",\\s*(?:[A-Z][A-Za-z.]*\\s+){1,3}Branch\\b");

  /**
   * What is left of a firm named by its partners once "& Co." is taken off: "Goldman, Sachs" of
   * "Goldman, Sachs & Co.", written without the comma as the firm is named in short.
   */
  private static final Pattern PARTNERS_LEFT = Pattern.compile("^([A-Z][a-z]+), ([A-Z][a-z]+)$");

  private static final Pattern COMMA_NAME =
      Pattern.compile(
          "(?:,\\s+[A-Z][A-Za-z]+)+(?:\\s+&\\s+[A-Z][A-Za-z]+)?\\s+(?:Incorporated|Inc\\.?|LLC|L\\.P\\.|LLP)(?![A-Za-z])");

  /** A number in a name, right before its legal form: "Element 14, Inc.", "Fund 7 LLC". */
  private static final Pattern NUMBER_BEFORE_SUFFIX =
      Pattern.compile(
          "\\d{1,4},?\\s(?:Inc|Ltd|LLC|L\\.L\\.C|Corp|Corporation|Limited|plc|PLC|AG|GmbH|L\\.P|LP)\\b");

  /**
   * What follows a name ending in a number: its description as a firm ("Layer 5, a California
   * corporation").
   */
  private static final Pattern NUMBER_THEN_FIRM =
      Pattern.compile(
          ",\\s+an?\\s+(?:[A-Z][a-z]+\\s+){0,3}(?:corporation|company|limited\\s+liability\\s+company"
              + "|limited\\s+partnership)\\b");

  /** A name that starts with a number and ends in a legal form: "111 Potrero Partners, LLC". */
  private static final Pattern NUMBER_FIRST =
      Pattern.compile(
          "\\d{1,5}\\s(?:[A-Z][A-Za-z'-]*\\s){0,3}[A-Z][A-Za-z'-]*,?\\s"
              + "(?:Inc|Ltd|LLC|L\\.L\\.C|Corp|Corporation|Limited|plc|PLC|AG|GmbH|L\\.P|LP)\\b");

  private static final Pattern CODE_BEFORE_SUFFIX =
      Pattern.compile(
          " \\((?:[A-Z0-9&\\-]{1,6}|(?!Pty\\))[A-Z][a-z]{2,12})\\) "
              // "(USA) LLC", "(Texas) LLC", "(Cayman) Limited": a place code or name, then the form
              + "(?=(?:Ltd|Limited|Inc|LLC|Co|Corp|B\\.V|N\\.V|GmbH|AG|S\\.A|L\\.P|LP)\\b)");

  /** Characters that end a token. */
  private static boolean isBreak(char c) {
    return Character.isWhitespace(c) || ",;:()[]\"\u201c\u201d".indexOf(c) >= 0;
  }

  /**
   * The end of the organization name starting at {@code pos} (after an optional "the"), or -1 when
   * no capitalized name starts there. A name is a run of capitalized words joined by single spaces
   * and connectors ("of", "&"), optionally followed by legal forms after a comma ({@code , Inc.}).
   * "and" joins words only when a legal form ends the run ("Sales and Marketing Ltd.").
   */
  static int nameEnd(String text, int pos) {
    int i = pos;
    int end = -1;
    int tokens = 0;
    int firstAnd = -1;
    boolean lastWasSuffix = false;
    boolean mixedCase = false;
    int branchEnd = -1;
    while (i < text.length() && tokens < MAX_TOKENS) {
      int j = i;
      while (j < text.length() && !isBreak(text.charAt(j))) {
        j++;
      }
      if (j == i) {
        break;
      }
      String tok = text.substring(i, j);
      boolean sentenceEnd = false;
      if (tok.endsWith(".")
          && !ABBREVIATIONS.contains(tok)
          && !INITIALS.matcher(tok).matches()
          && !SUFFIXES.contains(tok.substring(0, tok.length() - 1))) {
        tok = tok.substring(0, tok.length() - 1);
        j--;
        sentenceEnd = true;
      }
      if (tok.isEmpty()
          || (tok.indexOf('\'') > 0 || tok.indexOf('\u2019') > 0)
              && CONTRACTION.matcher(tok).matches()) {
        break; // "FTC We've": a contraction starts a sentence, never a name's word
      }
      if (tokens > 0 && mixedCase && capitalsWord(tok) && capitalsWordAfter(text, j)) {
        break; // "DoubleClick MOUNTAIN VIEW, Calif.": a dateline after the name
      }
      // Mixed case: two small letters or more ("DoubleClick"; not the "c" of "McDONNELL").
      mixedCase |= tok.chars().filter(Character::isLowerCase).count() >= 2;
      boolean connector = CONNECTORS.contains(tok);
      boolean cap =
          (tok.indexOf('%') < 0 && capitalized(tok, 0))
              || (tokens > 0 && SUFFIXES.contains(tok)) // "plc", written in small letters
              || (tokens == 0
                  && tok.indexOf('.') > 0
                  && DOMAIN_NAME.matcher(tok).matches()) // "broadcast.com inc."
              || (Character.isDigit(tok.charAt(0)) && tok.chars().anyMatch(Character::isLetter))
              || (tokens > 0
                  && Character.isDigit(tok.charAt(0))
                  && NUMBER_BEFORE_SUFFIX.matcher(text).region(i, text.length()).lookingAt())
              || (tokens == 0
                  && Character.isDigit(tok.charAt(0))
                  && NUMBER_FIRST.matcher(text).region(i, text.length()).lookingAt())
              || (tokens > 0
                  && tok.length() <= 3
                  && tok.chars().allMatch(Character::isDigit)
                  && NUMBER_THEN_FIRM
                      .matcher(text)
                      .region(j, Math.min(text.length(), j + 80))
                      .lookingAt());
      if (connector) {
        if (tokens == 0) {
          break;
        }
        if (tok.equals("and")
            && (text.startsWith("Branch ", i - "Branch ".length())
                || text.startsWith(" The ", j)
                || text.startsWith(" the ", j))) {
          // "Deutsche Bank AG, Taipei Branch and KGI Securities": a branch ends a name;
          // "BNP Paribas and The Royal Bank of Scotland plc": an article starts the next one
          break;
        }
        if (tok.equals("and") && firstAnd < 0 && !possessiveInName(text, j)) {
          firstAnd = i;
        }
      } else if (!cap) {
        break;
      } else {
        end = j;
        lastWasSuffix = SUFFIXES.contains(strip(tok));
      }
      tokens++;
      if (sentenceEnd) {
        break;
      }
      // Move to the next token: one space or line break, or ", " before a legal form. After a legal
      // form only another legal form may follow ("Co., Ltd."), never the next sentence.
      int k = j;
      if (!connector && k < text.length() && text.charAt(k) == ',') {
        Matcher branch = BRANCH_AFTER.matcher(text).region(k, Math.min(text.length(), k + 48));
        if (branch.lookingAt()) {
          end = branch.end(); // "Deutsche Bank AG, Taipei Branch": the branch ends the name
          lastWasSuffix = false;
          branchEnd = end;
          break;
        }
      }
      if (lastWasSuffix
          && !connector
          && !nextIsSuffix(text, k)
          && !text.startsWith(" of ", k)
          && !regionalUnit(text, k)) {
        break;
      }
      if (k < text.length() && text.charAt(k) == ',') {
        int n = k + 1;
        while (n < text.length() && text.charAt(n) == ' ') {
          n++;
        }
        int m = n;
        while (m < text.length() && !isBreak(text.charAt(m))) {
          m++;
        }
        if ((m > n && SUFFIXES.contains(strip(text.substring(n, m))))
            || COMMA_NAME.matcher(text).region(k, Math.min(text.length(), k + 80)).lookingAt()
            || text.regionMatches(true, n, "National Association", 0, 20)) {
          // ", Inc.", the commas of "Merrill Lynch, Pierce, Fenner & Smith Incorporated", or a
          // bank's ", National Association"
          i = n;
          continue;
        }
        break;
      }
      Matcher code = CODE_BEFORE_SUFFIX.matcher(text).region(k, Math.min(text.length(), k + 24));
      if (code.lookingAt()) {
        i = code.end();
        continue;
      }
      int spaces = 0;
      int lineBreaks = 0;
      while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\n')) {
        lineBreaks += text.charAt(k) == '\n' ? 1 : 0;
        k++;
        spaces++;
      }
      if (spaces == 0 || spaces > 3 || lineBreaks > 1) {
        break; // a blank line ends a paragraph, and a name: "Highlights\n\nAlcoa"
      }
      i = k;
    }
    if (end < 0) {
      return -1;
    }
    if (firstAnd >= 0
        && firstAnd < end
        && end != branchEnd
        && !oneBank(text, firstAnd)
        && (!lastWasSuffix || twoNames(text, pos, firstAnd, end))) {
      // "between A and B": the "and" separates two names.
      end = firstAnd;
      while (end > pos && text.charAt(end - 1) == ' ') {
        end--;
      }
    }
    return end;
  }

  /**
   * Whether the run {@code pos..end}, with an "and" at {@code and} and a legal form at its end, is
   * two names: two words or more on either side ("BNP Paribas and J.P. Morgan Securities plc"),
   * where one name joins a single word ("Sales and Marketing Ltd.", "American Telephone and
   * Telegraph Company").
   */
  private static boolean twoNames(String text, int pos, int and, int end) {
    int run = pos; // the capitalized words before pos belong to the left side too
    while (run > 1 && text.charAt(run - 1) == ' ' && Character.isLetter(text.charAt(run - 2))) {
      int w = run - 2;
      while (w > 0 && !isBreak(text.charAt(w - 1))) {
        w--;
      }
      if (!capitalized(text, w)) {
        break;
      }
      run = w;
    }
    if (text.substring(run, and).strip().indexOf(' ') < 0) {
      return false;
    }
    String[] right = text.substring(and + "and".length(), end).strip().split("[\\s,]+");
    // The second name is written as firms' names are and the words of one name rarely are, with
    // initials or capitals ("J.P. Morgan", "Mitsubishi UFJ Securities"), unlike "Annuity Insurance"
    // of "Genworth Life and Annuity Insurance Company" or "Santa Fe Railway Company".
    boolean firmLike = false;
    for (String w : right) {
      firmLike |= INITIALS.matcher(w).matches() || ACRONYM.matcher(w).matches();
    }
    if (!firmLike) {
      return false;
    }
    int words = 0;
    for (String w : right) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !SUFFIXES.contains(strip(w))) {
        words++;
      }
    }
    return words >= 2;
  }

  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

  /**
   * "Standard and Poor's Ratings Services": after an "and" at {@code i}, a capitalized possessive
   * followed by another capitalized word makes the "and" part of one name.
   */
  private static boolean possessiveInName(String text, int i) {
    Matcher m = POSSESSIVE_IN_NAME.matcher(text).region(i, Math.min(text.length(), i + 40));
    return m.lookingAt();
  }

  private static final Pattern POSSESSIVE_IN_NAME =
      Pattern.compile(" [A-Z][A-Za-z]*['\u2019]s [A-Z]");

  /**
   * Whether the word at {@code i} is written as a name's word: a capital first, or a small letter
   * before a capital ("eBay", "dMarc Broadcasting").
   */
  static boolean capitalized(CharSequence text, int i) {
    char c = text.charAt(i);
    return Character.isUpperCase(c)
        || Character.isLowerCase(c)
            && i + 2 < text.length()
            && Character.isUpperCase(text.charAt(i + 1))
            && Character.isLowerCase(text.charAt(i + 2));
  }

  /**
   * The start of the organization name that ends at {@code end}, looking back at most 120
   * characters, or -1. The longest name wins; a firm named by its partners with commas ("Goldman,
   * Sachs & Co.") is taken whole.
   */
  static int nameStart(String text, int end) {
    while (end > 0
        && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    int from = Math.max(0, end - 120);
    for (int s = from; s < end; s++) {
      if (s > 0 && !isBreak(text.charAt(s - 1))) {
        continue;
      }
      if (!capitalized(text, s) && !Character.isDigit(text.charAt(s))) {
        continue;
      }
      int e = nameEnd(text, s);
      if (e == end || (e == end - 1 && text.charAt(end - 1) == '.')) {
        return firmStart(text, s, end); // "Goldman, " before "Sachs & Co."
      }
    }
    return -1;
  }

  /** "We've", "they're", "don't": a contraction. */
  private static final Pattern CONTRACTION =
      Pattern.compile("[A-Za-z]+['\u2019](?:ve|re|ll|d|m|t)");

  /** Whether a token is a word in capitals of four letters or more: "MOUNTAIN". */
  private static boolean capitalsWord(String tok) {
    if (tok.length() < 4) {
      return false;
    }
    for (int k = 0; k < tok.length(); k++) {
      char c = tok.charAt(k);
      if (!(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token after the break at {@code j} is in capitals too ("VIEW,"). */
  private static boolean capitalsWordAfter(String text, int j) {
    int k = j;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    int e = k;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e - k >= 3 && text.substring(k, e).equals(text.substring(k, e).toUpperCase(Locale.ROOT));
  }

  /**
   * Whether the "and" at {@code and} joins the halves of one bank's name: "Harris Trust and Savings
   * Bank", "Home Savings and Loan Association".
   */
  static boolean oneBank(String text, int and) {
    return text.startsWith("and Savings ", and) || text.startsWith("and Loan ", and);
  }

  /**
   * The end of the name starting at {@code pos} with a firm named by its partners taken whole, and
   * the words that follow it ("Donaldson, Lufkin & Jenrette Securities Corporation"), or -1.
   */
  static int wholeNameEnd(String text, int pos) {
    int end = nameEnd(text, pos);
    if (end < 0) {
      return end;
    }
    int firm = firmEnd(text, end);
    // Not past a legal form or a dot: "Goldman, Sachs & Co. The Company sold" is two sentences.
    if (firm > end
        && firm + 1 < text.length()
        && text.charAt(firm - 1) != '.'
        && !SUFFIXES.contains(strip(text.substring(text.lastIndexOf(' ', firm - 1) + 1, firm)))
        && text.charAt(firm) == ' '
        && capitalized(text, firm + 1)) {
      int more = nameEnd(text, firm + 1);
      return more > firm ? more : firm;
    }
    return firm;
  }

  /** The rest of a firm's name after its first word: ", Sachs & Co.", ", Lipton, Rosen & Katz". */
  private static final Pattern FIRM_TAIL =
      Pattern.compile("(?:,\\s[A-Z][A-Za-z]+){0,3},\\s[A-Z][A-Za-z]+\\s&\\s[A-Z][A-Za-z]*\\.?");

  /** The first words of a firm's name before its last: "Goldman, " of "Goldman, Sachs & Co.". */
  private static final Pattern FIRM_HEAD =
      Pattern.compile("(?<![A-Za-z.],\\s)(?<![A-Za-z])(?:[A-Z][a-z]+,\\s){1,3}$");

  /** The last part of a firm named by its partners: "Sachs & Co.", "Rosen & Katz". */
  private static final Pattern FIRM_LAST = Pattern.compile("[A-Z][a-z]+\\s&\\s[A-Z][A-Za-z]*\\.?");

  // How far before a name the first words of a firm's name are looked for.
  private static final int FIRM_HEAD_REACH = 60;

  /**
   * The end of a firm named by its partners, written with commas ("Goldman, Sachs & Co.",
   * "Wachtell, Lipton, Rosen & Katz"), when one starts with the name ending at {@code end}; else
   * {@code end}.
   */
  static int firmEnd(String text, int end) {
    int word = text.lastIndexOf(' ', end - 1) + 1;
    if (word >= end || SUFFIXES.contains(strip(text.substring(word, end)))) {
      return end; // "Alpha Inc., Beta & Co.": a list, not one firm
    }
    Matcher m = FIRM_TAIL.matcher(text).region(end, Math.min(text.length(), end + 80));
    return m.lookingAt() ? m.end() : end;
  }

  /**
   * The start of a firm named by its partners whose last part ("Sachs & Co.") starts at {@code
   * start}; else {@code start}.
   */
  static int firmStart(String text, int start, int end) {
    if (!FIRM_LAST.matcher(text.substring(start, end).trim()).matches()) {
      return start;
    }
    Matcher m = FIRM_HEAD.matcher(text).region(Math.max(0, start - FIRM_HEAD_REACH), start);
    if (!m.find()) {
      return start;
    }
    for (String w : m.group().split(",\\s")) {
      if (SUFFIXES.contains(w)) {
        return start; // "Alpha Inc., Beta & Co.": a list, not one firm
      }
    }
    return m.start();
  }

  /**
   * Whether a regional unit of the firm named before {@code k} follows its legal form, ending in
   * one of its own: "Morgan Stanley & Co. International Limited", "Deutsche Bank AG London".
   */
  private static boolean regionalUnit(String text, int k) {
    Matcher m = REGIONAL_UNIT.matcher(text).region(k, Math.min(text.length(), k + 40));
    return m.lookingAt();
  }

  private static final Pattern REGIONAL_UNIT =
      Pattern.compile(
          " (?:International|Europe|Asia|London|Japan)(?: (?:Limited|Ltd\\.?|plc|PLC|Plc)\\b|[,.]| Branch\\b)");

  private static boolean nextIsSuffix(String text, int k) {
    int n = k;
    while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == ',')) {
      n++;
    }
    int m = n;
    while (m < text.length() && !isBreak(text.charAt(m))) {
      m++;
    }
    return m > n && SUFFIXES.contains(strip(text.substring(n, m)));
  }

  /** A token without its trailing dot. */
  static String strip(String tok) {
    return tok.endsWith(".") ? tok.substring(0, tok.length() - 1) : tok;
  }

  /**
   * The canonical facet value of an organization name: without a leading "the", possessive, legal
   * forms and trailing punctuation.
   *
   * @return the canonical name, or null when nothing is left
   */
  static String canonical(String name) {
    // The same names come back in section after section ("the Company", a partner named twenty
    // times): each thread remembers the last few thousand.
    Map<String, String> known = CANONICAL.get();
    String c = known.get(name);
    if (c == null) {
      if (known.size() >= CANONICAL_REMEMBERED) {
        known.clear();
      }
      c = canonicalOf(name);
      known.put(name, c == null ? NO_NAME : c);
      return c;
    }
    return c == NO_NAME ? null : c;
  }

  private static final int CANONICAL_REMEMBERED = 4096;
  private static final ThreadLocal<Map<String, String>> CANONICAL =
      ThreadLocal.withInitial(HashMap::new);

  // What the cache holds for a name with no canonical form (an object of its own).
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String NO_NAME = new String("");

  private static String canonicalOf(String name) {
    String s = WHITE_SPACE.matcher(name).replaceAll(" ").trim();
    s = LEADING_THE.matcher(s).replaceFirst("");
    s = BASED.matcher(s).replaceFirst(""); // "Chicago-based Ivex Packaging"
    s = GLUED_YEAR.matcher(s).replaceFirst(""); // "2003Aaron Rents": a dateline's year glued on
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = NATIONAL_ASSOCIATION.matcher(s).replaceFirst(""); // "U.S. Bank National Association"
    s = SUFFIX_OF_PLACE.matcher(s).replaceFirst("$1"); // "Fujikura Ltd. of Japan"
    s = BRANCH.matcher(s).replaceFirst(""); // "Banco Santander, S.A., New York Branch"
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      String t = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
      int sp = Math.max(t.lastIndexOf(' '), t.lastIndexOf(','));
      String last = t.substring(sp + 1);
      if (sp > 0
          && (SUFFIXES.contains(strip(last)) || SUFFIXES.contains(last))
          && !TRUST_COMPANY.matcher(t).find()) {
        t = t.substring(0, sp);
        changed = true;
      }
      s = TRAILING_SEPARATORS.matcher(t).replaceAll("");
    }
    s = POSSESSIVE.matcher(s).replaceAll("").trim();
    s = PARTNERS_LEFT.matcher(s).replaceFirst("$1 $2");
    return s.isEmpty() ? null : CompanyNames.displayCase(s);
  }

  /**
   * The lower-case key two spellings of one name share ("BioChem Pharma", "Biochem Pharma"): the
   * one normaliser of names, also the key of the company and partner facets and filters.
   */
  static String key(String canonical) {
    return CompanyNames.key(canonical);
  }
}
