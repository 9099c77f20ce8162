package io.filingssearch.extract;

import io.filingssearch.internal.CompanyNames;
import io.filingssearch.internal.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which found names are partners: drops generic words, places, headings, documents,
 * exchanges, wire services, people, the registrant and its subsidiaries, and a name that is only
 * the start of another partner. The word lists are the {@code .txt} files beside this class.
 * Stateless.
 */
final class PartnerFilter {
  private PartnerFilter() {}

  private static final Set<String> GENERIC =
      WordList.load(PartnerFilter.class, "generic-words.txt");
  private static final Set<String> PLACES = WordList.load(PartnerFilter.class, "places.txt");
  private static final Set<String> GENERIC_TERMS =
      WordList.load(PartnerFilter.class, "generic-terms.txt");
  private static final Set<String> STOP_FIRST =
      WordList.load(PartnerFilter.class, "first-word-stops.txt");
  private static final Set<String> STOP_LAST =
      WordList.load(PartnerFilter.class, "last-word-stops.txt");
  private static final List<String> WIRES_AND_AGENCIES =
      List.copyOf(WordList.load(PartnerFilter.class, "pr-and-wire-services.txt"));

  private static final Pattern EXCHANGE =
      Pattern.compile(
          "(?i)\\bexchanges?\\b|^nasdaq|^nyse\\b|^amex$|^otc\\b|^euronext|^tsx$|^pink sheets");

  /**
   * A government body, a regulator rather than a party: "Department of Justice", "... Commission",
   * "Secretary of State".
   */
  private static final Pattern GOVERNMENT =
      Pattern.compile(
          "(?:^| )department of |(?:^| )ministry of | commission$| administration$|^internal revenue service$"
              // "Georgia Secretary of State": the office a charter is filed with.
              + "|(?:^| )secretary of (?:the )?(?:state|treasury|commerce)$"
              // The federal regulators by their initials: an agency that acts, not a party.
              + "|^(?:ftc|sec|fda|doj|irs|fcc|epa|ferc|occ|fdic|cftc|finra|nhtsa|faa)$");

  /** A money token such as {@code US$1} or {@code $10}: never a party. */
  private static final Pattern MONEY_TOKEN = Pattern.compile("(?:^|\\s)[A-Z]{0,3}\\$\\s?\\d");

  /** A person's name with an initial: "John A. Smith", "J. Smith, Jr.". */
  private static final Pattern PERSON_NAME =
      Pattern.compile(
          "(?=.*\\b[A-Z]\\. )(?:(?:[A-Z][a-z]+|[A-Z]\\.) ){1,3}[A-Z][a-zA-Z'\\-]+(?:,? (?:Jr|Sr|III|II)\\.?)?");

  // How many of a name's occurrences are read for a country or state after it.
  private static final int MAX_PLACE_LOOKS = 20;
  private static final Pattern SPACE = Pattern.compile(" ");
  private static final Pattern CONNECTOR_OR_NUMBER =
      Pattern.compile("and|of|the|&|\\d+[a-z]?|[ivx]{1,4}");

  /** "Pa", "Calif", "N Y" as keys: a state written short after a city. */
  private static final Pattern STATE_ABBREVIATION =
      Pattern.compile(
          "pa|calif|mass|conn|fla|ga|ill|md|mich|minn|mo|n y|n j|n c|ohio|tex|va|wash|wis|colo"
              + "|ariz|ore|tenn|ky|la|ind|okla|del|nev|d c");

  private static final Pattern TITLE_BEFORE = Pattern.compile("(?s).*\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s*");
  // Compiled once: String.split would compile it on every call.
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  // A name in capitals longer than this is a headline unless the section evidences it ("IBM" is
  // a name, "ANNOUNCES RESULTS" is not).
  private static final int HEADLINE_CAPITALS = 5;
  // How far before a name a title ("Mr. ") is looked for.
  private static final int TITLE_REACH = 5;
  // A name of more words than this is not a person's name, even if it ends in an addressed surname.
  private static final int MAX_PERSON_WORDS = 3;

  /**
   * Whether a mention is a partner.
   *
   * @param c the mention's canonical name, resolved through the section's aliases
   * @param m the mention
   * @param names what the section says about names
   * @return true when it names a counterparty
   */
  static boolean accepts(String c, Mention m, SectionNames names) {
    String k = Names.key(c);
    if (k.length() < 2
        || GENERIC.contains(k)
        || PLACES.contains(k)
        || MONEY_TOKEN.matcher(c).find()
        || names.isRegistrant(c)
        || names.holdsRegistrant(c)
        || GOVERNMENT.matcher(k).find()
        || names.isSubsidiary(k)) {
      return false;
    }
    String[] tokens = WHITE_SPACE.split(c);
    // A first word that starts headings and documents ("Credit Agreement") also starts firms
    // written with their legal form ("Credit Lyonnais Securities LLC"): those are names.
    // So are firms a role names ("Barclays, BofA Merrill Lynch and Credit Suisse acting as
    // book-running managers") whose other words are no contract words.
    boolean stopFirst =
        STOP_FIRST.contains(Names.POSSESSIVE.matcher(Names.strip(tokens[0])).replaceAll(""))
            && !(tokens.length > 2 && names.suffixedKeys().contains(k))
            && !(m.role() != null && tokens.length > 1 && !isGenericTerm(restOf(k)));
    String last = tokens[tokens.length - 1];
    if (tokens0(c).length > 1 && registrantInitials(tokens0(c)[0], names)) {
      return false; // "AMD Athlon": the registrant's product or unit
    }
    if (Names.SUFFIXES.contains(Names.strip(c))) {
      return false; // "Incorporated" of "Texas Instruments (TI) Incorporated": a legal form alone
    }
    if (MODEL_CODE.matcher(c).matches() && c.equals(m.name())) {
      return false; // "H100", "A100": a product's model, written without a legal form
    }
    if (RULE.matcher(c).find() || SERIES.matcher(c).find()) {
      return false; // "SEC's Rule 10b-18": a rule, not a party
    }
    if (POSSESSIVE_PRODUCT.matcher(c).matches()) {
      return false; // "Philip's CPLD business": a company's product line, not a party
    }
    if (stopFirst || STOP_LAST.contains(last) || last.endsWith("-based")) {
      return false; // "Web-based": an adjective, not a name
    }
    if (EXCHANGE.matcher(c).find() || isWireOrAgency(c) || isGenericTerm(k)) {
      return false;
    }
    if (c.equals(c.toUpperCase(Locale.ROOT))
        && c.length() > HEADLINE_CAPITALS
        && !names.isEvidenced(k)) {
      return false; // headline capitals, not a name as written in the text
    }
    if (isPerson(c, m, names)) {
      return false;
    }
    // Last, as it reads the text around each place the name is written.
    boolean evidenced = names.isEvidenced(k) || names.isAliasedTo(k);
    return (m.strong() || evidenced) && (evidenced || !isPlace(c, names));
  }

  /** A model number: letters then digits, "H100", "A100", "GB200". */
  private static final Pattern MODEL_CODE = Pattern.compile("[A-Z]{1,3}\\d{2,4}[A-Za-z]?");

  /** A class of securities: "23andMe's Series B", "Series A Preferred". */
  private static final Pattern SERIES = Pattern.compile("(?:^|\\s)Series\\s+[A-Z0-9]{1,3}\\b");

  /**
   * Whether a word is the registrant's initials or ticker ("AMD" of Advanced Micro Devices): in
   * capitals, two to six letters, not a pronoun ("US", "WE").
   */
  private static boolean registrantInitials(String word, SectionNames names) {
    if (word.length() < 2 || word.length() > 6 || word.equals("US") || word.equals("WE")) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        return false;
      }
    }
    return names.isRegistrant(word);
  }

  private static String[] tokens0(String c) {
    return WHITE_SPACE.split(c);
  }

  /** A numbered rule or regulation: "Rule 10b-18", "SEC's Rule 144A". */
  private static final Pattern RULE = Pattern.compile("(?:^|\\s)(?:Rules?|Regulation)\\s+\\d");

  /** A possessive then an acronym alone: "Philip's CPLD", "Acme's DSL". */
  private static final Pattern POSSESSIVE_PRODUCT = Pattern.compile(".+['\u2019]s [A-Z]{2,6}");

  /** "New Zealand's Rank Group": a name after a place's possessive. */
  private static final Pattern PLACE_POSSESSIVE = Pattern.compile("^(.+?)['\u2019]s\\s+(.+)$");

  /**
   * A name without the place written before it as a possessive ("New Zealand's Rank Group" is "Rank
   * Group"); any other name as it is.
   *
   * @param c a canonical name
   * @return the name without a leading place
   */
  static String withoutPlace(String c, String raw) {
    int based = c.indexOf("-based ");
    if (based > 0 && based + 7 < c.length() && Character.isUpperCase(c.charAt(based + 7))) {
      c = c.substring(based + 7); // "Santa Clara-based SiByte" is SiByte
    }
    Matcher city = FORM_OF_CITY.matcher(c);
    // Not where the name as written ends with its legal form after the place: "Aluminum Corporation
    // of China Limited" is one name.
    if (city.matches() && !(raw.contains(" of ") && CompanyNames.endsWithLegalForm(raw))) {
      // "PixStream Incorporated of Waterloo": the firm, then its city.
      String firm = Names.canonical(city.group(1));
      c = firm != null ? firm : city.group(1);
    }
    Matcher m = PLACE_POSSESSIVE.matcher(c);
    return m.matches() && PLACES.contains(Names.key(m.group(1))) ? m.group(2) : c;
  }

  /**
   * A name owned by the name before it: "Orkla ASA's SAPA Group", "Sapa's Profiles". Group 1 is the
   * owner, 2 what it owns.
   */
  private static final Pattern OWNED = Pattern.compile("^(.+?)['\u2019]s\\s+([A-Z].*)$");

  /**
   * The parties a name written with a possessive stands for: the owner when it is written with its
   * legal form, and what it owns, when that is a firm of its own ("Orkla ASA's SAPA Group" is Orkla
   * ASA and SAPA Group); the owner alone when the section names it apart, as a defined term or with
   * its legal form, and it owns a business ("Sapa's Profiles extruded aluminum business" is Sapa);
   * any other name as it is ("Moody's Investors Service", "Standard & Poor's Ratings Services").
   *
   * @param c a name as resolved
   * @param names the section's names
   * @return one or two names
   */
  static List<String> owners(String c, SectionNames names) {
    Matcher m = OWNED.matcher(c);
    if (!m.matches()) {
      return List.of(c);
    }
    String owner = m.group(1).strip();
    if (CompanyNames.endsWithLegalForm(owner)) {
      return List.of(owner, m.group(2));
    }
    if (names.known(owner) && !names.isRegistrant(owner)) {
      return List.of(owner);
    }
    return List.of(c);
  }

  /**
   * The parties a resolved name stands for ({@link #owners}), each resolved in turn: an owner may
   * be a defined term for a name with a possessive of its own ("Sapa" for "Orkla ASA's SAPA
   * Group").
   *
   * @param resolved a name as the section's names resolve it
   * @param names the section's names
   * @return the parties' names, resolved
   */
  static List<String> parties(String resolved, SectionNames names) {
    List<String> out = new ArrayList<>();
    for (String part : owners(resolved, names)) {
      String c = part.equals(resolved) ? part : names.resolve(part);
      if (c == null) {
        continue;
      }
      if (c.equals(part) || c.equals(resolved)) {
        out.add(c);
        continue;
      }
      for (String again : owners(c, names)) {
        String r = again.equals(c) ? c : names.resolve(again);
        if (r != null) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** A legal form, then "of" and one word: the place the firm is in. */
  private static final Pattern FORM_OF_CITY =
      Pattern.compile(
          "(.+\\s(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|AG|GmbH)\\.?)"
              + "\\s+of\\s+[A-Z][a-z]+");

  /** A role written before a name and joined to it: "Administrative Agent and J.P. Morgan". */
  private static final Pattern ROLE_HEAD =
      Pattern.compile("^((?:[A-Z][A-Za-z]*\\s+){0,3}[A-Z][A-Za-z]*)\\s+and\\s+(?=[A-Z])");

  /** The last word of a role written before a name. */
  private static final Set<String> ROLE_NOUNS =
      Set.of(
          "agent",
          "agents",
          "manager",
          "managers",
          "trustee",
          "trustees",
          "arranger",
          "arrangers",
          "underwriter",
          "underwriters",
          "dealer",
          "dealers",
          "representative",
          "representatives");

  /**
   * A name without a role joined before it ("Administrative Agent and J.P. Morgan Securities" is
   * "J.P. Morgan Securities", "Coordinating Dealer Managers and Deutsche Bank Securities" is
   * "Deutsche Bank Securities"): the words before "and" are contract terms ending in a role noun.
   * Any other name as it is ("Procter and Gamble").
   *
   * @param c a canonical name
   * @return the name without a role before it
   */
  static String withoutRoleHead(String c) {
    Matcher m = ROLE_HEAD.matcher(c);
    if (!m.lookingAt()) {
      return c;
    }
    String head = Names.key(m.group(1));
    String[] words = SPACE.split(head);
    return ROLE_NOUNS.contains(words[words.length - 1]) && isGenericTerm(head)
        ? c.substring(m.end())
        : c;
  }

  /** A conjunction or adverb opening a sentence, read as the first word of a name. */
  private static final Pattern OPENING =
      Pattern.compile(
          "^(?:Although|Whereas|WHEREAS|While|When|If|Because|Since|Though|Unless|Upon|Whenever"
              + "|Once|Thereafter|Accordingly|However|Moreover|Furthermore|Additionally|Meanwhile"
              + "|Separately),?\\s+(?=[A-Z])");

  /**
   * A name without the word that opens its sentence ("Although Globex Tools" is "Globex Tools");
   * any other name as it is.
   *
   * @param name a name as read
   * @return the name without an opening conjunction or adverb
   */
  static String withoutOpening(String name) {
    Matcher m = OPENING.matcher(name);
    return m.lookingAt() ? name.substring(m.end()) : name;
  }

  /** Whether every word of a key is a capitalized contract term, a number or a connector. */
  /** A key without its first word. */
  private static String restOf(String key) {
    int sp = key.indexOf(' ');
    return sp < 0 ? "" : key.substring(sp + 1);
  }

  private static boolean isGenericTerm(String key) {
    for (String w : SPACE.split(key)) {
      if (!GENERIC_TERMS.contains(w)
          && !CONNECTOR_OR_NUMBER.matcher(w).matches()
          && !PLACES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the section writes the name as a place or a site rather than an organization: followed
   * by a country or state ("Samara, Russia", "Pittsburgh, Pa."), by a site noun ("the Samara
   * facility", "Samara and Belaya Kalitva fabricating facilities") or after one ("plants in
   * Samara", "located in Samara"), at any of its first occurrences.
   */
  private static boolean isPlace(String c, SectionNames names) {
    return names.placeVerdict(c, PartnerFilter::readsAsPlace);
  }

  private static boolean readsAsPlace(String c, SectionNames names) {
    String body = names.body();
    int seen = 0;
    for (int i = body.indexOf(c); i >= 0 && seen++ < MAX_PLACE_LOOKS; i = body.indexOf(c, i + 1)) {
      int after = i + c.length();
      if (after < body.length() && Character.isLetterOrDigit(body.charAt(after))) {
        continue; // "Samarant": another word
      }
      if (body.startsWith(", ", after)) {
        int from = after + 2;
        int end = Names.nameEnd(body, from);
        if (end > 0) {
          String next = Names.key(body.substring(from, end));
          if (PLACES.contains(next) || STATE_ABBREVIATION.matcher(next).matches()) {
            return true;
          }
        }
      }
      if (SITE_AFTER.matcher(body).region(after, Math.min(body.length(), after + 60)).lookingAt()
          || SITE_BEFORE.matcher(body).region(Math.max(0, i - 40), i).find()) {
        return true;
      }
    }
    return false;
  }

  /** A site noun after a name, past another name joined by "and" and a word or two. */
  private static final Pattern SITE_AFTER =
      Pattern.compile(
          "(?:\\s+and\\s+(?:[A-Z][\\w'-]*\\s+){1,3}?)?(?:\\s+[a-z][\\w-]*){0,2}?\\s+"
              + "(?:plants?|facilit(?:y|ies)|smelters?|refiner(?:y|ies)|mills?|mines?|sites?"
              + "|works|operations|region|province)\\b");

  /** A site noun or "located in" right before a name. */
  private static final Pattern SITE_BEFORE =
      Pattern.compile(
          "(?:plants?|facilit(?:y|ies)|smelters?|refiner(?:y|ies)|mills?|mines?|sites?|operations"
              + "|located|based|headquartered|offices?)\\s+(?:in|at|near)\\s+(?:the\\s+)?$");

  private static boolean isWireOrAgency(String c) {
    String lower = c.toLowerCase(Locale.ROOT);
    for (String w : WIRES_AND_AGENCIES) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPerson(String c, Mention m, SectionNames names) {
    if (PERSON_NAME.matcher(c).matches()) {
      return true;
    }
    int from = Math.max(0, m.pos() - TITLE_REACH);
    if (TITLE_BEFORE.matcher(names.body().substring(from, m.pos())).matches()) {
      return true;
    }
    String[] tokens = WHITE_SPACE.split(c);
    String last = tokens[tokens.length - 1];
    if (tokens.length > MAX_PERSON_WORDS) {
      return false;
    }
    // "Nikesh Arora, Google's Senior Vice President": a title after a name written without a
    // legal form.
    if (c.equals(m.name()) && titledSomewhere(names.body(), c)) {
      return true; // ... or "Nikesh" of that person
    }
    if (names.isEvidenced(Names.key(c))) {
      return false;
    }
    return names.isAddressed(last);
  }

  /**
   * Whether the name is written somewhere in the body with a person's title after it, itself or (a
   * first name) with one more word: "Nikesh Arora, Google's Senior Vice President".
   */
  private static boolean titledSomewhere(String body, String name) {
    int looks = 0;
    for (int i = body.indexOf(name);
        i >= 0 && looks < MAX_PLACE_LOOKS;
        i = body.indexOf(name, i + 1)) {
      int end = i + name.length();
      if (end < body.length() && body.charAt(end) == ',' && Titles.after(body, end)) {
        return true;
      }
      if (end < body.length() && body.charAt(end) == ' ') {
        Matcher surname = SURNAME.matcher(body).region(end, Math.min(body.length(), end + 30));
        if (surname.lookingAt()
            && surname.end() < body.length()
            && body.charAt(surname.end()) == ','
            && Titles.after(body, surname.end())) {
          return true;
        }
      }
      looks++;
    }
    return false;
  }

  private static final Pattern SURNAME = Pattern.compile(" [A-Z][a-z]+(?:-[A-Z][a-z]+)?");

  /**
   * Drops a partner that is the start of another one ("Lloyds TSB" beside "Lloyds TSB Bank", "CORT"
   * beside "CORT Business Services"): the same organization, written short.
   *
   * @param partners the partners found, in text order
   * @param ownEntities keys of names written with their own legal form, which are kept
   * @return the partners without the short forms
   */
  static List<String> mergePrefixes(List<String> partners, Set<String> ownEntities) {
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
      // "Sachs" beside "Goldman Sachs": the last word of a firm named by its partners ("Goldman,
      // Sachs & Co."), read apart from its first.
      String tail = " " + Names.key(p);
      boolean lastWord =
          p.indexOf(' ') < 0
              && partners.stream().anyMatch(o -> o != p && Names.key(o).endsWith(tail));
      if (lastWord) {
        continue;
      }
      if (!shorter || ownEntities.contains(Names.key(p))) {
        kept.add(p); // "The Fairchild Corporation" beside "Fairchild Fasteners": two companies
      }
    }
    return List.copyOf(kept);
  }
}
