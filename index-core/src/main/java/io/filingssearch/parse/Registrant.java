package io.filingssearch.parse;

import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.internal.CompanyNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the registrant's name in the text when neither a header nor the cover page gives it
 * (Stanford's extraction drops the cover table and the signature's company line). The filing names
 * itself in three usual ways, tried in this order: "Agilent Technologies, Inc. (the "Company")",
 * "Alcoa Inc. (NYSE: AA)", "Alcoa today reported", and a name with a legal suffix that recurs.
 *
 * <p>A wrong name is worse than none (it files the filing under another company), so a guess is
 * dropped rather than kept when it can be someone else: a name whose first letter is not its
 * ticker's, an agent, arranger or underwriter ("X, as lead arranger"), someone's officer's company
 * ("Chief Executive Officer of X"), a law ("General Corporation Law"), an address, a name cut short
 * ("Aluminum Corporation" of "... of China"). A dateline before a name ("PITTSBURGH, Pa., June 21,
 * 2005 Alcoa") is cut off.
 */
final class Registrant {
  private static final String NAME =
      "([A-Z][A-Za-z0-9&.'\u2019-]*(?:,? [A-Z0-9&][A-Za-z0-9&.'\u2019-]*){0,5})";
  private static final Pattern DEFINED_AS_COMPANY =
      Pattern.compile(
          NAME
              + "(?:, an? [A-Z][a-z]+(?: [A-Z][a-z]+)? corporation)? \\((?:the )?[\"\u201c]?(?:Company|Registrant|Corporation)[\"\u201d]?\\)");
  private static final Pattern WITH_TICKER =
      Pattern.compile(
          NAME + " \\((?:NYSE|Nasdaq|NASDAQ|AMEX|NYSE Amex|NYSE MKT)\\s*:\\s*[A-Z.]{1,6}\\)");
  private static final Pattern ANNOUNCES =
      Pattern.compile(
          "(?m)(?:^|\\. )"
              + NAME
              + "(?: \\([^)]{1,40}\\))?,? (?:today |recently |has )?(?:announced|reported|said)\\b");
  private static final Pattern SUFFIXED =
      Pattern.compile(
          NAME.replace("{0,5}", "{0,4}") + ",? (?:Inc\\.|Incorporated|Corporation|Corp\\.)");
  private static final Pattern LEADING_WORDS =
      Pattern.compile(
          "^(?:About |(?:The )?Board of Directors of |(?:The )?Board of |Of |On |In |By |And |The Board |(?:[A-Z][A-Z .]+, )?[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4},? )+");
  private static final java.util.Set<String> NOT_NAMES =
      java.util.Set.of(
          "As",
          "We",
          "It",
          "The",
          "This",
          "That",
          "He",
          "She",
          "They",
          "Our",
          "I",
          "Previously",
          "Also",
          "Management",
          "Company",
          "Registrant",
          "Corporation",
          "Today",
          "Further");

  /** A date that a dateline puts before a name: "June 21, 2005", "Jan. 5, 2012", "Q4 2012". */
  private static final Pattern DATE_IN_NAME =
      Pattern.compile(
          "(?i)(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*"
              + "(?:\\d{1,2}\\s*)?,?\\s*|\\bQ[1-4]\\s+)(?:19|20)\\d\\d(?!\\d)[,.]?\\s*");

  /** What follows a mention that is not the filer: a law's name, the rest of a longer name. */
  private static final Pattern NOT_THE_FILER_AFTER =
      Pattern.compile(
          "^(?:\\s+(?:Law|Act|Code)\\b| of [A-Z]"
              + "|,? (?:an? |its )?(?:(?:wholly|majority)[- ]owned |indirect |direct )*subsidiary)");

  /**
   * A party acting for others: "X and Y, as joint lead arrangers", "X, as Administrative Agent".
   */
  private static final Pattern AGENT_AFTER =
      Pattern.compile(
          "^[^.;]{0,100}?,? (?:as|to act as) (?:the |its |a |an )?(?:[A-Za-z-]+ ){0,4}"
              + "(?:agents?|arrangers?|underwriters?|representatives?|trustees?|bookrunners?"
              + "|managers?|lenders?|purchasers?|advisors?|advisers?)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What precedes another party's name: "Chief Executive Officer of X", "services of X", "each
   * common share of X" (a target's), "... shall mean X" (an agreement's definitions name every
   * party).
   */
  private static final Pattern OF_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:officer|president|chairman|director|services|firm|behalf|affiliates?"
              + "|shares?) of|\\bshall mean|\\bmeans)\\s*$");

  private Registrant() {}

  /**
   * The registrant's name as written, or null when the text does not say.
   *
   * @param ticker the registrant's ticker when the source tells it (Stanford's folders), else null
   */
  static String guess(List<Section> sections, String ticker) {
    String text = body(sections);
    if (ticker != null) {
      Pattern own =
          Pattern.compile(
              NAME + " \\((?:NYSE|Nasdaq|NASDAQ|AMEX)\\s*:\\s*" + Pattern.quote(ticker) + "\\)");
      String name = mostFrequent(own, text, 1, ticker, false);
      if (name != null) {
        return name;
      }
    }
    // A filing names itself more often than anyone else: count every self-description together.
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (Pattern p : List.of(DEFINED_AS_COMPANY, WITH_TICKER, ANNOUNCES)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String n = tidy(m.group(1));
        if (p == DEFINED_AS_COMPANY && aboutADeal(text, m.start())) {
          // In a merger agreement "the Company" is the target, not the filer.
          continue;
        }
        if (plausible(n, ticker)) {
          String key = key(n);
          counts.merge(key, 1, Integer::sum);
          spelling.merge(key, n, (a, b) -> a.length() >= b.length() ? a : b);
        }
      }
    }
    String best =
        counts.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    if (best != null) {
      return spelling.get(best);
    }
    String name = mostFrequent(SUFFIXED, text, 2, ticker, true);
    if (name != null) {
      Matcher m = SUFFIXED.matcher(text);
      while (m.find()) {
        if (tidy(m.group(1)).equals(name)) {
          return tidy(m.group());
        }
      }
    }
    return name;
  }

  private static final Pattern DEAL_WORDS =
      Pattern.compile("(?i)merger|acqui|plan of merger|tender offer|purchaser");

  private static boolean aboutADeal(String text, int at) {
    return DEAL_WORDS.matcher(text.substring(Math.max(0, at - 300), at)).find();
  }

  /**
   * Whether a name can be the registrant's. A ticker is made from its company's name, so with a
   * ticker known a name must start with the ticker's letter: a guess that does not is dropped.
   */
  private static boolean plausible(String n, String ticker) {
    String first = n.split("[ ,']")[0];
    return n.length() >= 4
        && n.split(" ").length <= 6
        && !NOT_NAMES.contains(first)
        && CompanyNames.canBeAName(n)
        && (ticker == null
            || ticker.isEmpty()
            || Character.toUpperCase(n.charAt(0)) == Character.toUpperCase(ticker.charAt(0)));
  }

  /** The key two spellings of one name share. */
  private static String key(String name) {
    return CompanyNames.key(name);
  }

  private static String body(List<Section> sections) {
    StringBuilder b = new StringBuilder();
    for (Section s : sections) {
      if (s.kind() == SectionKind.ITEM
          || s.kind() == SectionKind.EXHIBIT
          || s.kind() == SectionKind.COVER) {
        b.append(s.text(), 0, Math.min(s.text().length(), 20_000)).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The name {@code p} finds most often, at least {@code minCount} times.
   *
   * @param inSentences count only mentions inside a sentence that do not read as another party's (a
   *     name alone on its line is a letter's addressee; see {@link #AGENT_AFTER})
   */
  private static String mostFrequent(
      Pattern p, String text, int minCount, String ticker, boolean inSentences) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> inSentence = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    String best = null;
    Matcher m = p.matcher(text);
    while (m.find()) {
      String n = tidy(m.group(1));
      if (!plausible(n, ticker)) {
        continue;
      }
      if (inSentences) {
        Mention kind = mention(text, m.start(), m.end());
        if (kind == Mention.ANOTHER_PARTY) {
          continue;
        }
        if (kind == Mention.IN_A_SENTENCE) {
          inSentence.merge(n, 1, Integer::sum);
        }
      }
      counts.merge(n, 1, Integer::sum);
      first.putIfAbsent(n, m.start());
    }
    // The most frequent; ties go to the name written first (a filing names itself first).
    for (String n : counts.keySet()) {
      if (best == null
          || counts.get(n) > counts.get(best)
          || (counts.get(n).equals(counts.get(best)) && first.get(n) < first.get(best))) {
        best = n;
      }
    }
    // A name only ever alone on its line (a letter's addressee) is not taken.
    boolean written = !inSentences || inSentence.containsKey(best);
    return best != null && counts.get(best) >= minCount && written ? best : null;
  }

  /** How a name is mentioned. */
  private enum Mention {
    IN_A_SENTENCE,
    ALONE_ON_ITS_LINE,
    ANOTHER_PARTY
  }

  private static Mention mention(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 160));
    String before = text.substring(Math.max(0, start - 40), start);
    if (NOT_THE_FILER_AFTER.matcher(after).find()
        || AGENT_AFTER.matcher(after).find()
        || OF_BEFORE.matcher(before).find()) {
      return Mention.ANOTHER_PARTY;
    }
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
    return line.length() <= end - start + 2 ? Mention.ALONE_ON_ITS_LINE : Mention.IN_A_SENTENCE;
  }

  private static String tidy(String s) {
    String t = s.trim();
    Matcher date = DATE_IN_NAME.matcher(t);
    int cut = -1;
    while (date.find()) {
      cut = date.end();
    }
    if (cut > 0) {
      t = t.substring(cut); // a dateline: "SPRINGFIELD, Ill., June 21, 2005 Widgetco"
    }
    t = LEADING_WORDS.matcher(t).replaceAll("").replaceAll("[,\\s]+$", "");
    // "About Agilent Technologies Agilent Technologies Inc.": a heading run into the name.
    String[] words = t.split(" ");
    for (int i = 1; i < words.length; i++) {
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
      String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
      String h = head.replaceFirst("^About ", "");
      if (rest.equals(h) || rest.startsWith(h + " ")) {
        return rest;
      }
    }
    return t;
  }
}
