package io.filingssearch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registrant's subsidiaries a section names ("X, a wholly-owned subsidiary of the Company",
 * "95%-owned subsidiary, X", "RB98 Inc. (Merger Sub)") and their defined terms, as name keys: read
 * once per section for {@link SectionNames}. Not thread-safe; one instance per section.
 */
final class Subsidiaries {
  private final String body;
  private final List<Integer> suffixEnds;
  private final Predicate<String> isRegistrant;
  private final Set<String> subsidiaries = new HashSet<>();

  private Subsidiaries(String body, List<Integer> suffixEnds, Predicate<String> isRegistrant) {
    this.body = body;
    this.suffixEnds = suffixEnds;
    this.isRegistrant = isRegistrant;
  }

  /**
   * The keys of the subsidiaries the section names.
   *
   * @param body the section's text, boilerplate blanked
   * @param suffixEnds where the legal forms written in the text end, ascending
   * @param isRegistrant whether a canonical name is the registrant's
   * @return the subsidiaries' name keys
   */
  static Set<String> of(String body, List<Integer> suffixEnds, Predicate<String> isRegistrant) {
    return new Subsidiaries(body, suffixEnds, isRegistrant).find();
  }

  private Set<String> find() {
    Near before = Near.at(SUBSIDIARY_BEFORE, body, "subsidiar");
    Matcher m = before.matcher();
    while (before.find()) {
      int end = Names.nameEnd(body, m.end());
      if (end > 0) {
        subsidiary(body.substring(m.end(), end), end);
      }
    }
    // "RB98 Inc. (Merger Sub)": a party the agreement itself calls the merger sub.
    if (body.indexOf("Sub)") >= 0
        || body.indexOf("Sub\u201d)") >= 0
        || body.indexOf("Sub\")") >= 0) {
      for (int end : suffixEnds) {
        int open = end;
        while (open < body.length() && open < end + 2 && body.charAt(open) == ' ') {
          open++;
        }
        if (open < body.length()
            && body.charAt(open) == '('
            && MERGER_SUB_TERM
                .matcher(body)
                .region(end, Math.min(body.length(), end + 40))
                .lookingAt()) {
          int start = Names.nameStart(body, end);
          if (start >= 0) {
            subsidiary(body.substring(start, end), end);
          }
        }
      }
    }
    // "X, a wholly-owned subsidiary of the Company": look after each name with a legal form.
    // SUBSIDIARY_AFTER needs "subsidiary" within its reach: most sections have none.
    int nextSubsidiary = body.indexOf("subsidiary");
    for (int end : suffixEnds) {
      if (nextSubsidiary >= 0 && nextSubsidiary < end) {
        nextSubsidiary = body.indexOf("subsidiary", end);
      }
      if (nextSubsidiary < 0) {
        break;
      }
      if (nextSubsidiary + "subsidiary".length() > end + SUBSIDIARY_REACH) {
        continue;
      }
      Matcher after =
          SUBSIDIARY_AFTER
              .matcher(body)
              .region(end, Math.min(body.length(), end + SUBSIDIARY_REACH));
      boolean isSubsidiary = after.lookingAt();
      int described = isSubsidiary ? after.end() : -1;
      if (!isSubsidiary) {
        // "X Ltd., a company organized under ... and a wholly owned subsidiary of Parent", where
        // Parent is a subsidiary named before (or the registrant under another name).
        Matcher of =
            SUBSIDIARY_OF
                .matcher(body)
                .region(end, Math.min(body.length(), end + SUBSIDIARY_REACH));
        if (of.lookingAt()) {
          int ofEnd = Names.nameEnd(body, of.end());
          String owner = ofEnd > 0 ? Names.canonical(body.substring(of.end(), ofEnd)) : null;
          if (owner != null
              && (subsidiaries.contains(Names.key(owner)) || isRegistrant.test(owner))) {
            isSubsidiary = true;
            described = ofEnd;
          }
        }
      }
      if (isSubsidiary) {
        int start = Names.nameStart(body, end);
        if (start >= 0) {
          subsidiary(body.substring(start, end), end);
          // Its defined term after the description: "..., a wholly owned subsidiary of the
          // Company ("Parent")".
          aliasAt(skipOwner(described));
        }
      }
    }
    return subsidiaries;
  }

  /** A defined term naming a merger or acquisition subsidiary: "(Merger Sub)", "(the "Sub")". */
  private static final Pattern MERGER_SUB_TERM =
      Pattern.compile(
          "\\s*\\((?:the\\s+)?[\"\u201c]?(?:Merger|Acquisition|Purchaser|Acquiror)?\\s*Sub"
              + "(?:sidiary)?[\"\u201d]?\\)");

  /** Where the words naming the owner after "subsidiary of" end ("the Company", "us"). */
  private int skipOwner(int from) {
    Matcher owner = OWNER.matcher(body).region(from, Math.min(body.length(), from + ALIAS_REACH));
    return owner.lookingAt() ? owner.end() : from;
  }

  /** A subsidiary's defined term written at {@code at}, if any. */
  private void aliasAt(int at) {
    Matcher d = ALIAS_AFTER.matcher(body).region(at, Math.min(body.length(), at + ALIAS_REACH));
    if (d.lookingAt()) {
      String a = Names.canonical(d.group(1));
      if (a != null) {
        subsidiaries.add(Names.key(a));
      }
    }
  }

  private void subsidiary(String name, int end) {
    String c = Names.canonical(name);
    if (c == null) {
      return;
    }
    subsidiaries.add(Names.key(c));
    // "among the Company, Pioneer and SPQR, LLC, a wholly owned subsidiary": the name read back
    // from the legal form takes in the "and"; the subsidiary is the name after it.
    int and = name.lastIndexOf(" and ");
    if (and > 0) {
      String last = Names.canonical(name.substring(and + 5));
      if (last != null) {
        subsidiaries.add(Names.key(last));
      }
    }
    // Its defined term or abbreviation, written right after it.
    aliasAt(end);
  }

  // How far past a name "subsidiary" is looked for, and its defined term.
  private static final int SUBSIDIARY_REACH = 160;
  private static final int ALIAS_REACH = 60;

  /** "95%-owned subsidiary, Apoptosis Technology, Inc.". */
  private static final Pattern SUBSIDIARY_BEFORE =
      Pattern.compile("\\bsubsidiar(?:y|ies),?\\s+(?=[A-Z])");

  /**
   * "X, a wholly-owned subsidiary of ...", "X, a Delaware corporation and (a) wholly owned ...".
   */
  /** Without an article, a description of a subsidiary starts with how it is owned. */
  private static final String OWNED = "(?=(?:wholly|majority|indirect|direct)\\b)";

  private static final Pattern SUBSIDIARY_AFTER =
      Pattern.compile(
          "^,?\\s*(?:\\([^)]{0,60}\\)\\s*,?\\s*)?(?:an? [\\w ]{0,80}?(?:and|,)\\s+"
              + "(?:(?:an?|its|our|the Company's|the Registrant's)\\s+|"
              + OWNED
              + ")"
              + "|(?:an?|its|our|the Company's|the Registrant's)\\s+)[\\w%\\- ]{0,40}?subsidiary"
              + "(?!\\s+of\\s+(?!the Company|us\\b|the Registrant)[A-Z])");

  /**
   * "X Ltd., a company organized under the laws of Israel and a wholly owned subsidiary of ": the
   * owner's name follows.
   */
  private static final Pattern SUBSIDIARY_OF =
      Pattern.compile(
          "^,?\\s*(?:\\([^)]{0,60}\\)\\s*,?\\s*)?(?:an? [\\w ]{0,80}?(?:and|,)\\s+"
              + "(?:(?:an?|its)\\s+|"
              + OWNED
              + ")|(?:an?|its)\\s+)"
              + "[\\w%\\- ]{0,40}?subsidiary\\s+of\\s+(?:the\\s+)?(?=[A-Z])");

  /** The owner named after "subsidiary of", as the registrant names itself. */
  private static final Pattern OWNER =
      Pattern.compile("^\\s*(?:of\\s+)?(?:the Company|the Registrant|us|our Company)\\b");

  /** A defined term or abbreviation right after a name: {@code , ("Delphi")}, {@code (ATI)}. */
  private static final Pattern ALIAS_AFTER =
      Pattern.compile(
          ",?\\s*\\(\\s*(?:the\\s+)?[\"\u201c]?([A-Z][A-Za-z&\\- ]{0,30}?)[\"\u201d]?\\s*\\)");
}
