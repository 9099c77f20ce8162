package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    // Dashes and ellipses glue words in datelines ("2002--Alcoa", "2000...ROCK"); semicolons of the
    // same length keep offsets while separating them.
    String body =
        Boilerplate.blank(text).replace("--", ";;").replace("...", ";;;").replace('\u2014', ';');
    SectionNames names = new SectionNames(body, registrants);
    List<Mention> mentions = new ArrayList<>();
    DealParties.find(body, names, mentions);
    PartyCues.roles(body, mentions);
    PartyCues.engaged(body, mentions);
    PartyCues.acquisitions(body, mentions);
    PartyCues.tickers(body, names, mentions);
    PartyCues.subjects(body, mentions);
    PartyCues.grants(body, mentions);
    mentions.sort(Comparator.comparingInt(Mention::pos));

    Map<String, String> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String name = Titles.strip(m.name());
      String c = name == null ? null : names.resolve(name);
      if (c != null && PartnerFilter.accepts(c, m, names)) {
        out.putIfAbsent(Names.key(c), c);
      }
    }
    return PartnerFilter.mergePrefixes(List.copyOf(out.values()), names.suffixedKeys());
  }
}
