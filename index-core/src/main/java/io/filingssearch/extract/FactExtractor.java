package io.filingssearch.extract;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Items;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills each section of a filing with the facts stated in its text: the dollar amounts and the
 * counterparties (partners) of the deal or event it discloses.
 *
 * <p>Partners are given as canonical names, without legal forms or locations ({@code Genentech,
 * Inc.}, {@code Genentech} and {@code (NYSE: DNA)} all give {@code Genentech}), so one organization
 * is one facet value across filings. The registrant, its subsidiaries, exchanges, PR agencies,
 * people and names met only in boilerplate ("About ...", forward-looking statements) are not
 * partners.
 *
 * <p>Instances hold no state and are safe to share between threads.
 */
public final class FactExtractor {
  // Past this point an agreement filed as an exhibit is legal text, where "with" rarely names a
  // party; the parties are named in its preamble.
  private static final int AGREEMENT_PREAMBLE = 5_000;
  // Past the preamble, the parties are named again where they sign: this much text before each
  // "By:" is read, for at most this many signatures.
  private static final int SIGNATURE_LEAD = 160;
  private static final int MAX_SIGNATURES = 12;

  private static final AmountExtractor AMOUNTS = new AmountExtractor();
  private static final PartnerExtractor PARTNERS = new PartnerExtractor();

  /** Creates an extractor. */
  public FactExtractor() {}

  /**
   * The filing with every section's partners and amounts filled.
   *
   * @param filing a parsed filing; its {@code company} is taken as the registrant
   * @return a copy of the filing whose sections carry their facts
   * @throws IllegalArgumentException when {@code filing} is null
   */
  public Filing extract(Filing filing) {
    if (filing == null) {
      throw new IllegalArgumentException("filing must not be null");
    }
    List<String> registrants = RegistrantNames.of(filing);
    List<Section> sections = new ArrayList<>(filing.sections().size());
    for (Section s : filing.sections()) {
      sections.add(extract(s, registrants));
    }
    return filing.withSections(FilingPartners.unify(sections));
  }

  /**
   * The section with its partners and amounts filled.
   *
   * @param section a section of a filing
   * @param registrant the registrant's name, such as {@code ImmunoGen, Inc.}, never reported as a
   *     partner; may be null when unknown
   * @return a copy of the section carrying its facts
   * @throws IllegalArgumentException when {@code section} is null
   */
  public Section extract(Section section, String registrant) {
    return extract(
        section, registrant == null || registrant.isBlank() ? List.of() : List.of(registrant));
  }

  /** As {@link #extract(Section, String)}, with every name the filing gives its registrant. */
  private static Section extract(Section section, List<String> registrants) {
    if (section == null) {
      throw new IllegalArgumentException("section must not be null");
    }
    String text = section.text();
    List<Amount> amounts = AMOUNTS.extract(text);
    PartnerExtractor.Parties parties =
        disclosesParties(section)
            ? PARTNERS.parties(partnerText(section), registrants)
            : new PartnerExtractor.Parties(List.of(), Map.of());
    return section.withFacts(parties.names(), parties.roles(), amounts);
  }

  /** The cover page, signatures, exhibit lists and Item 9.01 name no deal parties. */
  private static boolean disclosesParties(Section s) {
    if (s.kind() == SectionKind.ITEM) {
      return !Items.isExhibitList(s.item());
    }
    return s.kind() == SectionKind.EXHIBIT;
  }

  private static String partnerText(Section s) {
    String text = s.text();
    boolean agreement =
        s.kind() == SectionKind.EXHIBIT && s.exhibit() != null && !s.exhibit().startsWith("99");
    if (!agreement || text.length() <= AGREEMENT_PREAMBLE) {
      return text;
    }
    // The preamble, then the lines before each signature ("GLOBEX HOLDINGS, INC. By:").
    StringBuilder b =
        new StringBuilder(AGREEMENT_PREAMBLE + 1_000).append(text, 0, AGREEMENT_PREAMBLE);
    int done = AGREEMENT_PREAMBLE;
    int blocks = 0;
    for (int i = text.indexOf("By:", done);
        i >= 0 && blocks < MAX_SIGNATURES;
        i = text.indexOf("By:", done)) {
      int from = Math.max(done, i - SIGNATURE_LEAD);
      while (from < i && !Character.isWhitespace(text.charAt(from))) {
        from++; // from a word's start
      }
      b.append("\n\n").append(text, from, i + 3);
      done = i + 3;
      blocks++;
    }
    return b.toString();
  }
}
