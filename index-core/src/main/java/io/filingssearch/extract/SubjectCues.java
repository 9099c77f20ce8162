package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue that names a party by the verb it is the subject of ("Genentech (NYSE: DNA) has renewed",
 * "Acme and Globex announced"), with what keeps it from reading a sentence's other nouns as
 * parties. Stateless; one of the cues of {@link PartnerExtractor}, beside {@link PartyCues}.
 */
final class SubjectCues {
  private SubjectCues() {}

  /** Verbs whose subject is a party: "Genentech (NYSE: DNA) has renewed", "BioChem will invest". */
  private static final Cue SUBJECT_VERB =
      Cue.of(
          // The lookbehind anchors a match right after a word: without it every position of a long
          // whitespace run would be tried, which is quadratic.
          "(?<=[A-Za-z0-9.)])(?:\\s*\\([^)]{1,60}\\))?"
              // An apposition: "Francisco Partners, LP, a private equity firm ..., will acquire".
              + "(?:,\\s+(?:a|an)\\s+[^,;.()\\n]{1,110},)?,?\\s+"
              + "(?:has |have |had |will |shall |would |may |recently |also |today |jointly |mutually"
              + " |to )*"
              + Cue.WORDS
              + "\\b",
          "renewed",
          "agreed",
          "signed",
          "entered into",
          "exercised",
          "licensed",
          "invested",
          "invest",
          "paid",
          "pay",
          "purchase",
          "extended",
          "terminated",
          "announced",
          "announce",
          "issued a joint",
          "collaborate",
          "distribute",
          "supply",
          "selected",
          "awarded",
          "acquired",
          "acquire",
          // Headlines: "Globex Corp. to Acquire Acme".
          "Acquire",
          "Acquires",
          "receive");

  /**
   * A defined term for several parties ("(together with SoftBank, the “Sellers”)"): it names no one
   * subject, so the names before it are read.
   */
  private static final Pattern COLLECTIVE =
      Pattern.compile("\\(\\s*(?:together with|collectively)\\b", Pattern.CASE_INSENSITIVE);

  // A match of SUBJECT_VERB ends at its verb and starts at most this far before it.
  private static final int SUBJECT_LEAD = 160;

  // The auxiliaries SUBJECT_VERB allows before its verb, without their space.
  private static final String[] AUXILIARIES = {
    "has",
    "have",
    "had",
    "will",
    "shall",
    "would",
    "may",
    "recently",
    "also",
    "today",
    "jointly",
    "mutually",
    "to"
  };

  /**
   * The earliest position a match of SUBJECT_VERB ending at the verb at {@code verb} can start:
   * walking back over whitespace and auxiliaries (any word ending like one, which only moves the
   * bound further back), a comma, and a parenthesis of at most 60 characters with the whitespace
   * before it.
   */
  private static int subjectEarliest(String body, int verb) {
    int p = verb;
    while (true) {
      while (p > 0 && Near.isSpace(body.charAt(p - 1))) {
        p--;
      }
      int q = p;
      for (String a : AUXILIARIES) {
        if (p >= a.length() && body.startsWith(a, p - a.length())) {
          q = p - a.length();
          break;
        }
      }
      if (q == p) {
        break;
      }
      p = q;
    }
    if (p > 0 && body.charAt(p - 1) == ',') {
      p--;
      p = beforeApposition(body, p);
    }
    int before = beforeParenthesis(body, p);
    return before >= 0 ? before : p;
  }

  /**
   * Where an apposition ending at {@code end} starts (", a private equity firm focused on ...")
   * when one does: a comma and "a" or "an", then at most 110 characters without a comma, a stop or
   * a parenthesis; else {@code end}.
   */
  private static int beforeApposition(String body, int end) {
    for (int i = end - 1; i >= Math.max(0, end - 114); i--) {
      char c = body.charAt(i);
      if (c == ',') {
        return body.startsWith(", a ", i) || body.startsWith(", an ", i) ? i : end;
      }
      if (c == ';' || c == '.' || c == '(' || c == ')' || c == '\n') {
        return end;
      }
    }
    return end;
  }

  /**
   * Where a parenthesis of at most 60 characters that ends at {@code end} starts, with the
   * whitespace before it; -1 when none ends there.
   */
  private static int beforeParenthesis(String body, int end) {
    if (end > 0 && body.charAt(end - 1) == ')') {
      int open = body.lastIndexOf('(', end - 2);
      if (open >= 0 && end - 1 - open <= 61) {
        while (open > 0 && Near.isSpace(body.charAt(open - 1))) {
          open--;
        }
        return open;
      }
    }
    return -1;
  }

  /**
   * Whether a subject verb may start at {@code i}: right after a word, at a space, a parenthesis or
   * a comma.
   */
  private static boolean subjectVerbStart(String body, int i) {
    if (i == 0) {
      return false;
    }
    char before = body.charAt(i - 1);
    char c = body.charAt(i);
    boolean afterWord =
        Character.isLetterOrDigit(before) && before < 128 || before == '.' || before == ')';
    return afterWord && (Near.isSpace(c) || c == '(' || c == ',');
  }

  /** Adds the subjects of the verbs a party does ("Genentech has renewed"). */
  static void subjects(String body, SectionNames names, List<Mention> out) {
    // A match ends at its verb and starts at most a parenthesis and a few auxiliaries before it.
    Near near =
        Near.findWords(
            SUBJECT_VERB.pattern(),
            body,
            i -> Math.max(i - SUBJECT_LEAD, subjectEarliest(body, i)),
            0,
            i -> subjectVerbStart(body, i),
            SUBJECT_VERB.triggers());
    Matcher m = near.matcher();
    while (near.find()) {
      Matcher term = SectionNames.QUOTED.matcher(m.group());
      if (term.find() && !COLLECTIVE.matcher(m.group()).find()) {
        // "Delphi S.a.r.l., ... controlled by EQT V Limited ("Delphi"), entered into": the defined
        // term names the subject, the words before it may not.
        out.add(new Mention(term.group(1), m.start(), false));
        continue;
      }
      int end = m.start();
      List<Mention> subject = new ArrayList<>(2);
      // "Acme and Globex announced": the "and" of a list, or of "the registrant and X".
      boolean joined = false;
      boolean registrantAnd = false;
      int first = end;
      for (int n = 0; n < PartyCues.MAX_LISTED; n++) {
        // "Globex and Acme announced": each name of the subject.
        int start = Names.nameStart(body, end);
        if (start < 0) {
          break;
        }
        String name = body.substring(start, end).trim();
        String other = names.otherThanRegistrant(name);
        registrantAnd |= !other.equals(name);
        subject.add(new Mention(other, start + name.length() - other.length(), false));
        first = start;
        Matcher sep =
            PartyCues.LIST_SEPARATOR_BEFORE.matcher(body).region(Math.max(0, start - 8), start);
        if (!sep.find()) {
          break;
        }
        joined |= sep.group().contains("and");
        end = beforeAlias(body, sep.start());
      }
      if (subject.isEmpty()) {
        continue;
      }
      boolean party = partyByWording(body, m, subject, first, registrantAnd, joined, names);
      for (Mention s : subject) {
        out.add(party ? new Mention(s.name(), s.pos(), true) : s);
      }
    }
  }

  /**
   * Where a name ends when its defined term stands between it and the next name of a list
   * ("SoftBank Group Capital Limited (“SoftBank”) and"): before the parenthesis.
   */
  private static int beforeAlias(String body, int end) {
    int p = end;
    while (p > 0 && Near.isSpace(body.charAt(p - 1))) {
      p--;
    }
    int before = beforeParenthesis(body, p);
    return before >= 0 ? before : end;
  }

  /**
   * Whether the wording makes a subject's names parties, tried from the cheapest test: the
   * registrant is named with them ("Acme and Globex announced"; a comma alone, "Separately, Acme
   * announced", joins no party), a deal clause opens the sentence ("under which Globex will
   * acquire"), or the verb's object is the registrant ("Globex will pay the Company"; not after
   * "announced", which reports rather than does).
   */
  private static boolean partyByWording(
      String body,
      Matcher verb,
      List<Mention> subject,
      int first,
      boolean registrantAnd,
      boolean joined,
      SectionNames names) {
    if (registrantAnd) {
      return true;
    }
    if (joined) {
      // "Acme and Globex announced": only a list can hold the registrant beside another party.
      for (Mention s : subject) {
        String c = Names.canonical(s.name());
        if (c != null && names.isRegistrant(c)) {
          return true;
        }
      }
    }
    if (dealClauseBefore(body, first)) {
      return true;
    }
    String v = verb.group();
    return !v.endsWith("announced")
        && !v.endsWith("announce")
        && names.namesRegistrant(verb.end(), Math.min(body.length(), verb.end() + OBJECT_REACH));
  }

  /** Whether a deal clause ends right before {@code first}; its words are looked for first. */
  private static boolean dealClauseBefore(String body, int first) {
    int from = Math.max(0, first - DEAL_CLAUSE_REACH);
    int i = first;
    while (i > from && Character.isWhitespace(body.charAt(i - 1))) {
      i--;
    }
    if (body.startsWith("the", i - 3)) {
      i -= 3; // "under which the Purchaser will"
      while (i > from && Character.isWhitespace(body.charAt(i - 1))) {
        i--;
      }
    }
    boolean clauseEnd =
        i > from && body.charAt(i - 1) == ','
            || body.startsWith("which", i - 5)
            || body.startsWith("whereby", i - 7);
    return clauseEnd && DEAL_CLAUSE.matcher(body).region(from, first).find();
  }

  /** "under which", "pursuant to which", "whereby": a subject there is a party of the deal. */
  private static final Pattern DEAL_CLAUSE =
      Pattern.compile(
          "\\b(?:under which|pursuant to which|whereby|(?i:under|pursuant to) the (?:terms of the\\s+)?"
              + "(?:[A-Za-z\\-]+\\s+){0,3}?(?:agreement|contract|license|arrangement),)\\s+(?:the\\s+)?$");

  // How far past a subject's verb its object is read for the registrant.
  private static final int OBJECT_REACH = 40;
  // How far before a subject its deal clause is looked for.
  private static final int DEAL_CLAUSE_REACH = 80;
}
