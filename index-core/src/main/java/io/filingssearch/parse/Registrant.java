package io.filingssearch.parse;

import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
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
          "^(?:(?:The )?Board of Directors of |(?:The )?Board of |Of |On |In |By |And |The Board |(?:[A-Z][A-Z .]+, )?[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4},? )+");
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
      String name = mostFrequent(own, text, 1);
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
        if (plausible(n)) {
          String key =
              n.toLowerCase(java.util.Locale.ROOT)
                  .replaceAll("[^a-z0-9]", "")
                  .replaceAll("(inc|corp|corporation)$", "");
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
    String name = mostFrequent(SUFFIXED, text, 2);
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

  private static boolean plausible(String n) {
    String first = n.split("[ ,']")[0];
    return n.length() >= 4 && n.split(" ").length <= 6 && !NOT_NAMES.contains(first);
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

  private static String mostFrequent(Pattern p, String text, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    Matcher m = p.matcher(text);
    while (m.find()) {
      String n = tidy(m.group(1));
      if (!plausible(n)) {
        continue;
      }
      int c = counts.merge(n, 1, Integer::sum);
      if (best == null || c > counts.get(best)) {
        best = n;
      }
    }
    return best != null && counts.get(best) >= minCount ? best : null;
  }

  private static String tidy(String s) {
    return LEADING_WORDS.matcher(s.trim()).replaceAll("").replaceAll("[,\\s]+$", "");
  }
}
