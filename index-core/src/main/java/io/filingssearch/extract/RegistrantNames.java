package io.filingssearch.extract;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.internal.CompanyNames;
import io.filingssearch.internal.WordList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a filing gives its registrant, none of which is ever a partner: the name the parser
 * read (EDGAR header or cover page), the names the text defines as "the Company" or "the
 * Registrant", and the name that opens an Item's report ("On May 21, 2003, Agilent Technologies,
 * Inc. announced ..."), which an 8-K writes for its filer. Stanford's texts name no registrant and
 * blank the defined terms ({@code Alcoa Inc. ("")}), so the opening is often the only name there
 * is. Stateless.
 */
final class RegistrantNames {
  private RegistrantNames() {}

  /**
   * {@code X (the "Company")}, {@code X ("Registrant")}, {@code X (herein called the "Company"}.
   */
  private static final Pattern DEFINED_AS_REGISTRANT =
      Pattern.compile(
          "\\((?:[^()\"\u201c]{0,40}?)[\"\u201c](?:Company|Registrant|Issuer|we|us|our)[\"\u201d]");

  /** The end of the cover's check-box text that Stanford's texts keep before an Item's report. */
  private static final Pattern CHECK_BOX =
      Pattern.compile("following provisions(?:\\s*\\([^)\\n]{0,40}\\)+)?:\\s*(?:see\\s+)?");

  /** Where the report's first sentence ends: a period followed by white space and a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=[A-Z])");

  /**
   * What makes the name before it the subject of the report's first sentence: an optional (blanked)
   * defined term or description, then a verb ("entered", "announced", "will", "held").
   */
  private static final Pattern SUBJECT_VERB =
      Pattern.compile(
          ",?\\s*(?:\\([^)]{0,40}\\)\\s*)?,?\\s*(?:an?\\s+[A-Z][a-z]+\\s+corporation\\s*,?\\s*)?"
              + "(?:and\\s+(?:certain\\s+of\\s+)?its\\s+[a-z ]{0,30}?)?"
              + "(?:(?:has|have|had|hereby|today|also|will|is|was|has\\s+been)\\s+)*"
              + "(?:will|[a-z]{2,}ed|held|made|sold|paid|gave|took|began|became|bought|won|set|amends"
              + "|announces|reports)\\b");

  /** A name's possessive before what the filing attaches: "a copy of Alcoa Inc.'s 2008 Report". */
  private static final Pattern POSSESSIVE_REPORT =
      Pattern.compile("['\u2019]s\\s+(?:[\\w-]+\\s+){0,4}?(?:[Rr]eport|press release|results)\\b");

  /** The report's sentence speaks of the registrant in the third person: its subject is another. */
  private static final Pattern NAMES_REGISTRANT =
      Pattern.compile("\\b(?:the Company|the Registrant|the registrant|we|our|us)\\b");

  /**
   * A press release's first name, with its ticker, announcing: "Alcoa (NYSE: AA) today reported".
   */
  private static final Pattern RELEASE_SUBJECT =
      Pattern.compile(
          "\\s*\\((?:NYSE|Nasdaq|NASDAQ|AMEX|Amex)[^:)]{0,20}:\\s*[A-Z.]{1,6}\\)\\s*"
              + "(?:today\\s+)?(?:announced|reported)(?:\\s+today)?\\b");

  /** An "About X" heading of a press release: the block describes its issuer. */
  private static final Pattern ABOUT = Pattern.compile("(?m)^\\s*(?:About|ABOUT)\\s+(?=[A-Z])");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Set<String> STOP_FIRST =
      WordList.load(RegistrantNames.class, "first-word-stops.txt");

  /** A name's own short name right after it: {@code ("Alcoa")}, {@code (the "Company")}. */
  private static final Pattern SELF_DEFINED =
      Pattern.compile(
          "\\s*\\((?:the\\s+|herein\\s+)?[\"\u201c][A-Z][^\"\u201d()]{0,40}[\"\u201d]\\)");

  /**
   * The verb of a subject whose apposition ends before it: ", a ... of Alcoa (...), entered into".
   */
  private static final Pattern VERB_PAST_APPOSITION =
      Pattern.compile(
          ",[^;]*?,\\s+(?:has\\s+|have\\s+)?(?:entered\\s+into|agreed|signed|executed|completed"
              + "|amended|announced)\\b");

  // How far past the second name its verb may be.
  private static final int APPOSITION_REACH = 320;

  /** "X ("X") and ": a second name joined to the first. */
  private static final Pattern JOINED =
      Pattern.compile(",?\\s*(?:\\([^)]{0,40}\\)\\s*)?,?\\s+and\\s+(?:the\\s+)?(?=[A-Z])");

  private static final Pattern AND = Pattern.compile("\\sand\\s");

  // How far into an Item its first sentence is looked for, and how long it may be.
  private static final int OPENING_REACH = 1_500;
  private static final int SENTENCE_REACH = 600;
  // How far into a press release its announcing name is looked for.
  private static final int RELEASE_REACH = 400;
  // How far into a section a defined "Company" is looked for.
  private static final int DEFINED_REACH = 20_000;

  /**
   * The registrant's names in the filing.
   *
   * @param filing the parsed filing
   * @return the names as written, the parser's first; empty when none is known
   */
  static List<String> of(Filing filing) {
    Set<String> out = new LinkedHashSet<>();
    if (filing.company() != null && !filing.company().isBlank()) {
      out.add(filing.company());
    }
    Pattern ownTicker = ownTicker(filing.ticker());
    for (Section s : filing.sections()) {
      String text = s.text();
      if (ownTicker != null) {
        // "Alcoa Inc. (NYSE: AA)" in a filing filed under AA: the filer, by any name it uses.
        // Tried only at the text's "(", where every match starts.
        Near near = Near.at(ownTicker, text, "(");
        Matcher t = near.matcher();
        while (near.find()) {
          int start = Names.nameStart(text, t.start());
          if (start >= 0) {
            add(out, text.substring(start, t.start()));
          }
        }
      }
      if (s.kind() == SectionKind.ITEM) {
        opening(text, out);
      } else if (s.kind() == SectionKind.EXHIBIT
          && s.exhibit() != null
          && s.exhibit().startsWith("99")) {
        releaseSubject(text, out);
        if (filing.company() == null) {
          about(text, out);
        }
      }
      // Only in an Item: in an agreement filed as an exhibit "the Company" may be the other party.
      if (s.kind() == SectionKind.ITEM) {
        String head = text.substring(0, Math.min(text.length(), DEFINED_REACH));
        Matcher d = DEFINED_AS_REGISTRANT.matcher(head);
        while (d.find()) {
          int start = Names.nameStart(text, d.start());
          if (start >= 0) {
            add(out, text.substring(start, d.start()));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** A ticker of the filer's own after a name: "(NYSE: AA)", "(Nasdaq: AAN, ...)". */
  private static Pattern ownTicker(String ticker) {
    if (ticker == null || ticker.isBlank()) {
      return null;
    }
    return Pattern.compile(
        "\\((?:NYSE|Nasdaq|NASDAQ|AMEX|Amex|NasdaqGS|NasdaqGM)[^:)]{0,20}:\\s*"
            + Pattern.quote(ticker.strip())
            + "(?![A-Za-z])");
  }

  /** The subject of an Item's first sentence, when it is not speaking of "the Company". */
  private static void opening(String text, Set<String> out) {
    int from = 0;
    Matcher box = CHECK_BOX.matcher(text).region(0, Math.min(text.length(), OPENING_REACH));
    if (box.find()) {
      from = box.end();
    }
    int to = Math.min(text.length(), from + SENTENCE_REACH);
    Matcher end = SENTENCE_END.matcher(text).region(from, to);
    if (end.find()) {
      to = end.start();
    }
    if (NAMES_REGISTRANT.matcher(text).region(from, to).find()) {
      return;
    }
    // The sentence's first name (after its date) when a verb follows it, alone or joined with
    // another ("Alcoa Inc. and Saudi Arabian Mining Company entered into"): an 8-K names its filer
    // first. And a name after a comma that a verb follows: the subject of the main clause after a
    // leading one ("Starting with the third quarter, Agilent Technologies, Inc. will report").
    boolean first = true;
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(text.charAt(i))
          || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      int nameEnd = Names.nameEnd(text, i);
      if (nameEnd < 0) {
        continue;
      }
      String name = text.substring(i, nameEnd);
      String firstWord = WHITE_SPACE.split(name, 2)[0];
      if (STOP_FIRST.contains(Names.strip(firstWord)) && !firstWord.equals("The")) {
        i = nameEnd; // "On October", "Effective"
        continue;
      }
      boolean afterComma = text.startsWith(", ", i - 2);
      if ((first || afterComma)
          && !AND.matcher(name).find()
          && !NAMES_REGISTRANT.matcher(name).find()
          && isSubject(text, nameEnd, first)) {
        add(out, name);
        return;
      }
      first = false;
      i = nameEnd;
    }
  }

  /** Whether a verb follows the name ending at {@code end}, or another name and then a verb. */
  private static boolean isSubject(String text, int end, boolean mayJoin) {
    int reach = Math.min(text.length(), end + 80);
    if (SUBJECT_VERB.matcher(text).region(end, reach).lookingAt()
        || POSSESSIVE_REPORT.matcher(text).region(end, reach).lookingAt()) {
      return true;
    }
    Matcher self = SELF_DEFINED.matcher(text).region(end, reach);
    if (mayJoin && self.lookingAt()) {
      // 'On July 10, 2007, Alcoa Inc. ("Alcoa") and Alcoa Holdco Canada ULC, a Nova Scotia ...
      // company and a wholly-owned subsidiary of Alcoa (...), entered into': the Item's first
      // name, defining its own short name and joined to a second name whose verb follows past
      // its apposition, is the filer whose report it is.
      Matcher and =
          JOINED.matcher(text).region(self.end(), Math.min(text.length(), self.end() + 80));
      if (and.lookingAt()) {
        int second = Names.nameEnd(text, and.end());
        if (second > 0) {
          Matcher verb =
              VERB_PAST_APPOSITION
                  .matcher(text)
                  .region(second, Math.min(text.length(), second + APPOSITION_REACH));
          return verb.lookingAt() && !SENTENCE_END.matcher(verb.group()).find();
        }
      }
    }
    Matcher and = JOINED.matcher(text).region(end, reach);
    if (mayJoin && and.lookingAt()) {
      int second = Names.nameEnd(text, and.end());
      return second > 0
          && SUBJECT_VERB
              .matcher(text)
              .region(second, Math.min(text.length(), second + 80))
              .lookingAt();
    }
    return false;
  }

  /** The name a press release opens with, written with its ticker and announcing. */
  private static void releaseSubject(String text, Set<String> out) {
    int to = Math.min(text.length(), RELEASE_REACH);
    for (int i = 0; i < to; i++) {
      if (!Character.isUpperCase(text.charAt(i))
          || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      int nameEnd = Names.nameEnd(text, i);
      if (nameEnd > 0
          && RELEASE_SUBJECT
              .matcher(text)
              .region(nameEnd, Math.min(text.length(), nameEnd + 60))
              .lookingAt()) {
        add(out, text.substring(i, nameEnd));
        return;
      }
      i = Math.max(i, nameEnd);
    }
  }

  /** The issuer of a release that has one "About X" block: a joint release has two. */
  private static void about(String text, Set<String> out) {
    Matcher m = ABOUT.matcher(text);
    String name = null;
    int n = 0;
    while (m.find() && n < 2) {
      int end = Names.nameEnd(text, m.end());
      if (end > 0) {
        name = text.substring(m.end(), end);
        n++;
      }
    }
    if (n == 1) {
      add(out, name);
    }
  }

  private static void add(Set<String> out, String name) {
    String c = Names.canonical(name.strip());
    if (c != null && Names.key(c).length() >= 2 && !Character.isLowerCase(c.charAt(0))) {
      out.add(name.strip());
    }
  }

  /**
   * The initials a section may write for the registrant whose name key is {@code key} ("amd" of
   * "advanced micro devices"), or null: three letters or more, or two ("ti") when the section names
   * the registrant in full.
   *
   * @param key the registrant's name key
   * @param body the section's text
   * @return the initials in lower case, or null
   */
  static String initials(String key, String body) {
    String initials = initialsOf(key);
    return initials != null && (initials.length() >= MIN_INITIALS || writesInFull(body, key))
        ? initials
        : null;
  }

  /**
   * The initials of a name of two or more words, other than its joining words ("amd" of "advanced
   * micro devices", "ibm" of "international business machines"), or null.
   */
  private static String initialsOf(String key) {
    StringBuilder b = new StringBuilder();
    for (String w : key.split(" ")) {
      if (!w.isEmpty() && !INITIALS_SKIP.contains(w)) {
        char c = w.charAt(0);
        if (!Character.isLetter(c)) {
          return null;
        }
        b.append(c);
      }
    }
    return b.length() >= 2 ? b.toString() : null;
  }

  /**
   * Whether the section writes the registrant's name in full ("Texas Instruments Incorporated"),
   * which makes its two-letter initials ("TI's memory business") its own, not another company's.
   */
  private static boolean writesInFull(String body, String key) {
    // Compared as keys: "Hewlett-Packard" and "Procter & Gamble" as their keys write them.
    return key.indexOf(' ') > 0
        && (" " + CompanyNames.key(body.replace('\n', ' ')) + " ").contains(" " + key + " ");
  }

  private static final Set<String> INITIALS_SKIP = Set.of("of", "and", "&", "the", "for", "de");
  // Two-letter initials are too often another company's, unless the section names the registrant
  // in full.
  private static final int MIN_INITIALS = 3;
}
