package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the counterparties of the deal or event a section discloses. Precision comes first: a name
 * is only taken where the wording makes it a party ("agreement with X", "X (Nasdaq: XX)", "X has
 * renewed"), never from boilerplate, and the registrant, its subsidiaries, exchanges, PR agencies,
 * people and generic words are dropped. Stateless and thread-safe.
 */
final class PartnerExtractor {

  private static final String DEAL_NOUN =
      "agreements?|contracts?|collaborations?|partnerships?|alliances?|arrangements?|licen[cs]es?"
          + "|licensing|deal|joint venture|transactions?|merger|amendments?|letter of intent"
          + "|memorandum of understanding|settlement|relationship|venture|understanding|lease"
          + "|facility|program|negotiations|discussions";

  /** Text within one sentence: a period only ends it when a capital follows. */
  private static final String BRIDGE = "(?:[^.;]|\\.(?!\\s+[A-Z]))";

  /** "agreement ... with X", "collaboration between A and X", "by and among A, B and C". */
  private static final Pattern DEAL_WITH =
      Pattern.compile(
          "\\b(?i:"
              + DEAL_NOUN
              + ")\\b("
              + BRIDGE
              + "{0,100}?)\\b(?:with|between|among)\\s+(?:each of\\s+)?(?:the\\s+)?");

  /** "entered into ... with X", "signed ... with X". */
  private static final Pattern VERB_WITH =
      Pattern.compile(
          "\\b(?:entered into|signed|executed|reached|completed|closed|finalized|amended)\\b"
              + "("
              + BRIDGE
              + "{0,120}?)\\bwith\\s+(?:the\\s+)?");

  /** Agreements with people, not organizations. */
  private static final Pattern PERSONAL =
      Pattern.compile(
          "(?i)employment|severance|separation|retention|consulting|indemnification|change[- ]in[-"
              + " ]control|compensat|award|bonus|offer letter|executive|director|officer|retirement"
              + "|stockholders?|shareholders?");

  /** "acquisition of X", "sold ... to X", "merger with X": the target needs evidence. */
  private static final Pattern ACQUIRE =
      Pattern.compile(
          "\\b(?:acquired|acquire|acquires|acquiring|acquisition of|merger of|merge with|merged"
              + " with|combination with|spin-?off of|spin off of|purchase|purchased|purchases|sale of"
              + ")\\s+(?:the\\s+|The\\s+)?");

  /** "sold its stake in X to Y", "paid $1.5 billion to Y": the buyer or payee. */
  private static final Pattern SOLD_TO =
      Pattern.compile(
          "\\b(?:sale|sold|sell|sells|selling|divest\\w*|paid|pay|pays)\\b"
              + BRIDGE
              + "{0,100}?\\bto\\s+(?:the\\s+|The\\s+)?");

  /** "acquire the assets of X from Y": the seller. */
  private static final Pattern ACQUIRE_FROM =
      Pattern.compile(
          "\\b(?:acquir\\w*|purchas\\w*|buy|bought)\\b"
              + BRIDGE
              + "{0,120}?\\bfrom\\s+(?:the\\s+|The\\s+)?");

  private static final Pattern HISTORICAL = Pattern.compile("^,?\\s+in\\s+(?:19|20)\\d\\d\\b");

  /** "the assets of", "all of the outstanding shares of": what is bought, before whose it is. */
  private static final Pattern OBJECT_OF =
      Pattern.compile(
          "(?:\\d+(?:\\.\\d+)?%\\s+(?:of\\s+)?)?(?:(?:substantially\\s+)?all\\s+(?:of\\s+)?)?"
              + "(?:the\\s+|its\\s+|a\\s+)?"
              + "(?:[a-z\\-]+\\s+){0,4}?(?:of|in)\\s+(?:the\\s+)?(?=[A-Z])");

  /** "Varian would be acquired by ...": the subject is the target. */
  private static final Pattern ACQUIRED_BY =
      Pattern.compile(
          "(?<=[A-Za-z.)])\\s+(?:would |will |to |has |have |had )?(?:be|been|was|is)\\s+acquired"
              + " by\\b");

  /** "Citibank, N.A., a syndication agent and lender", "U.S. Bank, as trustee". */
  private static final Pattern ROLE_AFTER =
      Pattern.compile(
          "(?<=[A-Za-z.)]),\\s+(?:as\\s+|an?\\s+|the\\s+)(?:[\\w-]+\\s+){0,2}?(?:agent|trustee"
              + "|servicer|lender|arranger|underwriter|initial purchaser|purchaser|bookrunner)s?\\b");

  /** "J.P. Morgan Securities Inc. and Citigroup Global Markets Inc. are acting as ...". */
  private static final Pattern ACTING_AS =
      Pattern.compile(
          "(?<=[A-Za-z.)])\\s+(?:is|are|will be|served|serves|acted)\\s+(?:acting\\s+)?as\\s+"
              + "(?:the\\s+)?(?:joint\\s+|sole\\s+|lead\\s+)*(?:[\\w-]+\\s+){0,2}?"
              + "(?:agent|trustee|arranger|underwriter|bookrunner|lender)s?\\b");

  /** A ticker after a name: "BioChem Pharma Inc. (Nasdaq: BCHE, ...)". */
  private static final Pattern SERIES_BEFORE = Pattern.compile(",\\s*[0-9][0-9\\-]*\\s*$");

  private static final Pattern TICKER =
      Pattern.compile(
          "\\((?:Nasdaq|NASDAQ|NasdaqGS|NasdaqGM|NYSE|Nyse|AMEX|Amex|TSX|LSE|OTCBB|OTC BB"
              + "|Euronext|London Stock Exchange|Toronto Stock Exchange|New York Stock Exchange)"
              + "[^:)]{0,40}:\\s*([A-Z][A-Za-z.]{0,7})");

  /** Verbs whose subject is a party: "Genentech (NYSE: DNA) has renewed", "BioChem will invest". */
  private static final Pattern SUBJECT_VERB =
      Pattern.compile(
          // The lookbehind anchors a match right after a word: without it every position of a long
          // whitespace run would be tried, which is quadratic.
          "(?<=[A-Za-z0-9.)])(?:\\s*\\([^)]{1,60}\\))?,?\\s+"
              + "(?:has |have |had |will |shall |would |may |recently |also |today |jointly )*"
              + "(?:renewed|agreed|signed|entered into|exercised|licensed|invested|invest|paid|pay"
              + "|purchase|extended|terminated|announced|announce|collaborate|acquired|acquire"
              + "|receive)\\b");

  /** The verbs of {@link #SUBJECT_VERB}, as its triggers. */
  private static final String[] SUBJECT_VERBS = {
    "renewed", "agreed", "signed", "entered into", "exercised", "licensed", "invested", "invest",
    "paid", "pay", "purchase", "extended", "terminated", "announced", "announce", "collaborate",
    "acquired", "acquire", "receive"
  };

  /** "grants X an exclusive license". */
  private static final Pattern GRANTS =
      Pattern.compile("\\bgrant(?:s|ed)?\\s+(?=[A-Z][^ ]*\\s+(?:an?|the|certain|exclusive)\\b)");

  /** A defined term: {@code BioChem Pharma Inc. ("BioChem")}, {@code (the "Company" or "X")}. */
  private static final Pattern DEFINED =
      Pattern.compile(
          "\\(\\s*(?:the\\s+|collectively,?\\s+|together,?\\s+)?[\"\u201c]([^)]{1,80})\\)");

  private static final Pattern QUOTED =
      Pattern.compile("[\"\u201c]([^\"\u201c\u201d]{1,40})[\"\u201d]");

  /** An unquoted abbreviation: {@code SmithKline Beecham Plc (SB)}, {@code (ATI)}. */
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z][A-Za-z&]{1,5})\\)");

  /** "95%-owned subsidiary, Apoptosis Technology, Inc.". */
  private static final Pattern SUBSIDIARY_BEFORE =
      Pattern.compile("\\bsubsidiar(?:y|ies),?\\s+(?=[A-Z])");

  /** "X, a wholly-owned subsidiary of ...", "X, a Delaware corporation and a wholly owned ...". */
  private static final Pattern SUBSIDIARY_AFTER =
      Pattern.compile(
          "^,?\\s*(?:\\([^)]{0,60}\\)\\s*,?\\s*)?(?:an? [\\w ]{0,40}?(?:and|,)\\s+)?"
              + "(?:an?|its|our|the Company's|the Registrant's)\\s+[\\w%\\- ]{0,40}?subsidiary"
              + "(?!\\s+of\\s+(?!the Company|us\\b|the Registrant)[A-Z])");

  private static final Pattern TITLED =
      Pattern.compile(
          "\\b(?:Mr|Ms|Mrs|Dr|Messrs)\\.?\\s+(?:[A-Z][a-z]*\\.?\\s+){0,2}([A-Z][A-Za-z'\\-]+)");

  private static final Pattern PERSON_NAME =
      Pattern.compile(
          "(?=.*\\b[A-Z]\\. )(?:(?:[A-Z][a-z]+|[A-Z]\\.) ){1,3}[A-Z][a-zA-Z'\\-]+(?:,? (?:Jr|Sr|III|II)\\.?)?");

  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)forward[- ]looking statement|safe harbor|private securities litigation reform"
              + "|cautionary statement|risks? and uncertainties");

  private static final Pattern CONTACT =
      Pattern.compile(
          "(?i)^\\s*(?:contacts?|media contacts?|investor contacts?|investors?|media"
              + "|for further information|source)\\s*:");

  private static final Pattern ABOUT = Pattern.compile("^\\s*About\\s+[A-Z]");

  private static final Set<String> GENERIC =
      Set.of(
          "company",
          "registrant",
          "corporation",
          "board",
          "board of directors",
          "directors",
          "agreement",
          "purchaser",
          "purchasers",
          "seller",
          "sellers",
          "buyer",
          "buyers",
          "lender",
          "lenders",
          "agent",
          "administrative agent",
          "syndication agent",
          "borrower",
          "borrowers",
          "parent",
          "merger sub",
          "executive",
          "employee",
          "committee",
          "plan",
          "bank",
          "banks",
          "trust",
          "trustee",
          "issuer",
          "guarantor",
          "guarantors",
          "investor",
          "investors",
          "holders",
          "underwriter",
          "underwriters",
          "representative",
          "representatives",
          "sec",
          "commission",
          "securities and exchange commission",
          "united states",
          "u s",
          "us",
          "state",
          "government",
          "party",
          "parties",
          "licensee",
          "licensor",
          "customer",
          "supplier",
          "partner",
          "partners",
          "stockholders",
          "shareholders",
          "management",
          "officer",
          "officers",
          "chairman",
          "president",
          "notes",
          "credit agreement",
          "amendment",
          "indenture",
          "facility",
          "we",
          "it",
          "they",
          "business",
          "closing",
          "effective time",
          "merger",
          "transaction",
          "buyer parties",
          "sellers parties",
          "lessor",
          "lessee",
          "landlord",
          "tenant",
          "contractor",
          "employer",
          "project",
          "financier",
          "financiers");

  /** Places that appear where a company is described ("a British Virgin Islands company"). */
  private static final Set<String> JURISDICTIONS =
      Set.of(
          "british virgin islands",
          "cayman islands",
          "virgin islands",
          "bermuda",
          "delaware",
          "nevada",
          "luxembourg",
          "netherlands",
          "the netherlands",
          "puerto rico",
          "hong kong",
          "kingdom of saudi arabia",
          "saudi arabia",
          "united kingdom",
          "united states");

  /** A money token such as {@code US$1} or {@code $10}: never a party. */
  private static final Pattern MONEY_TOKEN = Pattern.compile("(?:^|\\s)[A-Z]{0,3}\\$\\s?\\d");

  private static final Set<String> STOP_FIRST =
      Set.of(
          "Item",
          "Items",
          "Section",
          "Exhibit",
          "Exhibits",
          "Form",
          "Article",
          "Schedule",
          "Rule",
          "Regulation",
          "Note",
          "Notes",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Mr",
          "Ms",
          "Mrs",
          "Dr",
          "This",
          "These",
          "That",
          "Those",
          "Such",
          "Each",
          "Any",
          "All",
          "Our",
          "Its",
          "His",
          "Her",
          "Their",
          "Under",
          "Pursuant",
          "On",
          "In",
          "As",
          "If",
          "For",
          "A",
          "An",
          "Amended",
          "Restated",
          "Amendment",
          "Agreement",
          "Credit",
          "Senior",
          "Series",
          "Common",
          "Preferred",
          "Class",
          "Stock",
          "Board",
          "Company",
          "Registrant",
          "Chief",
          "Vice",
          "Federal",
          "Fiscal",
          "Certain",
          "Other",
          "Both",
          "We",
          "It",
          "The",
          "About",
          "Tel",
          "Fax",
          "Phone",
          "Investor",
          "Media",
          "Contact",
          "Contacts",
          "Purchase",
          "Asset",
          "Merger",
          "Master",
          "Supply",
          "License",
          "Lease",
          "Loan",
          "Term",
          "Revolving",
          "Global",
          "Plan",
          "Securities",
          "Act",
          "CEO",
          "CFO",
          "Inc",
          "Corp",
          "Ltd",
          "LLC");

  private static final Set<String> STOP_LAST =
      Set.of(
          "Agreement",
          "Agreements",
          "Plan",
          "Facility",
          "Notes",
          "Note",
          "Act",
          "Statement",
          "Statements",
          "Program",
          "Policy",
          "Amendment",
          "Indenture",
          "Committee",
          "Board",
          "Division",
          "Segment",
          "Business",
          "Products",
          "Contract",
          "License",
          "Stock",
          "Shares",
          "Units",
          "Directors",
          "Officer",
          "Officers",
          "Exchange",
          "Market",
          "Index",
          "Date",
          "Period",
          "Rate",
          "Award",
          "Awards",
          "Letter",
          "Closing",
          "Transaction",
          "Merger",
          "Lenders",
          "Lender",
          "Agent",
          "Purchaser",
          "Seller",
          "Buyer",
          "Borrower",
          "Parties",
          "Party",
          "Trustee",
          "Holders",
          "Investors",
          "Underwriters",
          "Executive",
          "Employee",
          "Acquisition",
          "Sub");

  private static final Pattern EXCHANGE =
      Pattern.compile(
          "(?i)\\bexchanges?\\b|^nasdaq|^nyse\\b|^amex$|^otc\\b|^euronext|^tsx$|^pink sheets");

  private static final Pattern AGENCY =
      Pattern.compile(
          "(?i)feinstein kean|communications group|public relations|investor relations"
              + "|business wire|pr ?newswire|globe ?newswire|marketwire|newswire");

  /** A found partner mention, kept with whether the wording alone makes it a party. */
  private record Mention(String name, int pos, boolean strong) {}

  List<String> extract(String text, String registrant) {
    // Dashes and ellipses glue words in datelines ("2002--Alcoa", "2000...ROCK"); spaces keep
    // offsets while separating them.
    String body =
        blankBoilerplate(text).replace("--", ";;").replace("...", ";;;").replace('\u2014', ';');
    Context ctx = new Context(body, registrant == null ? "" : registrant);
    List<Mention> mentions = new ArrayList<>();
    dealWith(body, ctx, mentions);
    // "acquired by" and the role nouns are the rare words these patterns need; a match starts at
    // most a few words before them and ends with them.
    backward(body, Near.find(ACQUIRED_BY, body, 60, 2, "acquired by"), false, mentions);
    backward(body, Near.find(ROLE_AFTER, body, 100, 2, ROLE_NOUNS), true, mentions);
    backward(body, Near.find(ACTING_AS, body, 150, 2, ROLE_NOUNS), true, mentions);
    acquisitions(body, mentions);
    tickers(body, ctx, mentions);
    subjects(body, mentions);
    grants(body, mentions);
    mentions.sort((a, b) -> Integer.compare(a.pos(), b.pos()));

    Map<String, String> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String c = ctx.resolve(m.name());
      if (c == null || !ctx.acceptable(c, m)) {
        continue;
      }
      out.putIfAbsent(Names.key(c), c);
    }
    return mergePrefixes(List.copyOf(out.values()), ctx.suffixedKeys);
  }

  /**
   * Drops a partner that is the start of another one ("Lloyds TSB" beside "Lloyds TSB Bank", "CORT"
   * beside "CORT Business Services"): the same organization, written short.
   */
  private static List<String> mergePrefixes(List<String> partners, Set<String> ownEntities) {
    List<String> kept = new ArrayList<>();
    for (String p : partners) {
      String k = Names.key(p) + " ";
      boolean shorter =
          partners.stream()
              .anyMatch(
                  o ->
                      o != p
                          && (Names.key(o) + " ").startsWith(k)
                          && !Names.key(o).equals(Names.key(p)));
      if (!shorter || ownEntities.contains(Names.key(p))) {
        kept.add(p); // "The Fairchild Corporation" beside "Fairchild Fasteners": two companies
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The text with boilerplate paragraphs blanked out, so offsets stay valid. Paragraphs are
   * compared in place (regions, not copies), and the disclaimers are only searched near their
   * words.
   */
  static String blankBoilerplate(String text) {
    StringBuilder sb = new StringBuilder(text);
    Matcher about = ABOUT.matcher(text);
    Matcher contact = CONTACT.matcher(text);
    // BOILERPLATE never matches a line break, so its matches over the whole text are those of each
    // paragraph; bp holds the first one at or after the current paragraph. "risks and " starts 10
    // characters before its trigger.
    Near boilerplate =
        Near.findIgnoreCase(
            BOILERPLATE,
            text,
            10,
            20,
            "forward",
            "safe harbor",
            "private securities",
            "cautionary statement",
            "uncertainties");
    Matcher bp = boilerplate.matcher();
    int bpStart = -1;
    int start = 0;
    boolean inAbout = false;
    while (start <= text.length()) {
      int breakStart = paragraphBreak(text, start);
      int end = breakStart < 0 ? text.length() : breakStart;
      int trimmed = strippedLength(text, start, end);
      boolean blank = false;
      if (about.region(start, end).lookingAt()) {
        blank = true;
        // A short "About X" heading starts a boilerplate block that runs to the next heading.
        inAbout = trimmed < 100;
      } else if (inAbout) {
        if (trimmed < 60 && trimmed > 0) {
          inAbout = false;
        } else {
          blank = true;
        }
      }
      int from = start;
      if (bpStart < start) {
        bpStart = boilerplate.find(start) ? bp.start() : Integer.MAX_VALUE;
      }
      if (contact.region(start, end).lookingAt()) {
        blank = true;
      } else if (bpStart < end) {
        blank = true;
        if (end - start > 600) {
          // One long line holding a whole release: blank from the disclaimer's sentence on.
          int sentence =
              Math.max(
                  lastIndexOfFrom(text, ". ", bpStart, start),
                  lastIndexOfFrom(text, "\"", bpStart, start));
          from = start + Math.max(0, sentence);
        }
      }
      if (blank) {
        for (int i = from; i < end; i++) {
          if (!Character.isWhitespace(sb.charAt(i))) {
            sb.setCharAt(i, ' ');
          }
        }
      }
      if (breakStart < 0) {
        break;
      }
      start = paragraphBreakEnd(text, breakStart);
    }
    return sb.toString();
  }

  /** Where the next blank line ({@code \n[ \t]*\n}) at or after {@code from} starts, or -1. */
  private static int paragraphBreak(String text, int from) {
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (paragraphBreakEnd(text, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the blank line starting at the line break {@code i}, or -1 when it is not one. */
  private static int paragraphBreakEnd(String text, int i) {
    int j = i + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n' ? j + 1 : -1;
  }

  /** The length of {@code text[start, end)} without surrounding white space. */
  private static int strippedLength(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end - start;
  }

  /** Where {@code s} last starts at or before {@code at}, relative to {@code start}; or -1. */
  private static int lastIndexOfFrom(String text, String s, int at, int start) {
    int i = text.lastIndexOf(s, at);
    return i >= start ? i - start : -1;
  }

  private static void dealWith(String body, Context ctx, List<Mention> out) {
    // The patterns start at a deal noun or verb: they are only tried there, and only when "with"
    // (or "between", "among") follows within the noun or verb and its bridge of 100 or 120.
    int[] verbs =
        Near.occurrences(
            body,
            "entered into",
            "signed",
            "executed",
            "reached",
            "completed",
            "closed",
            "finalized",
            "amended");
    for (Near near :
        new Near[] {
          Near.at(DEAL_WITH, body, Near.followedBy(dealNouns(body), body, 130, WITH)),
          Near.at(VERB_WITH, body, Near.followedBy(verbs, body, 135, "with"))
        }) {
      Matcher m = near.matcher();
      while (near.find()) {
        String between = m.group(1);
        int from = Math.max(0, m.start() - 60);
        String lead = body.substring(from, m.start());
        lead = lead.substring(lead.lastIndexOf('.') + 1); // this sentence only
        if (PERSONAL.matcher(between).find() || PERSONAL.matcher(lead).find()) {
          continue;
        }
        list(body, m.end(), ctx, out);
      }
    }
  }

  private static final String[] WITH = {"with", "between", "among"};

  /** The first words of the {@link #DEAL_NOUN}s, in lower case, by their first letter. */
  private static final String[][] DEAL_WORDS = new String[26][];

  static {
    Map<Character, List<String>> byInitial = new HashMap<>();
    for (String noun : DEAL_NOUN.split("\\|")) {
      String word = noun.split(" ")[0];
      List<String> forms =
          word.equals("licen[cs]es?")
              ? List.of("licence", "licences", "license", "licenses")
              : word.endsWith("s?")
                  ? List.of(
                      word.substring(0, word.length() - 2), word.substring(0, word.length() - 1))
                  : List.of(word);
      for (String f : forms) {
        byInitial.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(f);
      }
    }
    for (int i = 0; i < 26; i++) {
      DEAL_WORDS[i] = byInitial.getOrDefault((char) ('a' + i), List.of()).toArray(String[]::new);
    }
  }

  /**
   * Where a word that starts a deal noun ("Agreement", "joint" of "joint venture") begins, ignoring
   * ASCII case: one pass over the words, without copying them.
   */
  private static int[] dealNouns(String body) {
    int[] out = new int[16];
    int n = 0;
    int len = body.length();
    int i = 0;
    while (i < len) {
      if (!isAsciiLetter(body.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < len && isAsciiLetter(body.charAt(j))) {
        j++;
      }
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1));
      if (wordStart) {
        for (String w : DEAL_WORDS[(body.charAt(i) | 0x20) - 'a']) {
          if (w.length() == j - i && body.regionMatches(true, i, w, 0, w.length())) {
            if (n == out.length) {
              out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
            break;
          }
        }
      }
      i = j;
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Reads "A", "A and B", "A, B and C" (with appositions and defined terms between). */
  private static void list(String body, int pos, Context ctx, List<Mention> out) {
    for (int n = 0; n < 6; n++) {
      int end = Names.nameEnd(body, pos);
      if (end < 0) {
        Matcher skip = LOWER_ELEMENT.matcher(body).region(pos, Math.min(body.length(), pos + 140));
        if (n > 0 && skip.lookingAt()) {
          pos = skip.end(); // ", certain lenders party thereto (the "Lenders") and X"
          continue;
        }
        return;
      }
      String name = body.substring(pos, end);
      int and = name.indexOf(" and ");
      if (and > 0 && ctx.known(name.substring(0, and))) {
        // "between Lloyds TSB and Merrill Lynch Capital Services, Inc.": two names, not one.
        out.add(new Mention(name.substring(0, and), pos, true));
        out.add(new Mention(name.substring(and + 5), pos + and + 5, true));
      } else {
        out.add(new Mention(name, pos, true));
      }
      int i = skipParentheses(body, end);
      Matcher ap = APPOSITION.matcher(body).region(i, Math.min(body.length(), i + 250));
      if (ap.lookingAt() && ap.group().chars().anyMatch(Character::isLetter)) {
        i = skipParentheses(body, ap.end()); // ", a Delaware corporation (...)"
      }
      Matcher next = NEXT_IN_LIST.matcher(body).region(i, Math.min(body.length(), i + 24));
      if (!next.lookingAt()) {
        return;
      }
      if (next.group("and") == null && !listedParty(body, next.end())) {
        return; // ", London": a comma alone continues a list only with a party-like name
      }
      pos = next.end();
    }
  }

  private static final Pattern LOWER_ELEMENT =
      Pattern.compile(
          "[a-z][^,;()]{0,60}?(?:\\s*\\([^)]{0,60}\\))?,?\\s+(?:and\\s+)?(?:the\\s+)?(?=[A-Z])");
  private static final Pattern APPOSITION =
      Pattern.compile(
          "(?:,?\\s*(?:Sr|Jr|III|II)\\.?)?(?:\\s*\\([^)]{0,60}\\))?(?:,\\s+(?:an?|the|as)\\s+"
              + "[^;()]{1,200}?(?=\\s*\\(|,\\s+(?:and\\s+)?[A-Z]|\\s+and\\s+[A-Z]))?");
  private static final Pattern NEXT_IN_LIST =
      Pattern.compile(
          ",?\\s*(?<and>and(?:\\s+with)?|&)\\s+(?:the\\s+)?(?=[A-Z])|,\\s+(?:the\\s+)?(?=[A-Z])");

  /** Whether the name at {@code pos} carries a legal form or a defined term or description. */
  private static boolean listedParty(String body, int pos) {
    int end = Names.nameEnd(body, pos);
    if (end < 0) {
      return false;
    }
    String name = body.substring(pos, end);
    String c = Names.canonical(name);
    if (c != null && !c.equals(TRAILING_PUNCTUATION.matcher(name).replaceAll(""))) {
      return true;
    }
    return LISTED_AFTER.matcher(body).region(end, Math.min(body.length(), end + 12)).lookingAt()
        || LIST_GOES_ON.matcher(body).region(end, Math.min(body.length(), end + 12)).lookingAt();
  }

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

  /** Names (one, or a list "A, B and C") ending where a pattern starts. */
  private static void backward(String body, Near near, boolean list, List<Mention> out) {
    Matcher m = near.matcher();
    while (near.find()) {
      int end = m.start();
      for (int n = 0; n < (list ? 4 : 1); n++) {
        int start = Names.nameStart(body, end);
        if (start < 0) {
          break;
        }
        out.add(new Mention(body.substring(start, end).trim(), start, true));
        Matcher sep = LIST_SEPARATOR_BEFORE.matcher(body).region(Math.max(0, start - 8), start);
        if (!sep.find()) {
          break;
        }
        end = sep.start();
      }
    }
  }

  /** The role nouns of {@link #ROLE_AFTER} and {@link #ACTING_AS}, as their triggers. */
  private static final String[] ROLE_NOUNS = {
    "agent", "trustee", "servicer", "lender", "arranger", "underwriter", "purchaser", "bookrunner"
  };

  private static final Pattern LIST_SEPARATOR_BEFORE =
      Pattern.compile("(?:,\\s*and|,|\\sand)\\s+$");

  private static void acquisitions(String body, List<Mention> out) {
    // Each pattern starts at its verb or noun.
    acquisitions(
        body,
        Near.at(ACQUIRE, body, "acqui", "merge", "combination with", "spin", "purchase", "sale of"),
        out);
    acquisitions(body, Near.at(ACQUIRE_FROM, body, "acquir", "purchas", "buy", "bought"), out);
    acquisitions(
        body, Near.at(SOLD_TO, body, "sale", "sold", "sell", "divest", "paid", "pay"), out);
  }

  private static void acquisitions(String body, Near near, List<Mention> out) {
    Matcher m = near.matcher();
    while (near.find()) {
      int pos = m.end();
      Matcher object = OBJECT_OF.matcher(body).region(pos, Math.min(body.length(), pos + 80));
      if (pos < body.length()
          && (Character.isLowerCase(body.charAt(pos)) || Character.isDigit(body.charAt(pos)))
          && object.lookingAt()) {
        pos = object.end();
      }
      int end = Names.nameEnd(body, pos);
      if (end > 0
          && !HISTORICAL.matcher(body).region(end, Math.min(body.length(), end + 12)).lookingAt()) {
        out.add(new Mention(body.substring(pos, end), pos, true)); // not "acquired X in 2000"
      }
    }
  }

  private static void tickers(String body, Context ctx, List<Mention> out) {
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
      ctx.addTicker(m.group(1), name);
    }
  }

  /**
   * Whether {@link #SUBJECT_VERB} may start at {@code i}: right after a word, at a space, a
   * parenthesis or a comma.
   */
  private static boolean subjectVerbStart(String body, int i) {
    if (i == 0) {
      return false;
    }
    char before = body.charAt(i - 1);
    char c = body.charAt(i);
    boolean afterWord =
        Character.isLetterOrDigit(before) && before < 128 || before == '.' || before == ')';
    return afterWord
        && (c == ' '
            || c == '\t'
            || c == '\n'
            || c == '\r'
            || c == '\f'
            || c == '\u000B'
            || c == '('
            || c == ',');
  }

  private static void subjects(String body, List<Mention> out) {
    // A match ends at its verb and starts at most a parenthesis and a few auxiliaries before it.
    Near near =
        Near.findWords(SUBJECT_VERB, body, 160, 0, i -> subjectVerbStart(body, i), SUBJECT_VERBS);
    Matcher m = near.matcher();
    while (near.find()) {
      Matcher term = QUOTED.matcher(m.group());
      if (term.find()) {
        // "Delphi S.a.r.l., ... controlled by EQT V Limited ("Delphi"), entered into": the defined
        // term names the subject, the words before it may not.
        out.add(new Mention(term.group(1), m.start(), false));
        continue;
      }
      int start = Names.nameStart(body, m.start());
      if (start >= 0) {
        out.add(new Mention(body.substring(start, m.start()).trim(), start, false));
      }
    }
  }

  private static void grants(String body, List<Mention> out) {
    Near near = Near.at(GRANTS, body, "grant");
    Matcher m = near.matcher();
    while (near.find()) {
      int end = Names.nameEnd(body, m.end());
      if (end > 0) {
        out.add(new Mention(body.substring(m.end(), end), m.end(), false));
      }
    }
  }

  /** What the section says about names: aliases, tickers, subsidiaries, who the registrant is. */
  private static final class Context {
    private final String body;
    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> evidenced = new HashSet<>();
    // Names written with their own legal form ("The Fairchild Corporation").
    private final Set<String> suffixedKeys = new HashSet<>();
    private final Set<String> subsidiaries = new HashSet<>();
    private final Set<String> registrantKeys = new HashSet<>();
    // Surnames written after a title ("Mr. Leahey"): a name ending in one is a person.
    private final Set<String> addressed = new HashSet<>();
    private final String registrantKey;
    private final String registrantCore;
    private final List<Integer> suffixEnds = new ArrayList<>();

    Context(String body, String registrant) {
      this.body = body;
      String rc = Names.canonical(registrant);
      registrantKey = rc == null ? "" : Names.key(rc);
      String core = registrantKey.isEmpty() ? "" : registrantKey.split(" ")[0];
      registrantCore = core.length() >= 4 ? core : registrantKey;
      if (!registrantKey.isEmpty()) {
        registrantKeys.add(registrantKey);
      }
      for (String g : List.of("company", "registrant", "we", "us", "our")) {
        registrantKeys.add(g);
      }
      Near titled = Near.at(TITLED, body, "Mr", "Ms", "Dr", "Messrs");
      while (titled.find()) {
        addressed.add(titled.matcher().group(1));
      }
      // The ends of the legal forms ("Inc."), read by suffixed() and subsidiaries().
      Near suffix = Near.at(SUFFIX_WORD, body, SUFFIX_TRIGGERS);
      while (suffix.find()) {
        suffixEnds.add(suffix.matcher().end());
      }
      definedTerms();
      suffixed();
      subsidiaries();
    }

    private void definedTerms() {
      Near defined = Near.at(DEFINED, body, "(");
      Matcher m = defined.matcher();
      while (defined.find()) {
        int nameEnd = m.start();
        Matcher series = SERIES_BEFORE.matcher(body).region(Math.max(0, nameEnd - 16), nameEnd);
        if (series.find()) {
          nameEnd = series.start(); // "STEERS Repo Pass-Thru Trust, 2008-1 (the "Trust")"
        }
        int start = Names.nameStart(body, nameEnd);
        String full = start < 0 ? null : Names.canonical(body.substring(start, nameEnd).trim());
        if (full != null) {
          evidenced.add(Names.key(full));
        }
        Matcher q = QUOTED.matcher("\"" + m.group(1));
        while (q.find()) {
          String target = related(q.group(1), full, start < 0 ? nameEnd : start);
          if (target != null) {
            alias(q.group(1), target);
          }
        }
      }
      Near abbreviation = Near.at(ABBREVIATION, body, "(");
      Matcher a = abbreviation.matcher();
      while (abbreviation.find()) {
        int start = Names.nameStart(body, a.start());
        if (start >= 0) {
          String full = Names.canonical(body.substring(start, a.start()).trim());
          if (full != null && !a.group(1).equals(full)) {
            alias(a.group(1), related(a.group(1), full, start));
          }
        }
      }
    }

    /**
     * The name a defined term stands for. Usually the name right before it, but in "SmithKline
     * Beecham Plc, London, /SmithKline Beecham, Philadelphia ("SmithKline")" that is a city, so a
     * term that shares nothing with it is matched to an earlier name it starts.
     */
    private String related(String alias, String full, int fullStart) {
      String a = Names.key(alias);
      if (a.isEmpty() || (full != null && Names.key(full).contains(a.split(" ")[0]))) {
        return full;
      }
      String first = WHITE_SPACE.split(alias)[0];
      int from = Math.max(0, fullStart - 200);
      int i = body.indexOf(first, from);
      if (i >= 0 && i < fullStart) {
        int end = Names.nameEnd(body, i);
        String c = end > 0 ? Names.canonical(body.substring(i, end)) : null;
        if (c != null) {
          return c;
        }
      }
      return full;
    }

    private void alias(String alias, String full) {
      String c = Names.canonical(alias);
      if (c != null) {
        aliases.putIfAbsent(Names.key(c), full);
        if (isRegistrant(full)) {
          registrantKeys.add(Names.key(c));
        }
      }
    }

    void addTicker(String ticker, String name) {
      String full = Names.canonical(name);
      if (full != null) {
        alias(ticker, full);
        evidenced.add(Names.key(full));
      }
    }

    /** Names written somewhere in the section with a legal form ("Varian, Inc."). */
    private void suffixed() {
      for (int end : suffixEnds) {
        int start = Names.nameStart(body, end);
        if (start >= 0) {
          String c = Names.canonical(body.substring(start, end));
          if (c != null) {
            evidenced.add(Names.key(c));
            suffixedKeys.add(Names.key(c));
          }
        }
      }
    }

    private void subsidiaries() {
      Near before = Near.at(SUBSIDIARY_BEFORE, body, "subsidiar");
      Matcher m = before.matcher();
      while (before.find()) {
        int end = Names.nameEnd(body, m.end());
        if (end > 0) {
          subsidiary(body.substring(m.end(), end), end);
        }
      }
      // "X, a wholly-owned subsidiary of the Company": look after each name with a legal form.
      // SUBSIDIARY_AFTER needs "subsidiary" within its 160 characters: most sections have none.
      int nextSubsidiary = body.indexOf("subsidiary");
      for (int end : suffixEnds) {
        if (nextSubsidiary >= 0 && nextSubsidiary < end) {
          nextSubsidiary = body.indexOf("subsidiary", end);
        }
        if (nextSubsidiary < 0) {
          break;
        }
        if (nextSubsidiary + "subsidiary".length() > end + 160) {
          continue;
        }
        Matcher after =
            SUBSIDIARY_AFTER.matcher(body).region(end, Math.min(body.length(), end + 160));
        if (after.lookingAt()) {
          int start = Names.nameStart(body, end);
          if (start >= 0) {
            subsidiary(body.substring(start, end), end);
          }
        }
      }
    }

    private void subsidiary(String name, int end) {
      String c = Names.canonical(name);
      if (c == null) {
        return;
      }
      subsidiaries.add(Names.key(c));
      // Its defined term or abbreviation, written right after it.
      Matcher d = ALIAS_AFTER.matcher(body).region(end, Math.min(body.length(), end + 60));
      if (d.lookingAt()) {
        String a = Names.canonical(d.group(1));
        if (a != null) {
          subsidiaries.add(Names.key(a));
        }
      }
    }

    /** Whether a name is one the section defines or writes with a legal form. */
    boolean known(String name) {
      String c = Names.canonical(name);
      if (c == null) {
        return false;
      }
      String k = Names.key(c);
      return aliases.containsKey(k) || evidenced.contains(k) || isRegistrant(c);
    }

    String resolve(String mention) {
      String c = Names.canonical(mention);
      if (c == null) {
        return null;
      }
      String full = aliases.get(Names.key(c));
      return full != null ? full : c;
    }

    boolean isRegistrant(String canonical) {
      String k = Names.key(canonical);
      if (k.isEmpty()) {
        return false;
      }
      return registrantKeys.contains(k)
          || (!registrantKey.isEmpty()
              && (registrantKey.startsWith(k + " ")
                  || k.equals(registrantCore)
                  || k.startsWith(registrantCore + " ")));
    }

    boolean acceptable(String c, Mention m) {
      String k = Names.key(c);
      if (k.length() < 2
          || GENERIC.contains(k)
          || JURISDICTIONS.contains(k)
          || MONEY_TOKEN.matcher(c).find()
          || isRegistrant(c)
          || subsidiaries.contains(k)) {
        return false;
      }
      String[] tokens = WHITE_SPACE.split(c);
      if (STOP_FIRST.contains(Names.POSSESSIVE.matcher(Names.strip(tokens[0])).replaceAll(""))
          || STOP_LAST.contains(tokens[tokens.length - 1])) {
        return false;
      }
      if (EXCHANGE.matcher(c).find() || AGENCY.matcher(c).find()) {
        return false;
      }
      if (c.equals(c.toUpperCase(Locale.ROOT)) && c.length() > 5 && !evidenced.contains(k)) {
        return false; // headline capitals, not a name as written in the text
      }
      if (isPerson(c, m)) {
        return false;
      }
      return m.strong() || evidenced.contains(k) || aliasedTo(k);
    }

    private boolean aliasedTo(String key) {
      for (String full : aliases.values()) {
        if (Names.key(full).equals(key)) {
          return true;
        }
      }
      return false;
    }

    private boolean isPerson(String c, Mention m) {
      if (PERSON_NAME.matcher(c).matches()) {
        return true;
      }
      int from = Math.max(0, m.pos() - 5);
      if (TITLE_BEFORE.matcher(body.substring(from, m.pos())).matches()) {
        return true;
      }
      String[] tokens = WHITE_SPACE.split(c);
      String last = tokens[tokens.length - 1];
      if (tokens.length > 3 || evidenced.contains(Names.key(c))) {
        return false;
      }
      return addressed.contains(last);
    }
  }

  // Compiled once: String.split, matches and replaceAll would compile them on every call.
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,\\s]+$");
  private static final Pattern TITLE_BEFORE = Pattern.compile("(?s).*\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s*");

  private static final Pattern SUFFIX_WORD =
      Pattern.compile(
          "(?<=[ ,])(?:Inc\\.|Inc\\b|Incorporated|Corp\\.|Corporation|Co\\.|Ltd\\.|Limited|LLC|L\\.L\\.C\\."
              + "|LLP|L\\.P\\.|Plc|PLC|plc|N\\.V\\.|B\\.V\\.|AG|S\\.A\\.|S\\.p\\.A\\.|GmbH|N\\.A\\.)"
              + "(?![A-Za-z])");

  /** Literal starts of the legal forms of {@link #SUFFIX_WORD}, where its matches start. */
  private static final String[] SUFFIX_TRIGGERS = {
    "Inc", "Corp", "Co.", "Ltd.", "Limited", "LLC", "L.L.C.", "LLP", "L.P.", "Plc", "PLC", "plc",
    "N.V.", "B.V.", "AG", "S.A.", "S.p.A.", "GmbH", "N.A."
  };

  private static final Pattern ALIAS_AFTER =
      Pattern.compile(
          ",?\\s*\\(\\s*(?:the\\s+)?[\"\u201c]?([A-Z][A-Za-z&\\- ]{0,30}?)[\"\u201d]?\\s*\\)");
}
