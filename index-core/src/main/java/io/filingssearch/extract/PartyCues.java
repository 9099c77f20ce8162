package io.filingssearch.extract;

import io.filingssearch.internal.CompanyNames;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cues that name a party by what it does or is, outside a deal's list of parties (acquisitions
 * and sales are {@link AcquisitionCues}): who is acquired ("X would be acquired by"), roles ("U.S.
 * Bank, as trustee"), tickers ("Genentech (NYSE: DNA)"), signatories, defined roles and grants
 * ("grants X a license"); the subjects of a party's verbs are {@link SubjectCues}. Stateless.
 */
final class PartyCues {
  private PartyCues() {}

  /** "Varian would be acquired by ...": the subject is the target. */
  private static final Cue ACQUIRED_BY =
      Cue.of(
          "(?<=[A-Za-z.)])\\s+(?:would |will |to |has |have |had )?(?:be|been|was|is)\\s+"
              + Cue.WORDS
              + "\\b",
          "acquired by");

  // A match of ACQUIRED_BY starts at most this far before its words.
  private static final int ACQUIRED_BY_LEAD = 60;

  /**
   * The role nouns ROLE_AFTER and ACTING_AS both end on, tried after their own: the managers,
   * auditors and advisors of a deal.
   */
  private static final List<String> ADVISORY_ROLES =
      List.of(
          "representative",
          "manager",
          "registered public accounting firm",
          "accounting firm",
          "auditor",
          "accountants",
          "advisor",
          "adviser");

  /** The role nouns given, then {@link #ADVISORY_ROLES}, in the order to try them. */
  private static List<String> roles(String... first) {
    return Stream.concat(Stream.of(first), ADVISORY_ROLES.stream()).toList();
  }

  /** "Citibank, N.A., a syndication agent and lender", "U.S. Bank, as trustee". */
  private static final Cue ROLE_AFTER =
      Cue.of(
          "(?<=[A-Za-z.)]),\\s+(?:as\\s+|an?\\s+|the\\s+)(?:[\\w-]+\\s+){0,2}?"
              + Cue.WORDS
              + "s?\\b",
          roles(
              "agent",
              "trustee",
              "servicer",
              "lender",
              "arranger",
              "underwriter",
              "initial purchaser",
              "purchaser",
              "bookrunner"));

  // A match of ROLE_AFTER starts at most this far before its role noun.
  private static final int ROLE_AFTER_LEAD = 100;

  /** "J.P. Morgan Securities Inc. and Citigroup Global Markets Inc. are acting as ...". */
  private static final Cue ACTING_AS =
      Cue.of(
          "(?<=[A-Za-z.)])\\s+(?:(?:is|are|will\\s+be|will\\s+serve|served|serves|will\\s+act|acts|act|acted)"
              // "with Barclays, BofA Merrill Lynch and Credit Suisse acting as ... managers"
              + "\\s+(?:acting\\s+)?|acting\\s+)as\\s+"
              + "(?:the\\s+)?(?:joint\\s+|sole\\s+|lead\\s+)*(?:[\\w'\u2019-]+\\s+){0,3}?"
              // Role nouns are often capitalized as defined terms ("acting as Dealer Managers").
              + "(?i:"
              + Cue.WORDS
              + "s?)\\b(?!['\u2019])",
          roles(
              "agent",
              "trustee",
              "arranger",
              "underwriter",
              "bookrunner",
              "lender",
              "servicer",
              "administrator",
              "depositary",
              "custodian",
              "registrar"));

  /**
   * "SunTrust Robinson Humphrey is the sole book-running manager", "X and Y are co-managers": the
   * roles of an offering, said without "as".
   */
  private static final Cue ROLE_IS =
      Cue.of(
          "(?<=[A-Za-z.)])\\s+(?:is|are|was|were|will be)\\s+(?:the\\s+)?(?:joint\\s+|sole\\s+|lead\\s+)*"
              + Cue.WORDS
              + "s?\\b",
          "underwriter",
          "bookrunner",
          "book-running manager",
          "lead manager",
          "co-lead manager",
          "co-manager",
          "lead arranger",
          "arranger");

  /** "substitute Globex Funding PLC as Counterparty": the other side of a swap or repurchase. */
  private static final Pattern AS_COUNTERPARTY =
      Pattern.compile("(?<=[A-Za-z.)]),?\\s+as\\s+(?:the\\s+|a\\s+|its\\s+)?(?i:counterparty)\\b");

  // A match of AS_COUNTERPARTY starts at most this far before "counterparty".
  private static final int AS_COUNTERPARTY_LEAD = 14;

  /**
   * "The Information Agent is Globex Services Corporation", "the Depositary is State Street Bank",
   * "The Luxembourg Agent was Globex Luxembourg S.A.": the agent named after its role.
   */
  private static final Pattern AGENT_IS =
      Pattern.compile(
          "(?i:(agent|depositary|trustee|custodian|registrar))"
              // "The Luxembourg Agent for the Any and All Tender Offer is X"
              + "(?:\\s+(?:in|for)\\s+[^.;:\"()]{1,60}?)?"
              + "\\s+(?:is|was|will\\s+be)\\s+"
              + "(?:the\\s+)?(?=[A-Z])");

  // A match of AGENT_IS ends at most this far past its role noun (" will be the ", the words
  // perhaps wrapped onto the next line with its indent, after a place or offer it serves).
  private static final int AGENT_IS_TAIL = 100;

  // A match of ACTING_AS starts at most this far before its role noun.
  private static final int ACTING_AS_LEAD = 150;
  // A role cue ends at most this far past its noun (a plural "s").
  private static final int PLURAL = 2;
  // At most this many names are read backwards from a role ("A, B, C and D, as lenders").
  static final int MAX_LISTED = 4;

  static final Pattern LIST_SEPARATOR_BEFORE = Pattern.compile("(?:,\\s*and|,|\\sand)\\s+$");

  /** A ticker after a name: "BioChem Pharma Inc. (Nasdaq: BCHE, ...)". */
  private static final Pattern TICKER =
      Pattern.compile(
          "\\((?:Nasdaq|NASDAQ|NasdaqGS|NasdaqGM|NYSE|Nyse|AMEX|Amex|TSX|LSE|OTCBB|OTC BB"
              + "|Euronext|London Stock Exchange|Toronto Stock Exchange|New York Stock Exchange)"
              + "[^:)]{0,40}:\\s*([A-Z][A-Za-z.]{0,7})");

  /** Adds the names written right before "acquired by", "as trustee" or "are acting as agents". */
  static void roles(String body, List<Mention> out) {
    backward(body, find(ACQUIRED_BY, body, ACQUIRED_BY_LEAD), false, out);
    backward(body, find(ROLE_AFTER, body, ROLE_AFTER_LEAD), true, out);
    // Its role nouns in either case: the same passes, each comparing the first letter both ways.
    backward(
        body,
        Near.findIgnoreCase(
            ACTING_AS.pattern(),
            body,
            ACTING_AS_LEAD,
            PLURAL,
            Near.afterWord(body),
            ACTING_AS.triggers()),
        true,
        out);
    backward(
        body,
        Near.findIgnoreCase(
            AS_COUNTERPARTY, body, AS_COUNTERPARTY_LEAD, 0, Near.afterWord(body), "counterparty"),
        false,
        out);
    Near agent =
        Near.findIgnoreCase(
            AGENT_IS,
            body,
            0,
            AGENT_IS_TAIL,
            "agent",
            "depositary",
            "trustee",
            "custodian",
            "registrar");
    forward(body, agent, true, m -> PartnerRoles.of(m.group(1)), out);
    // Fewer triggers than words, each one pass over the text: "manager" is in each manager.
    backward(
        body,
        Near.find(
            ROLE_IS.pattern(),
            body,
            ACTING_AS_LEAD,
            PLURAL,
            Near.afterWord(body),
            "underwriter",
            "bookrunner",
            "manager",
            "arranger"),
        true,
        out);
  }

  /** The matches of a cue that ends with its words and starts at most {@code lead} before them. */
  private static Near find(Cue cue, String body, int lead) {
    return Near.find(cue.pattern(), body, lead, PLURAL, Near.afterWord(body), cue.triggers());
  }

  /**
   * The words of a role cue after its last possessive: the role is the noun's, not its owner's
   * ("acting as the underwriters' legal advisor" is an advisor).
   */
  private static String afterPossessive(String cue) {
    int q = Math.max(cue.lastIndexOf('\''), cue.lastIndexOf('\u2019'));
    int space = q < 0 ? -1 : cue.indexOf(' ', q);
    return space < 0 ? cue : cue.substring(space + 1);
  }

  /** Names (one, or a list "A, B and C") ending where a pattern starts. */
  static void backward(String body, Near near, boolean list, List<Mention> out) {
    Matcher m = near.matcher();
    while (near.find()) {
      int end = m.start();
      for (int n = 0; n < (list ? MAX_LISTED : 1); n++) {
        int start = Names.nameStart(body, end); // a firm named by its partners taken whole
        if (start < 0) {
          break;
        }
        out.add(
            new Mention(
                body.substring(start, end).trim(),
                start,
                true,
                list ? PartnerRoles.of(afterPossessive(m.group())) : null));
        Matcher sep = LIST_SEPARATOR_BEFORE.matcher(body).region(Math.max(0, start - 8), start);
        if (!sep.find()) {
          break;
        }
        end = sep.start();
      }
    }
  }

  /** Adds the names written with a ticker, and tells {@code names} each ticker's name. */
  static void tickers(String body, SectionNames names, List<Mention> out) {
    Near near = Near.at(TICKER, body, "(");
    Matcher m = near.matcher();
    while (near.find()) {
      int start = Names.nameStart(body, m.start());
      if (start < 0) {
        continue;
      }
      int end = m.start();
      String name = body.substring(start, end).trim();
      if (!name.contains(" ")) {
        // "SmithKline Beecham Plc (SB), London, (London Stock Exchange: SB)": the word before the
        // ticker is a city; the company is the name before it.
        int i = start;
        while (i > 0 && " ,/\n".indexOf(body.charAt(i - 1)) >= 0) {
          i--;
        }
        if (i < start && i > 0 && body.charAt(i - 1) == ')') {
          int open = body.lastIndexOf('(', i - 1);
          i = open > 0 && i - open < 40 ? open : i;
        }
        int owner =
            i < start && body.charAt(start - 1) != ' ' || body.startsWith(", ", start - 2)
                ? Names.nameStart(body, i)
                : -1;
        if (owner >= 0) {
          start = owner;
          name = body.substring(owner, i).trim();
        }
      }
      out.add(new Mention(name, start, true));
      names.addTicker(m.group(1), name);
    }
  }

  /**
   * A signature line of an agreement: "GLOBEX HOLDINGS, INC. By: /s/ ...", "U.S. BANK NATIONAL
   * ASSOCIATION, as Trustee By:". The match starts right after the signing party's name.
   */
  private static final Pattern SIGNED =
      Pattern.compile(
          "(?<=[A-Za-z.)])(,\\s+(?i:as\\s+|in\\s+its\\s+capacity\\s+as\\s+)[A-Za-z ,-]{1,80}?)?\\s+By:");

  /** A signing party without a legal form that is still an organization: a bank, an association. */
  private static final Pattern SIGNING_INSTITUTION =
      Pattern.compile("(?i)\\b(?:bank|association|company)$");

  private static final Pattern WORDS = Pattern.compile("[\\s,]+");

  // A signature match starts at most this far before its "By:".
  private static final int SIGNED_LEAD = 100;

  /**
   * Adds the parties that sign an agreement: a name written with a legal form or in capitals right
   * before "By:", the start of a signature. The registrant's own signature is dropped by the filter
   * as any mention of it is.
   */
  static void signatories(String body, List<Mention> out) {
    Near near = Near.find(SIGNED, body, SIGNED_LEAD, 0, Near.afterWord(body), "By:");
    Matcher m = near.matcher();
    while (near.find()) {
      int start = Names.nameStart(body, m.start());
      if (start < 0) {
        continue;
      }
      String name = capitalTail(body.substring(start, m.start()).trim());
      String c = Names.canonical(name);
      // The canonical name drops a legal form ("GLOBEX HOLDINGS, INC." is "Globex Holdings").
      boolean legalForm =
          c != null && WORDS.split(c).length < WORDS.split(name.replaceAll("[\\s,.]+$", "")).length;
      if (legalForm || SIGNING_INSTITUTION.matcher(name).find()) {
        out.add(
            new Mention(
                name,
                m.start() - name.length(),
                true,
                m.group(1) == null ? null : PartnerRoles.of(m.group(1))));
      }
    }
  }

  /**
   * A role heading on a line of its own ("Underwriters:", "Trustee:") over the names of its firms,
   * one per line, as a terms agreement's schedule lists them.
   */
  private static final Pattern ROLE_HEADING =
      Pattern.compile(
          "(?m)^[ \\t]*(Underwriters|Representatives|Initial Purchasers|Lenders|Trustee|Agents?)"
              + ":[ \\t]*$");

  // At most this many names are read under a role heading.
  private static final int MAX_UNDER_HEADING = 20;

  /** Adds the firms listed one per line under a role heading. */
  static void listedUnderRole(String body, List<Mention> out) {
    if (body.indexOf("Underwriters:") < 0
        && body.indexOf("Representatives:") < 0
        && body.indexOf("Purchasers:") < 0
        && body.indexOf("Lenders:") < 0
        && body.indexOf("Trustee:") < 0
        && body.indexOf("Agent:") < 0
        && body.indexOf("Agents:") < 0) {
      return; // "Underwriters:" and the like: the headings the pattern is tried for
    }
    Matcher m = ROLE_HEADING.matcher(body);
    while (m.find()) {
      String role = PartnerRoles.of(m.group(1));
      int line = m.end() + 1;
      for (int n = 0; n < MAX_UNDER_HEADING && line < body.length(); n++) {
        int lineEnd = body.indexOf('\n', line);
        lineEnd = lineEnd < 0 ? body.length() : lineEnd;
        // "Merrill Lynch, Pierce, Fenner & Smith" / "Incorporated": a legal form wrapped alone.
        int next = lineEnd + 1;
        int nextEnd = next < body.length() ? body.indexOf('\n', next) : -1;
        nextEnd = nextEnd < 0 ? body.length() : nextEnd;
        String text = body.substring(line, lineEnd).strip();
        if (next < body.length()
            && Names.SUFFIXES.contains(Names.strip(body.substring(next, nextEnd).strip()))) {
          text = text + " " + body.substring(next, nextEnd).strip();
          lineEnd = nextEnd;
        }
        if (text.isEmpty() || !CompanyNames.endsWithLegalForm(text)) {
          break; // the list ends at a line that is no firm's name
        }
        out.add(new Mention(text, line, true, role));
        line = lineEnd + 1;
      }
    }
  }

  /**
   * The rows of a schedule of parties: a table whose header row's first cell names their role
   * ("Lender | Revolving Credit Commitment", "Underwriters | Principal Amount of Notes") and whose
   * rows start with each party's name ("BNP Paribas | $ | 175,000,000.00"), up to its total.
   */
  static void schedules(String body, List<Mention> out) {
    if (body.indexOf('|') < 0) {
      return;
    }
    Matcher m = SCHEDULE_HEADER.matcher(body);
    while (m.find()) {
      String role =
          m.group(1).toLowerCase(Locale.ROOT).contains("underwriter")
              ? PartnerRoles.UNDERWRITER
              : null;
      int pos = body.indexOf('\n', m.end());
      while (pos >= 0 && pos + 1 < body.length()) {
        int start = pos + 1;
        int end = body.indexOf('\n', start);
        end = end < 0 ? body.length() : end;
        int cell = body.indexOf('|', start);
        if (cell < 0
            || cell > end
            || SCHEDULE_TOTAL.matcher(body).region(start, cell).lookingAt()) {
          break;
        }
        String name = body.substring(start, cell).strip();
        if (!name.isEmpty() && Names.nameEnd(body, start) > 0) {
          out.add(new Mention(name, start, true, role));
        }
        pos = end;
      }
    }
  }

  /** The header row of a schedule of parties: its first cell names the parties' role. */
  private static final Pattern SCHEDULE_HEADER =
      Pattern.compile(
          "(?im)^(?:Name\\s+of\\s+)?(Lenders?|Banks?|Underwriters?|Initial\\s+Purchasers?"
              + "|Purchasers?|Dealers?|Arrangers?)\\s*\\|[^\\n]*$");

  /** The row that ends a schedule: its total. */
  private static final Pattern SCHEDULE_TOTAL = Pattern.compile("(?i)\\s*Totals?\\b");

  /**
   * A signing party written in capitals after the words of the line before ("Title: President
   * GLOBEX HOLDINGS, INC."): its capital words only; any other name as it is.
   */
  private static String capitalTail(String name) {
    String[] words = name.split(" ");
    int i = words.length;
    while (i > 0 && words[i - 1].equals(words[i - 1].toUpperCase(java.util.Locale.ROOT))) {
      i--;
    }
    boolean capitals =
        i < words.length && words[words.length - 1].chars().anyMatch(Character::isLetter);
    return capitals && i < words.length - 0 && i > 0
        ? String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))
        : name;
  }

  /**
   * A party defined by its role in the deal: "Globex Holdings, Inc., a Delaware corporation (the
   * "Buyer")", "Zenith Bank ("Lender")". The match starts right after the party's name.
   */
  private static final Cue ROLE_TERM =
      Cue.of(
          "(?<=[A-Za-z.)])(?:,\\s+an?\\s+[^()\"\u201c;]{1,100}?)?\\s*\\(\\s*(?:the\\s+|collectively,?\\s+)?"
              + "[\"\u201c]"
              + Cue.WORDS
              + "s?[\"\u201d]",
          "Buyer",
          "Seller",
          "Purchaser",
          "Investor",
          "Licensee",
          "Licensor",
          "Lender",
          "Landlord",
          "Tenant",
          "Lessor",
          "Lessee",
          "Customer",
          "Supplier",
          "Distributor",
          "Target",
          "Acquiror",
          "Acquirer",
          "Counterparty",
          "Administrative Agent",
          "Agent",
          "Trustee",
          "Underwriter",
          "Representative");

  // A role term's match starts at most this far before its parenthesis, and ends at most this far
  // past its opening ("(the "Administrative Agents"").
  private static final int ROLE_TERM_LEAD = 130;
  private static final int ROLE_TERM_TAIL = 40;

  /**
   * How a role term opens, the triggers of {@link #ROLE_TERM}: one pass over the text each, fewer
   * than its words.
   */
  private static final String[] TERM_OPENINGS = {
    "(\"", "(\u201c", "(the \"", "(the \u201c", "(collectively"
  };

  /** Adds the parties a text defines by their role ("Globex Holdings, Inc. (the "Buyer")"). */
  static void roleTerms(String body, List<Mention> out) {
    Near near =
        Near.find(
            ROLE_TERM.pattern(),
            body,
            ROLE_TERM_LEAD,
            ROLE_TERM_TAIL,
            Near.afterWord(body),
            TERM_OPENINGS);
    Matcher m = near.matcher();
    while (near.find()) {
      int start = Names.nameStart(body, m.start());
      if (start >= 0) {
        String word = m.group().substring(m.group().lastIndexOf('(') + 1);
        out.add(
            new Mention(
                body.substring(start, m.start()).trim(), start, true, PartnerRoles.of(word)));
      }
    }
  }

  /** "grants X an exclusive license". */
  private static final Pattern GRANTS =
      Pattern.compile("\\bgrant(?:s|ed)?\\s+(?=[A-Z][^ ]*\\s+(?:an?|the|certain|exclusive)\\b)");

  /** Adds who is granted something ("grants X an exclusive license"). */
  static void grants(String body, List<Mention> out) {
    forward(body, Near.at(GRANTS, body, "grant"), false, m -> null, out);
  }

  /** Names (one) starting where each match of a cue ends, with the role the match gives. */
  private static void forward(
      String body, Near near, boolean strong, Function<Matcher, String> role, List<Mention> out) {
    Matcher m = near.matcher();
    while (near.find()) {
      int end = Names.nameEnd(body, m.end());
      if (end > 0) {
        out.add(new Mention(body.substring(m.end(), end), m.end(), strong, role.apply(m)));
      }
    }
  }

  /**
   * "The offering was underwritten by X", "the auction will be managed by X": the firm that does
   * the work of the deal, named after a passive verb.
   */
  private static final Pattern DONE_BY =
      Pattern.compile(
          "\\b(?:is|are|was|were|will\\s+be|is\\s+being|are\\s+being|has\\s+been|have\\s+been)"
              + "\\s+(?:jointly\\s+|solely\\s+)?(managed|administered|underwritten|arranged|led)"
              + "\\s+by\\s+(?=[A-Z])");

  // A match of DONE_BY ends at most this far past its verb (" by ", wrapped perhaps).
  private static final int DONE_BY_TAIL = 24;

  /** "the Company's transfer agent, American Stock Transfer & Trust Company": the agent named. */
  private static final Pattern AGENT_NAMED =
      Pattern.compile(
          "\\b(?:transfer|paying|exchange|rights|information|subscription|escrow|warrant)\\s+agent,"
              + "\\s+(?:the\\s+)?(?=[A-Z])");

  /** Adds the agent named right after its role and a comma. */
  static void agentsNamed(String body, List<Mention> out) {
    Near near = Near.find(AGENT_NAMED, body, 16, 8, "agent,");
    forward(body, near, true, m -> PartnerRoles.TRUSTEE, out);
  }

  /** Adds the firms named after "underwritten by", "managed by" and the like ("by A and B"). */
  static void doneBy(String body, SectionNames names, List<Mention> out) {
    Near near =
        Near.find(
            DONE_BY,
            body,
            30,
            DONE_BY_TAIL,
            "managed",
            "administered",
            "underwritten",
            "arranged",
            "led by",
            "led\nby");
    Matcher m = near.matcher();
    while (near.find()) {
      String role = m.group(1).equals("underwritten") ? PartnerRoles.UNDERWRITER : null;
      DealParties.list(body, m.end(), names, out, false, role);
    }
  }

  /**
   * "a letter sent to the board of directors of ImClone Systems Incorporated", "a proposal to the
   * Board of Directors of X": the company a bid or a letter is addressed to.
   */
  private static final Pattern ADDRESSED_TO_BOARD =
      Pattern.compile(
          "\\b(?:letter|proposal|offer)\\b[^.\\n]{0,80}?\\bto\\s+the\\s+(?:[Bb]oard|BOARD)\\s+of"
              + "\\s+(?:[Dd]irectors|DIRECTORS)\\s+of\\s+(?:the\\s+)?(?=[A-Z])");

  // A match of ADDRESSED_TO_BOARD starts at most this far before "oard of".
  private static final int ADDRESSED_LEAD = 120;

  /** Adds the company whose board a letter, proposal or offer is addressed to. */
  static void addressedToBoard(String body, List<Mention> out) {
    Near near = Near.find(ADDRESSED_TO_BOARD, body, ADDRESSED_LEAD, 24, "oard of", "OARD OF");
    forward(body, near, true, m -> null, out);
  }
}
