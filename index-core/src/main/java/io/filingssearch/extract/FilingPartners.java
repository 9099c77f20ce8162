package io.filingssearch.extract;

import io.filingssearch.filing.Section;
import io.filingssearch.internal.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One spelling per partner within a filing: the sections of one filing write one counterparty in
 * several ways ("SunTrust Bank" in the release, "SUNTRUST BANK" where the agreement is signed;
 * "Avago" beside "Avago Technologies"), and the partner facet counts a filing once per value, so
 * each is given the filing's best spelling. Only within one filing: across filings a short name may
 * be another company ("Varian" the instruments maker and "Varian Medical Systems"). Stateless.
 */
final class FilingPartners {
  private FilingPartners() {}

  /**
   * The words a company adds to its short name without becoming another company ("Avago" and "Avago
   * Technologies", "Reynolds" and "Reynolds Metals"): a short name is merged into its long form
   * only when the long form adds exactly one of these. The list is {@code name-descriptors.txt}
   * beside this class.
   */
  private static final Set<String> DESCRIPTORS =
      WordList.load(FilingPartners.class, "name-descriptors.txt");

  /**
   * The filing's sections with every partner written in the filing's best spelling of it.
   *
   * @param sections the sections, their partners extracted
   * @return the sections, with partners renamed and duplicates dropped; the same list when nothing
   *     changes
   */
  static List<Section> unify(List<Section> sections) {
    Map<String, String> best = new LinkedHashMap<>(); // key -> spelling
    for (Section s : sections) {
      for (String p : s.partners()) {
        best.merge(Names.key(p), p, (a, b) -> better(b, a) ? b : a);
      }
    }
    if (best.isEmpty()) {
      return sections;
    }
    Map<String, String> renamed = new HashMap<>();
    for (Map.Entry<String, String> e : best.entrySet()) {
      String longer = best.get(longForm(e.getKey(), best.keySet()));
      renamed.put(e.getKey(), longer != null ? longer : e.getValue());
    }
    List<Section> out = new ArrayList<>(sections.size());
    boolean changed = false;
    for (Section s : sections) {
      Set<String> partners = new LinkedHashSet<>();
      for (String p : s.partners()) {
        partners.add(renamed.get(Names.key(p)));
      }
      Map<String, String> roles = new LinkedHashMap<>();
      s.partnerRoles().forEach((p, r) -> roles.putIfAbsent(renamed.get(Names.key(p)), r));
      List<String> names = List.copyOf(partners);
      if (names.equals(s.partners()) && roles.equals(s.partnerRoles())) {
        out.add(s);
      } else {
        out.add(s.withFacts(names, roles, s.amounts()));
        changed = true;
      }
    }
    return changed ? out : sections;
  }

  /**
   * The key of the one partner of the filing whose name is {@code key} and one descriptor word
   * ("avago" to "avago technologies"), or null when there is none or more than one.
   */
  private static String longForm(String key, Set<String> keys) {
    String found = null;
    for (String k : keys) {
      if (k.length() > key.length() + 1
          && k.startsWith(key)
          && k.charAt(key.length()) == ' '
          && DESCRIPTORS.contains(k.substring(key.length() + 1))) {
        if (found != null) {
          return null; // "Acme Capital" and "Acme Group": which one is "Acme" is unknown
        }
        found = k;
      }
    }
    return found;
  }

  /**
   * Whether spelling {@code a} of a name is better than {@code b}: written as the company writes
   * itself ("SunTrust") rather than rebuilt from capitals ("Suntrust") or left in capitals ("Bank
   * of NEW York"); else the one met first.
   */
  private static boolean better(String a, String b) {
    int sa = score(a);
    int sb = score(b);
    return sa > sb;
  }

  private static int score(String spelling) {
    boolean shouting = false;
    boolean inner = false;
    for (String w : spelling.split(" ")) {
      long letters = w.chars().filter(Character::isLetter).count();
      if (letters > 3 && w.equals(w.toUpperCase(Locale.ROOT))) {
        shouting = true;
      }
      for (int i = 1; i < w.length(); i++) {
        if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
          inner = true; // "SunTrust", "JPMorgan": only the company's own spelling has these
        }
      }
    }
    return (shouting ? 0 : 2) + (inner ? 1 : 0);
  }
}
