package io.filingssearch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's titles read as names: "President and Chief Executive Officer of Alcan" names Alcan, and
 * "Chief Financial Officer" names nobody. Stateless.
 */
final class Titles {
  private Titles() {}

  private static final String TITLE_WORD =
      "(?:President|Vice|Executive|Senior|Chief|Officer|Operating|Financial|Accounting|Technology"
          + "|Chairman|Chairwoman|Chair|Director|Directors|Managing|General|Counsel|Treasurer"
          + "|Secretary|Controller|Head|Founder|Co-Founder|Partner|Principal|CEO|CFO|COO|CTO"
          + "|Member|Board|Group|Global|Corporate|Deputy|Assistant|Lead|Independent)";

  /**
   * A person's title right after a name: "Nikesh Arora, Google's Senior Vice President", "Jane Doe,
   * our Chief Financial Officer".
   */
  private static final Pattern TITLE_AFTER =
      Pattern.compile(
          ",\\s+(?:(?:[A-Z][\\w.&-]*\\s+){0,3}[A-Z][\\w.&-]*['\u2019]s\\s+|our\\s+|its\\s+|the\\s+"
              + "Company['\u2019]s\\s+)?(?:Senior|Executive|Chief|Vice|President|Chairman|Chairwoman"
              + "|Director|General\\s+Counsel|Treasurer|Secretary|Controller)\\b");

  /** Whether a person's title follows the name ending at {@code end}. */
  static boolean after(String body, int end) {
    return TITLE_AFTER.matcher(body).region(end, Math.min(body.length(), end + 80)).lookingAt();
  }

  /** Title words, then "of" and the organization: group 1. */
  private static final Pattern TITLE_OF =
      Pattern.compile(
          "^(?:"
              + TITLE_WORD
              + "(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+))*"
              + TITLE_WORD
              + "\\s+of\\s+(?:the\\s+)?(.+)$");

  /** Title words only. */
  private static final Pattern TITLE_ONLY =
      Pattern.compile(
          "^(?:" + TITLE_WORD + "(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+))*" + TITLE_WORD + "$");

  /**
   * The organization a name holds once a person's title is taken off.
   *
   * @param name a name as written
   * @return the organization after "... Officer of", the name itself when it holds no title, or
   *     null when it is a title alone
   */
  static String strip(String name) {
    if (TITLE_ONLY.matcher(name).matches()) {
      return null;
    }
    Matcher m = TITLE_OF.matcher(name);
    return m.matches() ? m.group(1) : name;
  }
}
