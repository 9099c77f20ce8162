package io.filingssearch.extract;

import java.util.ArrayList;
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

  private static final Pattern PARAGRAPH = Pattern.compile("\\n[ \\t]*\\n");

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
          "employer");

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
    backward(body, ACQUIRED_BY, false, mentions);
    backward(body, ROLE_AFTER, true, mentions);
    backward(body, ACTING_AS, true, mentions);
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

  /** The text with boilerplate paragraphs blanked out, so offsets stay valid. */
  static String blankBoilerplate(String text) {
    StringBuilder sb = new StringBuilder(text);
    Matcher pm = PARAGRAPH.matcher(text);
    int start = 0;
    boolean inAbout = false;
    while (start <= text.length()) {
      int end = pm.find(start) ? pm.start() : text.length();
      String p = text.substring(start, end);
      String trimmed = p.strip();
      boolean blank = false;
      if (ABOUT.matcher(p).find()) {
        blank = true;
        // A short "About X" heading starts a boilerplate block that runs to the next heading.
        inAbout = trimmed.length() < 100;
      } else if (inAbout) {
        if (trimmed.length() < 60 && !trimmed.isEmpty()) {
          inAbout = false;
        } else {
          blank = true;
        }
      }
      int from = start;
      Matcher bp = BOILERPLATE.matcher(p);
      if (CONTACT.matcher(p).find()) {
        blank = true;
      } else if (bp.find()) {
        blank = true;
        if (p.length() > 600) {
          // One long line holding a whole release: blank from the disclaimer's sentence on.
          int sentence = Math.max(p.lastIndexOf(". ", bp.start()), p.lastIndexOf("\"", bp.start()));
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
      if (end == text.length()) {
        break;
      }
      start = pm.end();
    }
    return sb.toString();
  }

  private static void dealWith(String body, Context ctx, List<Mention> out) {
    for (Pattern p : new Pattern[] {DEAL_WITH, VERB_WITH}) {
      Matcher m = p.matcher(body);
      while (m.find()) {
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
    if (c != null && !c.equals(name.replaceAll("[.,\\s]+$", ""))) {
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
  private static void backward(String body, Pattern p, boolean list, List<Mention> out) {
    Matcher m = p.matcher(body);
    while (m.find()) {
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

  private static final Pattern LIST_SEPARATOR_BEFORE =
      Pattern.compile("(?:,\\s*and|,|\\sand)\\s+$");

  private static void acquisitions(String body, List<Mention> out) {
    acquisitions(body, ACQUIRE, out);
    acquisitions(body, ACQUIRE_FROM, out);
    acquisitions(body, SOLD_TO, out);
  }

  private static void acquisitions(String body, Pattern p, List<Mention> out) {
    Matcher m = p.matcher(body);
    while (m.find()) {
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
    Matcher m = TICKER.matcher(body);
    while (m.find()) {
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

  private static void subjects(String body, List<Mention> out) {
    Matcher m = SUBJECT_VERB.matcher(body);
    while (m.find()) {
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
    Matcher m = GRANTS.matcher(body);
    while (m.find()) {
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
      Matcher t = TITLED.matcher(body);
      while (t.find()) {
        addressed.add(t.group(1));
      }
      definedTerms();
      suffixed();
      subsidiaries();
    }

    private void definedTerms() {
      Matcher m = DEFINED.matcher(body);
      while (m.find()) {
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
      Matcher a = ABBREVIATION.matcher(body);
      while (a.find()) {
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
      String first = alias.split("\\s+")[0];
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
      Matcher m = SUFFIX_WORD.matcher(body);
      while (m.find()) {
        int start = Names.nameStart(body, m.end());
        if (start >= 0) {
          String c = Names.canonical(body.substring(start, m.end()));
          if (c != null) {
            evidenced.add(Names.key(c));
            suffixedKeys.add(Names.key(c));
          }
        }
      }
    }

    private void subsidiaries() {
      Matcher m = SUBSIDIARY_BEFORE.matcher(body);
      while (m.find()) {
        int end = Names.nameEnd(body, m.end());
        if (end > 0) {
          subsidiary(body.substring(m.end(), end), end);
        }
      }
      // "X, a wholly-owned subsidiary of the Company": look after each name with a legal form.
      Matcher s = SUFFIX_WORD.matcher(body);
      while (s.find()) {
        Matcher after =
            SUBSIDIARY_AFTER.matcher(body).region(s.end(), Math.min(body.length(), s.end() + 160));
        if (after.lookingAt()) {
          int start = Names.nameStart(body, s.end());
          if (start >= 0) {
            subsidiary(body.substring(start, s.end()), s.end());
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
      if (k.length() < 2 || GENERIC.contains(k) || isRegistrant(c) || subsidiaries.contains(k)) {
        return false;
      }
      String[] tokens = c.split("\\s+");
      if (STOP_FIRST.contains(Names.strip(tokens[0]).replaceAll("['\u2019]s$", ""))
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
      if (body.substring(from, m.pos()).matches("(?s).*\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s*")) {
        return true;
      }
      String[] tokens = c.split("\\s+");
      String last = tokens[tokens.length - 1];
      if (tokens.length > 3 || evidenced.contains(Names.key(c))) {
        return false;
      }
      return addressed.contains(last);
    }
  }

  private static final Pattern SUFFIX_WORD =
      Pattern.compile(
          "(?<=[ ,])(?:Inc\\.|Inc\\b|Incorporated|Corp\\.|Corporation|Co\\.|Ltd\\.|Limited|LLC|L\\.L\\.C\\."
              + "|LLP|L\\.P\\.|Plc|PLC|plc|N\\.V\\.|B\\.V\\.|AG|S\\.A\\.|S\\.p\\.A\\.|GmbH|N\\.A\\.)"
              + "(?![A-Za-z])");

  private static final Pattern ALIAS_AFTER =
      Pattern.compile(
          ",?\\s*\\(\\s*(?:the\\s+)?[\"\u201c]?([A-Z][A-Za-z&\\- ]{0,30}?)[\"\u201d]?\\s*\\)");
}
