package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which found names are partners: drops generic words, places, headings, documents,
 * exchanges, wire services, people, the registrant and its subsidiaries, and a name that is only
 * the start of another partner. The word lists are the {@code .txt} files beside this class.
 * Stateless.
 */
final class PartnerFilter {
  private PartnerFilter() {}

  private static final Set<String> GENERIC = WordList.load("generic-words.txt");
  private static final Set<String> JURISDICTIONS = WordList.load("jurisdictions.txt");
  private static final Set<String> STOP_FIRST = WordList.load("first-word-stops.txt");
  private static final Set<String> STOP_LAST = WordList.load("last-word-stops.txt");
  private static final List<String> WIRES_AND_AGENCIES =
      List.copyOf(WordList.load("pr-and-wire-services.txt"));

  private static final Pattern EXCHANGE =
      Pattern.compile(
          "(?i)\\bexchanges?\\b|^nasdaq|^nyse\\b|^amex$|^otc\\b|^euronext|^tsx$|^pink sheets");

  /** A money token such as {@code US$1} or {@code $10}: never a party. */
  private static final Pattern MONEY_TOKEN = Pattern.compile("(?:^|\\s)[A-Z]{0,3}\\$\\s?\\d");

  /** A person's name with an initial: "John A. Smith", "J. Smith, Jr.". */
  private static final Pattern PERSON_NAME =
      Pattern.compile(
          "(?=.*\\b[A-Z]\\. )(?:(?:[A-Z][a-z]+|[A-Z]\\.) ){1,3}[A-Z][a-zA-Z'\\-]+(?:,? (?:Jr|Sr|III|II)\\.?)?");

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
        || JURISDICTIONS.contains(k)
        || MONEY_TOKEN.matcher(c).find()
        || names.isRegistrant(c)
        || names.isSubsidiary(k)) {
      return false;
    }
    String[] tokens = WHITE_SPACE.split(c);
    if (STOP_FIRST.contains(Names.POSSESSIVE.matcher(Names.strip(tokens[0])).replaceAll(""))
        || STOP_LAST.contains(tokens[tokens.length - 1])) {
      return false;
    }
    if (EXCHANGE.matcher(c).find() || isWireOrAgency(c)) {
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
    return m.strong() || names.isEvidenced(k) || names.isAliasedTo(k);
  }

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
    if (tokens.length > MAX_PERSON_WORDS || names.isEvidenced(Names.key(c))) {
      return false;
    }
    return names.isAddressed(last);
  }

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
      if (!shorter || ownEntities.contains(Names.key(p))) {
        kept.add(p); // "The Fairchild Corporation" beside "Fairchild Fasteners": two companies
      }
    }
    return List.copyOf(kept);
  }
}
