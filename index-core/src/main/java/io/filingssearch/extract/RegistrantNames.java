package io.filingssearch.extract;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
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

  /** An Item's opening: "On October 2, 2007, X" or "As previously reported, X". */
  private static final Pattern OPENING =
      Pattern.compile(
          "(?:^|[.:]\\s+|\\n)(?:On|Effective|As of|As previously (?:reported|disclosed|announced)"
              + "(?: on)?)\\s+(?:[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*)?,?\\s+(?=[A-Z])");

  /** What follows the registrant's name at an opening: a (blanked) defined term or a verb. */
  private static final Pattern AFTER_OPENING_NAME =
      Pattern.compile(
          ",?\\s*(?:\\([^)]{0,40}\\)\\s*)?,?\\s*(?:a\\s+[A-Z][a-z]+\\s+corporation\\s*,?\\s*)?"
              + "(?:and\\s+(?:certain\\s+of\\s+)?its\\s+|has\\s+|have\\s+|had\\s+|hereby\\s+|today\\s+)?"
              + "(?:entered|announced|issued|received|filed|completed|amended|signed|reported"
              + "|executed|agreed|closed|sold|acquired|redeemed|priced|appointed|elected|named"
              + "|amends|notified|adopted|approved|will|and\\b)");

  // How far into an Item an opening is looked for (past the cover's check-box text of Stanford's).
  private static final int OPENING_REACH = 1_500;
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
    for (Section s : filing.sections()) {
      String text = s.text();
      if (s.kind() == SectionKind.ITEM) {
        String head = text.substring(0, Math.min(text.length(), OPENING_REACH));
        Matcher o = OPENING.matcher(head);
        if (o.find()) {
          int end = Names.nameEnd(text, o.end());
          if (end > 0
              && AFTER_OPENING_NAME
                  .matcher(text)
                  .region(end, Math.min(text.length(), end + 80))
                  .lookingAt()) {
            add(out, text.substring(o.end(), end));
          }
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

  private static void add(Set<String> out, String name) {
    String c = Names.canonical(name.strip());
    if (c != null && Names.key(c).length() >= 2 && !Character.isLowerCase(c.charAt(0))) {
      out.add(name.strip());
    }
  }
}
