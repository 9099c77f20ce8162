package io.filingssearch.extract;

import io.filingssearch.internal.CompanyNames;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parties named after a deal word: "agreement ... with X", "collaboration between A and
 * X", "by and among A, B and C", "entered into ... with X", reading the whole list of names that
 * follows. Stateless.
 */
final class DealParties {
  private DealParties() {}

  /** The nouns of a deal, every form written out; a match is tried where one starts. */
  private static final List<String> DEAL_NOUNS =
      List.of(
          "agreement",
          "agreements",
          "contract",
          "contracts",
          "collaboration",
          "collaborations",
          "partnership",
          "partnerships",
          "alliance",
          "alliances",
          "arrangement",
          "arrangements",
          "licence",
          "licences",
          "license",
          "licenses",
          "licensing",
          "deal",
          "joint venture",
          "transaction",
          "transactions",
          "merger",
          "amendment",
          "amendments",
          "letter of intent",
          "memorandum of understanding",
          "settlement",
          "relationship",
          "venture",
          "understanding",
          "lease",
          "indenture",
          "indentures",
          "facility",
          "program",
          "negotiations",
          "discussions");

  /** Text within one sentence: a period only ends it when a capital follows. */
  static final String BRIDGE = "(?:[^.;]|\\.(?!\\s+[A-Z]))";

  // How far past a deal noun or verb the bridge lets "with" be, and how far a trigger is searched
  // for it (the bridge plus the length of the longest noun or verb).
  private static final int NOUN_BRIDGE = 100;
  private static final int VERB_BRIDGE = 120;
  private static final int NOUN_REACH = 130;
  private static final int VERB_REACH = 135;

  /** "agreement ... with X", "collaboration between A and X", "by and among A, B and C". */
  private static final Cue DEAL_WITH =
      Cue.of(
          "\\b(?i:"
              + Cue.WORDS
              + ")\\b("
              + BRIDGE
              + "{0,"
              + NOUN_BRIDGE
              + "}?)\\b(?:with|between|among)\\s+(?:and\\s+into\\s+)?(?:each of\\s+)?(?:the\\s+)?",
          DEAL_NOUNS);

  /** "entered into ... with X", "signed ... with X". */
  private static final Cue VERB_WITH =
      Cue.of(
          "\\b" + Cue.WORDS + "\\b(" + BRIDGE + "{0," + VERB_BRIDGE + "}?)\\bwith\\s+(?:the\\s+)?",
          "entered into",
          "signed",
          "executed",
          "reached",
          "completed",
          "closed",
          "finalized",
          "amended",
          // "settled the litigation with X", "has agreed to settle with X".
          "settled",
          "settle");

  /** "a syndicate of banks led by X and Y": the lenders who lead a financing. */
  private static final Cue LED_BY =
      Cue.of(
          "\\b(?:syndicate|group|consortium)\\s+of\\s+(?:[a-z]+\\s+){0,4}?"
              + Cue.WORDS
              + "\\s+(?:the\\s+)?",
          // With "by" in the trigger: "led" alone is in "filed", "called", "scheduled".
          "led by",
          "arranged by");

  // How far before "led by" a syndicate is looked for, and past it a match may end ("by the ").
  private static final int LED_BY_LEAD = 70;
  private static final int TRIGGER_TAIL = 10;

  /**
   * "by and between X and Y", "by and among A, B and C": the parties of an agreement's preamble,
   * however far the agreement's name is.
   */
  private static final Cue BY_AND =
      Cue.of(
          "\\b(?:by|BY)\\s+(?:and|AND)\\s+" + Cue.WORDS + "\\s+(?:the\\s+)?",
          "between",
          "among",
          "BETWEEN",
          "AMONG");

  private static final String[] WITH = {"with", "between", "among"};

  /** "announcing the acquisitions of Vovida, IPCell, and PixStream": several targets listed. */
  private static final Pattern ACQUISITIONS_OF =
      Pattern.compile("\\bacquisitions\\s+of\\s+(?:the\\s+)?(?=[A-Z])");

  /**
   * "the acquisition of Kruse, Inc., Auburn Cordage, Inc. and ACD Auto Sales, Inc.", "acquired A,
   * Inc., B, Inc. and C, Inc.": one deal for several targets (a single target is {@link
   * AcquisitionCues}', which asks for evidence).
   */
  private static final Pattern ACQUISITION_OF =
      Pattern.compile("\\b(?:acquisition\\s+of|acquired)\\s+(?:the\\s+)?(?=[A-Z])");

  /**
   * "sell the Securities to the following initial purchasers (the "Initial Purchasers"): A; B; and
   * C": the firms of an offering or a financing listed after their role.
   */
  private static final Pattern FOLLOWING_ROLE =
      Pattern.compile(
          "\\bthe\\s+following\\s+(?:[a-z-]+\\s+){0,2}?(?i:(underwriters|initial\\s+purchasers|"
              + "purchasers|lenders|agents|managers|dealers|arrangers|banks))\\s*"
              + "(?:\\([^)]{0,60}\\)\\s*)?:\\s*(?:the\\s+)?(?=[A-Z])");

  // A match of FOLLOWING_ROLE starts at most this far before "following" ("the ").
  private static final int FOLLOWING_LEAD = 8;
  // A match of FOLLOWING_ROLE ends at most this far past "following" (its role noun, a defined
  // term).
  private static final int FOLLOWING_TAIL = 110;

  /**
   * "filed a complaint against Motorola, Inc.", "a lawsuit against X": the other side of a dispute
   * the section reports.
   */
  private static final Pattern SUIT_AGAINST =
      Pattern.compile(
          "\\b(?:complaint|suit|lawsuit|action|arbitration|litigation|proceedings?|claims?)\\s+"
              + "(?:\\([^)]{0,30}\\)\\s+)?against\\s+(?:the\\s+)?(?=[A-Z])");

  // A match of SUIT_AGAINST starts at most this far before "against" (the noun, a defined term),
  // and ends at most this far after it.
  private static final int SUIT_LEAD = 60;
  private static final int SUIT_TAIL = 12;

  /** A year just before "acquisitions of": deals of an earlier period ("the 1999 acquisitions"). */
  private static final Pattern PAST_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\s*$");

  /** Agreements with people, not organizations; and documents "filed with" an office. */
  private static final Pattern PERSONAL =
      Pattern.compile(
          "(?i)\\bfiled\\b|employment|severance|separation|retention|consulting|indemnification|change[- ]in[-"
              + " ]control|compensat|award|bonus|offer letter|executive|director|officer|retirement"
              + "|stockholders?|shareholders?");

  // How far before a deal word the sentence's lead-in is read for a personal agreement.
  private static final int LEAD_IN = 60;
  // At most this many names are read from one list ("A, B, C, D, E and F").
  private static final int MAX_LISTED = 6;

  /**
   * Adds the parties of every deal the body states.
   *
   * @param body the section's text, boilerplate blanked
   * @param names what the section says about names, to split "A and B"
   * @param out where the mentions go
   */
  static void find(String body, SectionNames names, List<Mention> out) {
    // The patterns start at a deal noun or verb: they are only tried there, and only when "with"
    // (or "between", "among") follows within the noun or verb and its bridge.
    int[] verbs = Near.occurrences(body, VERB_WITH.starts());
    for (Near near :
        new Near[] {
          Near.at(
              DEAL_WITH.pattern(), body, Near.followedBy(dealNouns(body), body, NOUN_REACH, WITH)),
          Near.at(VERB_WITH.pattern(), body, Near.followedBy(verbs, body, VERB_REACH, "with"))
        }) {
      Matcher m = near.matcher();
      while (near.find()) {
        String between = m.group(1);
        int from = Math.max(0, m.start() - LEAD_IN);
        String lead = body.substring(from, m.start());
        lead = lead.substring(lead.lastIndexOf('.') + 1); // this sentence only
        if (PERSONAL.matcher(between).find() || PERSONAL.matcher(lead).find()) {
          continue;
        }
        list(body, m.end(), names, out);
      }
    }
    for (Near near :
        new Near[] {
          Near.find(LED_BY.pattern(), body, LED_BY_LEAD, TRIGGER_TAIL, LED_BY.triggers()),
          // Each trigger is one more pass over the text: "by and" finds both words.
          Near.at(BY_AND.pattern(), body, "by and", "BY AND"),
          Near.at(ACQUISITIONS_OF, body, "acquisitions of")
        }) {
      Matcher m = near.matcher();
      while (near.find()) {
        if (m.pattern() == ACQUISITIONS_OF && afterYear(body, m.start())) {
          continue; // "restated to reflect the 1999 acquisitions of X, Y and Z": past deals
        }
        list(body, m.end(), names, out);
      }
    }
    Near single = Near.at(ACQUISITION_OF, body, "acquisition of", "acquired");
    Matcher m = single.matcher();
    while (single.find()) {
      if (afterYear(body, m.start())) {
        continue;
      }
      int before = out.size();
      list(body, m.end(), names, out);
      boolean firms =
          out.subList(before, out.size()).stream()
              .allMatch(x -> CompanyNames.endsWithLegalForm(x.name()));
      if (out.size() - before < 3 || !firms) {
        // One target, "X and Y" that may be one name, or brands ("the Zantac, Tums and
        // Aquafresh brands"): only firms written with their legal forms are read so.
        out.subList(before, out.size()).clear();
      }
    }
    Near suit = Near.find(SUIT_AGAINST, body, SUIT_LEAD, SUIT_TAIL, "against");
    Matcher a = suit.matcher();
    while (suit.find()) {
      int before = out.size();
      list(body, a.end(), names, out); // "filed a complaint against Motorola, Inc."
      List<Mention> defendants = out.subList(before, out.size());
      if (defendants.stream().anyMatch(d -> names.isRegistrant(Names.canonical(d.name())))) {
        // "X and Y filed a suit against Acme World Alumina": the registrant's side defends, so
        // the plaintiffs are the other side.
        defendants.clear();
        int from = plaintiffsStart(body, a.start());
        if (from >= 0) {
          list(body, from, names, out);
        }
      }
    }
    Near following = Near.find(FOLLOWING_ROLE, body, FOLLOWING_LEAD, FOLLOWING_TAIL, "following");
    Matcher f = following.matcher();
    while (following.find()) {
      list(body, f.end(), names, out, true, PartnerRoles.of(f.group(1)));
    }
  }

  /**
   * The plaintiffs a suit's sentence names before its verb: "On April 23, 2004, X, Y and Z
   * (collectively "XYZ") filed a suit against": where the first of them starts, or -1 when the
   * suit's noun follows no such verb.
   */
  private static int plaintiffsStart(String body, int noun) {
    Matcher verb = SUIT_VERB.matcher(body).region(Math.max(0, noun - SUIT_VERB_REACH), noun);
    if (!verb.find()) {
      return -1;
    }
    int sentence = sentenceStart(body, verb.start());
    Matcher date = LEADING_DATE.matcher(body).region(sentence < 0 ? 0 : sentence + 1, verb.start());
    int from = date.lookingAt() ? date.end() : sentence + 1;
    while (from < verb.start() && !Character.isUpperCase(body.charAt(from))) {
      from++;
    }
    return from < verb.start() ? from : -1;
  }

  /**
   * Where the sentence holding {@code at} starts, less one: its line's start or the last ". " after
   * a number or a word of three letters or more ("St. Croix" and "Corp. " end no sentence); -1 at
   * the text's.
   */
  private static int sentenceStart(String body, int at) {
    int line = body.lastIndexOf('\n', at);
    for (int dot = body.lastIndexOf(". ", at); dot > line; dot = body.lastIndexOf(". ", dot - 1)) {
      int w = dot;
      while (w > 0 && Character.isLetter(body.charAt(w - 1))) {
        w--;
      }
      if (dot - w >= 3 && Character.isLowerCase(body.charAt(w))
          || dot > 0 && Character.isDigit(body.charAt(dot - 1))) {
        return dot + 1;
      }
    }
    return line;
  }

  /** The verb of a suit's plaintiffs, just before its noun: "filed a", "brought an". */
  private static final Pattern SUIT_VERB =
      Pattern.compile("\\b(?:filed|brought|commenced|initiated)\\s+(?:a|an)\\s+$");

  // "brought an " before the suit's noun: how far back its verb is looked for.
  private static final int SUIT_VERB_REACH = 16;

  /** "On April 23, 2004, " or "In March 2005, " opening a sentence. */
  private static final Pattern LEADING_DATE =
      Pattern.compile("\\s*(?:On|In)\\s+[A-Z][a-z]+\\.?(?:\\s+\\d{1,2})?,?\\s+\\d{4},\\s+");

  /** Whether a year stands just before {@code at} ("the 1999 acquisitions of"): past deals. */
  private static boolean afterYear(String body, int at) {
    return PAST_YEAR.matcher(body).region(Math.max(0, at - 6), at).find();
  }

  /** The first words of the deal nouns ("agreement", "joint" of "joint venture"), once each. */
  private static final String[] DEAL_WORDS =
      DEAL_NOUNS.stream()
          .map(noun -> noun.split(" ")[0])
          .filter(w -> !w.isEmpty() && w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
          .distinct()
          .toArray(String[]::new);

  /**
   * Where a word that starts a deal noun ("Agreement", "joint" of "joint venture") begins, ignoring
   * ASCII case: a whole run of ASCII letters, not preceded by a letter or digit.
   */
  private static int[] dealNouns(String body) {
    int[] out = new int[16];
    int n = 0;
    int len = body.length();
    for (String w : DEAL_WORDS) {
      for (int i : Near.occurrencesIgnoringCase(body, w)) {
        int j = i + w.length();
        if ((i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)))
            && (j == len || !isAsciiLetter(body.charAt(j)))) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = i;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Reads "A", "A and B", "A, B and C" (with appositions and defined terms between). */
  private static void list(String body, int pos, SectionNames names, List<Mention> out) {
    list(body, pos, names, out, false, null);
  }

  /**
   * Reads the list of names at {@code pos}: "A", "A and B", "A, B and C", with appositions and
   * defined terms between, and with {@code semicolons} also "A; B; and C" (a list after a colon).
   *
   * @param role the role the list's cue gives its names, or null
   */
  static void list(
      String body,
      int pos,
      SectionNames names,
      List<Mention> out,
      boolean semicolons,
      String role) {
    for (int n = 0; n < MAX_LISTED; n++) {
      // A firm named by its partners whole, and the words after it ("Goldman, Sachs & Co.").
      int end = Names.wholeNameEnd(body, pos);
      if (end < 0) {
        Matcher skip = LOWER_ELEMENT.matcher(body).region(pos, Math.min(body.length(), pos + 140));
        if (n > 0 && skip.lookingAt()) {
          pos = skip.end(); // ", certain lenders party thereto (the "Lenders") and X"
          continue;
        }
        Matcher including = INCLUDING.matcher(body).region(pos, Math.min(body.length(), pos + 100));
        if (n == 0 && including.lookingAt()) {
          pos = including.end(); // "with certain institutional investors, including X"
          continue;
        }
        return;
      }
      String name = body.substring(pos, end);
      int and = name.indexOf(" and ");
      if (and > 0 && names.known(name.substring(0, and)) && !Names.oneBank(name, and + 1)) {
        // "between Lloyds TSB and Merrill Lynch Capital Services, Inc.": two names, not one.
        out.add(new Mention(name.substring(0, and), pos, true, role));
        out.add(new Mention(name.substring(and + 5), pos + and + 5, true, role));
      } else {
        out.add(new Mention(name, pos, true, role));
      }
      int i = skipParentheses(body, end);
      Matcher ap = APPOSITION.matcher(body).region(i, Math.min(body.length(), i + 250));
      if (ap.lookingAt() && ap.group().chars().anyMatch(Character::isLetter)) {
        i = skipParentheses(body, ap.end()); // ", a Delaware corporation (...)"
      }
      Matcher tail = PARTY_TAIL.matcher(body).region(i, Math.min(body.length(), i + 60));
      if (tail.lookingAt()) {
        i = skipParentheses(body, tail.end()); // "the Lenders party hereto, and X"
      }
      Matcher next = NEXT_IN_LIST.matcher(body).region(i, Math.min(body.length(), i + 24));
      if (semicolons && !next.lookingAt()) {
        next = NEXT_AFTER_SEMICOLON.matcher(body).region(i, Math.min(body.length(), i + 24));
        if (next.lookingAt()) {
          pos = next.end(); // "Lehman Brothers Inc; Bear, Stearns & Co. Inc.; and X"
          continue;
        }
      }
      if (!next.lookingAt()) {
        return;
      }
      if (next.group("and") == null && !listedParty(body, next.end())) {
        return; // ", London": a comma alone continues a list only with a party-like name
      }
      pos = next.end();
    }
  }

  /** A group of parties named by some of its members: "certain investors, including X". */
  private static final Pattern INCLUDING =
      Pattern.compile(
          "(?:certain|several|various|a group of|a syndicate of)\\s+[a-z][a-z \\-]{0,50}?,?\\s+"
              + "(?:including|led by|consisting of)\\s+(?:the\\s+)?(?=[A-Z])");

  /**
   * What a name starts with: a capital, or a number and a capital ("111 Potrero Partners, LLC").
   */
  private static final String NAME_AHEAD = "(?:[A-Z]|\\d{1,5}\\s[A-Z])";

  private static final Pattern LOWER_ELEMENT =
      Pattern.compile(
          "[a-z][^,;()]{0,60}?(?:\\s*\\([^)]{0,60}\\))?,?\\s+(?:and\\s+)?(?:the\\s+)?"
              + "(?="
              + NAME_AHEAD
              + ")");
  private static final Pattern APPOSITION =
      Pattern.compile(
          "(?:,?\\s*(?:Sr|Jr|III|II)\\.?)?(?:\\s*\\([^)]{0,60}\\))?(?:,\\s+(?:an?|the|as)\\s+"
              + "[^;()]{1,200}?(?=\\s*\\(|,\\s+(?:and\\s+)?"
              + NAME_AHEAD
              + "|\\s+and\\s+[A-Z]))?");

  /**
   * How a preamble describes a group of parties: "the Lenders party hereto", "from time to time".
   */
  private static final Pattern PARTY_TAIL =
      Pattern.compile(
          "(?:\\s+(?:from\\s+time\\s+to\\s+time|(?:a\\s+)?part(?:y|ies)|hereto|thereto|signatory"
              + "|named|listed|therein|herein))+(?=\\s*[,(])");

  private static final Pattern NEXT_AFTER_SEMICOLON =
      Pattern.compile("\\s*;\\s*(?:and\\s+)?(?:the\\s+)?(?=[A-Z])");

  private static final Pattern NEXT_IN_LIST =
      Pattern.compile(
          ",?\\s*(?<and>and(?:\\s+with)?|&)\\s+(?:the\\s+)?(?="
              + NAME_AHEAD
              + ")"
              + "|,\\s+(?:the\\s+)?(?="
              + NAME_AHEAD
              + ")");

  /** Whether the name at {@code pos} carries a legal form or a defined term or description. */
  private static boolean listedParty(String body, int pos) {
    int end = Names.wholeNameEnd(body, pos);
    if (end < 0) {
      return false;
    }
    String name = body.substring(pos, end);
    String c = Names.canonical(name);
    if (c != null && !c.equals(TRAILING_PUNCTUATION.matcher(name).replaceAll(""))) {
      return true;
    }
    return LISTED_AFTER.matcher(body).region(end, Math.min(body.length(), end + 12)).lookingAt()
        || PARTY_TAIL.matcher(body).region(end, Math.min(body.length(), end + 60)).lookingAt()
        || LIST_GOES_ON.matcher(body).region(end, Math.min(body.length(), end + 12)).lookingAt();
  }

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,\\s]+$");

  private static final Pattern LIST_GOES_ON = Pattern.compile(",?\\s+and\\s+[A-Z]|,\\s+[A-Z]");

  private static final Pattern LISTED_AFTER =
      Pattern.compile(",?\\s*(?:\\(\\s*(?:the\\s+)?[\"\u201c]|,\\s+(?:an?|the)\\s)");

  private static int skipParentheses(String body, int i) {
    while (true) {
      int j = i;
      while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == ',')) {
        j++;
      }
      if (j < body.length() && body.charAt(j) == '(') {
        int close = body.indexOf(')', j);
        if (close < 0 || close - j > 120) {
          return i;
        }
        i = close + 1;
      } else {
        return i;
      }
    }
  }
}
