package io.filingssearch.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one normaliser of organization names, for companies and partners alike, and the one list of
 * legal forms ({@code legal-forms.txt} beside this class). Two spellings of a name that the query
 * language would match ("ImmunoGen, Inc.", "IMMUNOGEN INC", "immunogen corporation") have one
 * {@link #key}; {@link #shortName} is the name as written without its legal form, what a facet
 * shows. Stateless and thread-safe.
 */
public final class CompanyNames {
  private CompanyNames() {}

  /** The legal forms as written in text, without a trailing dot ("Inc", "L.L.C", "GmbH"). */
  private static final Set<String> LEGAL_FORMS =
      WordList.load(CompanyNames.class, "legal-forms.txt");

  /** The same, lower-case and without dots: how a form is compared in a name already read. */
  private static final Set<String> FOLDED_FORMS =
      LEGAL_FORMS.stream().map(CompanyNames::fold).collect(Collectors.toUnmodifiableSet());

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,&;:\\-]+$");
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "de", "for");

  /**
   * Words of three letters or fewer that names use as words, not initials: in a name written in
   * capitals they are capitalized like longer words ("BANK OF NEW YORK" is "Bank of New York").
   */
  private static final Set<String> SHORT_WORDS =
      Set.of(
          "new", "one", "two", "oil", "gas", "air", "sun", "sea", "bay", "car", "art", "big", "red",
          "top", "old", "day", "way", "key", "law", "all", "pet", "toy", "tea");

  /**
   * The legal forms as they are written in text, without a trailing dot ({@code Inc}, {@code
   * L.L.C}, {@code GmbH}); compare a token with {@link #isLegalForm}.
   *
   * @return the unmodifiable list
   */
  public static Set<String> legalForms() {
    return LEGAL_FORMS;
  }

  /**
   * Whether a token of running text is a legal form as written ("Inc.", "Inc", "LLC", "AG"; not
   * "Ag" or "inc"): case-sensitive, so that ordinary words are not taken for one.
   *
   * @param token a token, with or without its trailing dot
   * @return whether it is a legal form
   */
  public static boolean isLegalForm(String token) {
    return LEGAL_FORMS.contains(token)
        || (token.endsWith(".") && LEGAL_FORMS.contains(token.substring(0, token.length() - 1)));
  }

  /**
   * Whether a name ends with a legal form ("Acme Widgets, Inc.", "ACME CORP", "Acme plc").
   *
   * @param name a name as written
   * @return whether its last word is a legal form, in any case
   */
  public static boolean endsWithLegalForm(String name) {
    String t = name.strip();
    int sp = Math.max(t.lastIndexOf(' '), t.lastIndexOf(','));
    return sp > 0 && FOLDED_FORMS.contains(fold(t.substring(sp + 1)));
  }

  /**
   * The legal forms as a regular-expression alternation that matches each as written, with or
   * without its trailing dot ("Inc\\.?|Corporation\\.?|..."), the longest first.
   *
   * @return the alternation, without a group around it
   */
  public static String legalFormAlternation() {
    return LEGAL_FORMS.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(f -> Pattern.quote(f) + "\\.?")
        .collect(Collectors.joining("|"));
  }

  /**
   * What a company's name never is, though text read as one can be: a law ("Securities Exchange Act
   * of 1934", "General Corporation Law"), an address ("Park Avenue, New York"), a dateline ("June
   * 21, 2005"), the cover page's own words ("Current Report", "Securities and Exchange
   * Commission").
   */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "\\b(?:Act|Law|Code|Avenue|Street|Road|Boulevard|Drive|Suite|Floor|Plaza|P\\.\\s?O\\.\\s?Box)\\b"
              + "|(?i:\\bcurrent report\\b|\\bform 8-K\\b|\\bexchange commission\\b|\\bpursuant to\\b)"
              + "|\\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d");

  /**
   * Whether text read as a company's name can be one: not a law, an address, a dateline or the
   * cover page's own words.
   *
   * @param name the text read as a name
   * @return false when it cannot be a name
   */
  public static boolean canBeAName(String name) {
    return name != null && !name.isBlank() && !NOT_A_NAME.matcher(name).find();
  }

  /**
   * The key that every spelling of one name shares: accents, case, punctuation, apostrophes, a
   * leading "The" and trailing legal forms do not count, and "&" is "and". "Aaron's, Inc." and
   * "Aarons" are {@code aarons}; "ImmunoGen, Inc.", "IMMUNOGEN INC" and "immunogen corporation" are
   * {@code immunogen}.
   *
   * @param name a name as written
   * @return its key, empty when the name has no letter or digit
   */
  public static String key(String name) {
    // By hand rather than with regular expressions: the extractor keys every mention it reads.
    int start = 0;
    int end = name.length();
    while (start < end && isBreak(name.charAt(start))) {
      start++;
    }
    end = trimEnd(name, start, end);
    if (end - start > 4
        && name.regionMatches(true, start, "the", 0, 3)
        && isBreak(name.charAt(start + 3))) {
      start += 4;
      while (start < end && isBreak(name.charAt(start))) {
        start++;
      }
    }
    // Trailing legal forms, and the "and" one leaves ("Sears, Roebuck and Co."); one word stays.
    while (true) {
      int t = end;
      while (t > start && !isBreak(name.charAt(t - 1))) {
        t--;
      }
      if (t == start) {
        break;
      }
      String last = fold(name.substring(t, end));
      if (!FOLDED_FORMS.contains(last) && !last.equals("and") && !last.equals("&")) {
        break;
      }
      end = trimEnd(name, start, t);
    }
    StringBuilder b = new StringBuilder(end - start);
    boolean gap = false;
    for (int i = start; i < end; i++) {
      char c = name.charAt(i);
      if ((c == '\'' || c == '\u2019' || c == '`')
          && i + 2 == end
          && (name.charAt(i + 1) | 0x20) == 's') {
        continue; // a name ending in 's: "Widget's" is "widgets" (a possessive inside is a gap)
      }
      if (c == '&') {
        word(b, true, "and");
        gap = true;
      } else if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          word(b, gap, c);
          gap = false;
        } else if (c >= 'A' && c <= 'Z') {
          word(b, gap, (char) (c + ('a' - 'A')));
          gap = false;
        } else {
          gap = true;
        }
      } else if (Character.isLetterOrDigit(c)) {
        String plain =
            MARKS
                .matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                .replaceAll("");
        word(b, gap, plain.toLowerCase(Locale.ROOT));
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  private static void word(StringBuilder b, boolean gap, char c) {
    if (gap && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
      b.append(' ');
    }
    b.append(c);
  }

  private static void word(StringBuilder b, boolean gap, String s) {
    if (gap && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
      b.append(' ');
    }
    b.append(s);
  }

  private static boolean isBreak(char c) {
    return Character.isWhitespace(c) || c == ',';
  }

  private static int trimEnd(String s, int start, int end) {
    while (end > start && isBreak(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * A name as written without a leading "The" and its legal forms, what the facets show: "The
   * Fairchild Corporation" is "Fairchild", "ImmunoGen, Inc." is "ImmunoGen". A name written all in
   * capitals (EDGAR's conformed names, "IMMUNOGEN INC") is given capitals on its words.
   *
   * @param name a name as written
   * @return the short name, or null when nothing is left
   */
  public static String shortName(String name) {
    List<String> tokens = new ArrayList<>(Arrays.asList(SPACES.split(name.strip())));
    tokens.removeIf(String::isEmpty);
    if (tokens.size() > 1 && tokens.get(0).equalsIgnoreCase("the")) {
      tokens.remove(0);
    }
    while (tokens.size() > 1) {
      String last = tokens.get(tokens.size() - 1);
      String prev = tokens.get(tokens.size() - 2);
      if (FOLDED_FORMS.contains(fold(last)) || last.equalsIgnoreCase("and")) {
        tokens.remove(tokens.size() - 1); // "Sears, Roebuck and Co." leaves "and" too
      } else if (last.contains(",")
          && FOLDED_FORMS.contains(fold(last.replace(",", " ").strip()))) {
        tokens.remove(tokens.size() - 1); // "Co.,Ltd."
      } else if (prev.endsWith(",") && FOLDED_FORMS.contains(fold(last))) {
        tokens.remove(tokens.size() - 1);
      } else {
        break;
      }
    }
    String s = TRAILING_SEPARATORS.matcher(String.join(" ", tokens)).replaceAll("");
    if (s.isEmpty()) {
      return null;
    }
    return displayCase(s);
  }

  /**
   * A name as facets show it: one written all in capitals ("MERRILL LYNCH CAPITAL SERVICES", as
   * EDGAR's conformed names and some agreements write them) gets capitals on its words only, so
   * that it is one facet value with the same name written normally; other names are kept as
   * written.
   *
   * @param name a name
   * @return the name to show
   */
  public static String displayCase(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT))
            && name.chars().filter(Character::isLetter).count() > 3
        ? capitalized(name)
        : name;
  }

  /**
   * "GENERAL ELECTRIC" is "General Electric", "SEARS, ROEBUCK" is "Sears, Roebuck" (punctuation
   * around a word is kept around it); short words ("AAR", "IBM") other than {@link #SHORT_WORDS},
   * words without a vowel, which are initials ("KPMG", "BNP"), and words with digits or punctuation
   * inside ("1-800-FLOWERS.COM") keep their capitals.
   */
  private static String capitalized(String upper) {
    StringBuilder b = new StringBuilder(upper.length());
    for (String w : upper.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      int from = 0;
      int to = w.length();
      while (from < to && !Character.isLetterOrDigit(w.charAt(from))) {
        from++;
      }
      while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1))) {
        to--;
      }
      String core = w.substring(from, to);
      String lower = core.toLowerCase(Locale.ROOT);
      b.append(w, 0, from);
      if (SMALL_WORDS.contains(lower) && b.length() > from) {
        b.append(lower);
      } else if ((core.length() <= 3 && !SHORT_WORDS.contains(lower))
          || !core.chars().allMatch(Character::isLetter)
          || core.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0)) {
        b.append(core);
      } else {
        b.append(core.charAt(0)).append(lower, 1, lower.length());
      }
      b.append(w, to, w.length());
    }
    return b.toString();
  }

  /** A token compared with the legal forms: lower-case, without dots or a trailing comma. */
  private static String fold(String token) {
    return token.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
  }
}
