package io.filingssearch.extract;

import io.filingssearch.internal.CompanyNames;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues that name firms by a service they give the registrant or an opinion they give of it,
 * rather than by a deal: auditors, underwriters and advisors engaged or dismissed ("engaged Globex
 * LLP as its independent registered public accounting firm"), auditors named after their role or
 * signing a letter or consent, and rating agencies acting on a rating ("Globex Ratings lowered its
 * rating"). Each partner found gets its role. Stateless.
 */
final class FirmCues {
  private FirmCues() {}

  /**
   * "Standard and Poor's Ratings Services lowered its rating", "Moody's placed its rating under
   * review": a rating agency whose action the section reports. The verb must be followed by a
   * rating within its clause.
   */
  private static final Cue RATED =
      Cue.of(
          "(?<=[A-Za-z.)])\\s+(?:has |have |had |today |also |recently )*" + Cue.WORDS + "\\b",
          "lowered",
          "raised",
          "downgraded",
          "upgraded",
          "affirmed",
          "placed",
          "assigned",
          "revised",
          "withdrew",
          "confirmed",
          "reaffirmed",
          "cut",
          // "Moody's Investors Service announced the following ratings changes for Acme"
          "announced");

  /** The rating a rating verb acts on, within its clause: "its corporate credit rating". */
  private static final Pattern RATING_AFTER = Pattern.compile("^[^.;]{0,90}?\\bratings?\\b");

  // A match of RATED starts at most this far before its verb.
  private static final int RATED_LEAD = 30;
  // How far past a rating verb its rating is looked for.
  private static final int RATING_REACH = 100;

  /** Adds the rating agencies whose action on a rating the text reports. */
  static void ratings(String body, List<Mention> out) {
    if (body.indexOf("ating") < 0) {
      return; // no "rating" nor "Rating": one pass instead of one a verb
    }
    Near near =
        Near.find(RATED.pattern(), body, RATED_LEAD, 0, Near.afterWord(body), RATED.triggers());
    Matcher m = near.matcher();
    while (near.find()) {
      if (!RATING_AFTER
          .matcher(body)
          .region(m.end(), Math.min(body.length(), m.end() + RATING_REACH))
          .lookingAt()) {
        continue;
      }
      int start = Names.nameStart(body, m.start());
      if (start >= 0) {
        out.add(
            new Mention(
                body.substring(start, m.start()).trim(), start, true, PartnerRoles.RATING_AGENCY));
      }
    }
  }

  /** "engaged KPMG LLP as its independent registered public accounting firm", "dismissed X". */
  private static final Cue ENGAGED =
      Cue.of(
          "\\b" + Cue.WORDS + "\\s+(?:of\\s+)?(?:the\\s+)?(?=[A-Z])",
          "engaged",
          "engage",
          "dismissed",
          "dismiss",
          "appointed",
          "retained",
          "ratified",
          "selected",
          "engagement",
          "dismissal",
          "appointment",
          // Proxy proposals, capitalized: "Ratification of Selection of Deloitte & Touche LLP as
          // our Independent Registered Public Accounting Firm".
          "selection",
          "Selection",
          "Appointment",
          "Engagement",
          "underwritten by",
          "advised by");

  /** What makes an engaged name a firm the registrant hires: auditors, underwriters, advisors. */
  private static final Pattern HIRED_AS =
      Pattern.compile(
          "(?i)accounting firm|auditors?\\b|accountants?\\b|underwrit|financial advis|legal counsel");

  /**
   * "the audit committee's decision to engage X": the auditor, named in its predecessor's letter.
   */
  private static final Pattern AUDIT_COMMITTEE_DECISION =
      Pattern.compile("(?i)audit\\s+committee['\u2019]s\\s+decision\\s+to\\s+$");

  // How far past an engaged name its role ("as ... independent auditors") is looked for.
  private static final int HIRED_REACH = 160;

  /**
   * Whether the text has a word of the roles firms are hired for ({@code HIRED_AS}: accounting
   * firm, auditors, accountants, underwriters, advisors, counsel), which the cues of engaged firms
   * need: five vectorized passes, instead of one for each of their words in the many sections that
   * hire no firm. Written in capitals only ("AUDITORS") such a word is not seen.
   */
  static boolean hires(String body) {
    return body.indexOf("udit") >= 0
        || body.indexOf("ccount") >= 0
        || body.indexOf("nderwrit") >= 0
        || body.indexOf("dvis") >= 0
        || body.indexOf("ounsel") >= 0;
  }

  /** Adds the firms the text says were engaged or dismissed as auditors, advisors, underwriters. */
  static void engaged(String body, List<Mention> out) {
    Near near = Near.at(ENGAGED, body);
    Matcher m = near.matcher();
    while (near.find()) {
      int end = Names.nameEnd(body, m.end());
      Matcher hired =
          end > 0
              ? HIRED_AS.matcher(body).region(end, Math.min(body.length(), end + HIRED_REACH))
              : null;
      if (hired == null) {
        continue;
      }
      if (!hired.find()) {
        // "dismissed X as its auditors and engaged Y.": the role is written earlier in the
        // sentence.
        int from = Math.max(0, m.start() - HIRED_REACH);
        int sentence = body.lastIndexOf(". ", m.start());
        hired = HIRED_AS.matcher(body).region(Math.max(from, sentence + 1), m.start());
        if (!hired.find()) {
          Matcher decision =
              AUDIT_COMMITTEE_DECISION.matcher(body).region(Math.max(0, m.start() - 40), m.start());
          if (decision.find()) {
            out.add(new Mention(body.substring(m.end(), end), m.end(), true, PartnerRoles.AUDITOR));
          }
          continue;
        }
      }
      out.add(
          new Mention(
              body.substring(m.end(), end),
              m.end(),
              true,
              PartnerRoles.of(hired.group() + " " + m.group())));
    }
  }

  /** "Globex LLP was dismissed as", "Globex LLP has been engaged as": the firm before the verb. */
  private static final Cue ENGAGED_PASSIVE =
      Cue.of(
          "(?<=[A-Za-z.)])(?:\\s*\\([^)]{1,40}\\))?,?\\s+(?:was|were|has been|have been|had been|will be)\\s+"
              + Cue.WORDS
              + "\\b",
          "dismissed",
          "engaged",
          "appointed",
          "retained",
          "selected",
          "replaced");

  // A match of ENGAGED_PASSIVE starts at most this far before its verb.
  private static final int ENGAGED_PASSIVE_LEAD = 60;

  /**
   * "Globex LLP resigned as independent accountants", "Globex LLP declined to stand for
   * re-election": a firm that leaves of its own accord, before the verb.
   */
  private static final Cue RESIGNED =
      Cue.of(
          "(?<=[A-Za-z.)])(?:\\s*\\([^)]{1,40}\\))?,?\\s+(?:has\\s+|had\\s+)?" + Cue.WORDS + "\\b",
          "resigned",
          "declined");

  /**
   * Adds the firms the text says were engaged or dismissed, or resigned, written before the verb.
   */
  static void engagedPassive(String body, List<Mention> out) {
    firmsBefore(body, ENGAGED_PASSIVE, out);
    firmsBefore(body, RESIGNED, out);
  }

  private static void firmsBefore(String body, Cue cue, List<Mention> out) {
    Near near =
        Near.find(
            cue.pattern(), body, ENGAGED_PASSIVE_LEAD, 0, Near.afterWord(body), cue.triggers());
    Matcher m = near.matcher();
    while (near.find()) {
      Matcher hired =
          HIRED_AS.matcher(body).region(m.end(), Math.min(body.length(), m.end() + HIRED_REACH));
      int start = Names.nameStart(body, m.start());
      if (start >= 0 && hired.find()) {
        out.add(
            new Mention(
                body.substring(start, m.start()).trim(),
                start,
                true,
                PartnerRoles.of(hired.group() + " " + m.group())));
      }
    }
  }

  /** "its independent registered public accounting firm, Globex LLP": the firm after its role. */
  private static final Cue AUDITOR_NAMED =
      Cue.of(
          "\\b(?i:" + Cue.WORDS + "),\\s+(?:the\\s+)?(?=[A-Z])",
          "accounting firm",
          "auditors",
          "auditor",
          "accountants");

  // A match of AUDITOR_NAMED ends at most this far past its role noun (", the ").
  private static final int AUDITOR_NAMED_TAIL = 8;

  /** Adds the accounting firms written after their role, with a legal form or an "&". */
  static void auditorsNamed(String body, List<Mention> out) {
    // The words without their first letter, which may be a capital: case-sensitive passes, which
    // are vectorized; "uditor" is in "auditors" too.
    Near near =
        Near.find(
            AUDITOR_NAMED.pattern(),
            body,
            1,
            AUDITOR_NAMED_TAIL,
            "ccounting firm",
            "uditor",
            "ccountants");
    Matcher m = near.matcher();
    while (near.find()) {
      firmAt(body, m.end(), out);
    }
  }

  /**
   * Adds the accounting firm named at {@code pos}, when the name is a firm's: written with a legal
   * form ("Globex LLP") or an "&" ("Smith & Jones").
   */
  private static void firmAt(String body, int pos, List<Mention> out) {
    int end = Names.nameEnd(body, pos);
    if (end < 0) {
      return;
    }
    end = Names.firmEnd(body, end);
    String name = body.substring(pos, end);
    if (CompanyNames.endsWithLegalForm(name) || name.contains("&")) {
      out.add(new Mention(name, pos, true, PartnerRoles.AUDITOR));
    }
  }

  /** "/s/ Globex LLP", or the firm's name alone on a line: a firm signing a letter or consent. */
  private static final Pattern SIGNING_LINE =
      Pattern.compile(
          "(?m)(?:/s/[ \\t]*(?=[A-Z][^\\n]{0,80}(?:Inc\\.|Ltd\\.|Limited|Chartered Accountants)[^\\n]{0,40}$)"
              + "|(?:/s/[ \\t]*|^[ \\t]*)(?=[A-Z][^\\n]{0,80}(?:LLP|L\\.L\\.P\\.|P\\.C\\.|&)[^\\n]{0,40}$))");

  /** What an auditor's letter or consent says: "We have read Item 4.01", "We consent to". */
  private static final Pattern AUDITOR_LETTER =
      Pattern.compile("(?i)\\bwe (?:hereby )?consent\\b|\\bwe have read\\b");

  // How far before its trigger ("consent", "have read") a match of AUDITOR_LETTER starts.
  private static final int LETTER_LEAD = "we hereby ".length();

  /** What it is about: the financial statements it audited, or the change of auditors. */
  private static final Pattern AUDIT_WORDS =
      Pattern.compile(
          "(?i)financial statements|our reports?\\b|accounting firm|\\bauditors?\\b|\\baccountants?\\b"
              + "|item 4(?:\\.0?1)?\\b");

  /**
   * Adds the accounting firm that signs a section that is its letter on a change of auditors or its
   * consent to the use of its report: "/s/ Globex LLP" under "We consent to the incorporation by
   * reference of our report ... on the financial statements".
   */
  static void auditorLetters(String body, List<Mention> out) {
    // Most sections are neither letters nor consents: their words are looked for first, with the
    // vectorized String.indexOf.
    if (body.indexOf("have read") < 0 && body.indexOf("consent") < 0
        || !Near.findIgnoreCase(AUDITOR_LETTER, body, LETTER_LEAD, 0, "consent", "have read").find()
        || !AUDIT_WORDS.matcher(body).find()) {
      return;
    }
    // A signing line starts at "/s/" or at the start of a line: the pattern is tried only there.
    Near near = Near.at(SIGNING_LINE, body, signingStarts(body));
    Matcher m = near.matcher();
    while (near.find()) {
      int pos = m.end();
      Matcher heading = HEADING_OF.matcher(body).region(pos, Math.min(body.length(), pos + 20));
      // "CONSENT OF ERNST & YOUNG LLP, INDEPENDENT AUDITORS": the heading names the firm.
      firmAt(body, heading.lookingAt() ? heading.end() : pos, out);
    }
  }

  /** The words of a letter's or consent's heading before the firm's name: "Consent of". */
  private static final Pattern HEADING_OF =
      Pattern.compile("(?i:consent|report|letter)\\s+(?i:of)\\s+");

  /** The start of the text, of each line and each "/s/": where a signing line may start. */
  private static int[] signingStarts(String body) {
    int[] slashes = Near.occurrences(body, "/s/");
    int[] out = Arrays.copyOf(slashes, slashes.length + 16);
    int n = slashes.length;
    for (int i = -1; i < body.length(); i++) {
      if (i < 0 || isLineEnd(body.charAt(i))) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i + 1;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** What ends a line for {@code ^} in multiline mode. */
  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
