package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the counterparties of the deal or event a section discloses. Precision comes first: a name
 * is only taken where the wording makes it a party ("agreement with X", "X (Nasdaq: XX)", "X has
 * renewed"), never from boilerplate, and the registrant, its subsidiaries, exchanges, PR agencies,
 * people and generic words are dropped.
 *
 * <p>The stages, each in its own class: {@link Boilerplate} blanks what names no party, {@link
 * SectionNames} reads what the section says about names, {@link DealParties} and {@link PartyCues}
 * find the mentions, {@link PartnerFilter} keeps the partners. Stateless and thread-safe.
 */
final class PartnerExtractor {

  /**
   * The partners a section's text discloses, in text order.
   *
   * @param text the section's text
   * @param registrants the registrant's names as written in the filing, empty when unknown
   * @return canonical partner names, without duplicates
   */
  List<String> extract(String text, List<String> registrants) {
    return parties(text, registrants).names();
  }

  /**
   * The partners a section discloses and their names and roles.
   *
   * @param names canonical partner names, in text order, without duplicates
   * @param roles the role of each partner the text gives one to; the others are counterparties
   */
  record Parties(List<String> names, Map<String, String> roles) {}

  /**
   * The partners a section's text discloses, with the roles the text gives them.
   *
   * @param text the section's text
   * @param registrants the registrant's names as written in the filing, empty when unknown
   * @return the partners and roles
   */
  Parties parties(String text, List<String> registrants) {
    // Dashes and ellipses glue words in datelines ("2002--Alcoa", "2000...ROCK"); semicolons of the
    // same length keep offsets while separating them.
    String body =
        Boilerplate.blank(text).replace("--", ";;").replace("...", ";;;").replace('\u2014', ';');
    SectionNames names = new SectionNames(body, registrants);
    List<Mention> mentions = new ArrayList<>();
    DealParties.find(body, names, mentions);
    PartyCues.roles(body, mentions);
    boolean hires = FirmCues.hires(body);
    if (hires) {
      FirmCues.engaged(body, mentions);
      FirmCues.engagedPassive(body, mentions);
    }
    AcquisitionCues.acquisitions(body, mentions);
    PartyCues.tickers(body, names, mentions);
    SubjectCues.subjects(body, names, mentions);
    PartyCues.grants(body, mentions);
    PartyCues.doneBy(body, names, mentions);
    PartyCues.addressedToBoard(body, mentions);
    PartyCues.agentsNamed(body, mentions);
    PartyCues.signatories(body, mentions);
    PartyCues.schedules(body, mentions);
    PartyCues.listedUnderRole(body, mentions);
    PartyCues.roleTerms(body, mentions);
    FirmCues.ratings(body, mentions);
    FirmCues.auditorLetters(body, mentions);
    if (hires) {
      FirmCues.auditorsNamed(body, mentions);
    }
    mentions.sort(Comparator.comparingInt(Mention::pos));

    Map<String, String> out = new LinkedHashMap<>();
    // A partner's role, when every mention of it gives one; a mention without makes it a
    // counterparty ("agreement with Citibank" and "Citibank, as trustee": a party to the deal).
    Map<String, String> roles = new HashMap<>();
    Set<String> counterparties = new HashSet<>();
    int[] careers = Biographies.spans(body);
    for (Mention found : mentions) {
      if (Biographies.covers(careers, found.pos())) {
        continue; // "Mr. Doe previously served as president of Globex": where he worked
      }
      Mention m = wholeFirm(body, found);
      if (body.startsWith(m.name(), m.pos())
          && UNIT_AFTER
              .matcher(body)
              .region(m.end(), Math.min(body.length(), m.end() + 24))
              .lookingAt()) {
        continue; // "the Alteon WebSystems Gigabit Ethernet NIC division": a business, not a party
      }
      String name = Titles.strip(PartnerFilter.withoutOpening(m.name()));
      String resolved = name == null ? null : names.resolve(name);
      for (String part :
          resolved == null ? List.<String>of() : PartnerFilter.parties(resolved, names)) {
        String c = PartnerFilter.withoutRoleHead(PartnerFilter.withoutPlace(part, name));
        if (c != null && PartnerFilter.accepts(c, m, names)) {
          String k = Names.key(c);
          out.putIfAbsent(k, c);
          String role = m.role() != null ? m.role() : PartnerRoles.after(body, m.end());
          if (role == null) {
            counterparties.add(k);
          } else {
            roles.putIfAbsent(k, role);
          }
        }
      }
    }
    List<String> kept =
        PartnerFilter.mergePrefixes(List.copyOf(out.values()), names.suffixedKeys());
    Map<String, String> keptRoles = new LinkedHashMap<>();
    for (String p : kept) {
      String k = Names.key(p);
      if (roles.containsKey(k) && !counterparties.contains(k)) {
        keptRoles.put(p, roles.get(k));
      }
    }
    return new Parties(kept, keptRoles);
  }

  /** A business unit named after the words before it: "X division", "X's Unity(TM) operation". */
  private static final Pattern UNIT_AFTER =
      Pattern.compile(
          "(?:\\s*\\((?:TM|R|SM)\\))?\\s+(?:division|business|unit|operations?|product\\s+line)\\b");

  /**
   * A mention of the last part of a firm named by its partners ("Sachs & Co." of "Goldman, Sachs &
   * Co.", found by a cue that stops at commas), widened to the whole name.
   */
  private static Mention wholeFirm(String body, Mention m) {
    if (!body.startsWith(m.name(), m.pos())) {
      return m;
    }
    int start = Names.firmStart(body, m.pos(), m.end());
    return start == m.pos()
        ? m
        : new Mention(body.substring(start, m.end()).trim(), start, m.strong(), m.role());
  }
}
