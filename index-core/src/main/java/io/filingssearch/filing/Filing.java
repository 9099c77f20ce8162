package io.filingssearch.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed 8-K filing: its metadata and its sections. Fields the source does not give are null.
 *
 * @param id stable id: the accession number when known, else a hash of the content
 * @param source where the filing was read from (a path or a name)
 * @param format the format it was read from
 * @param form the form type, such as {@code 8-K} or {@code 8-K/A}
 * @param company the registrant's name
 * @param cik the registrant's central index key, without leading zeros
 * @param accession the EDGAR accession number, such as {@code 0000891020-98-001352}
 * @param dateOfReport the date of the earliest event reported
 * @param filedDate the date EDGAR accepted the filing
 * @param fileNumber the commission file number
 * @param irsNumber the IRS employer identification number
 * @param stateOfIncorporation the state or other jurisdiction of incorporation
 * @param items normalized item numbers reported, in order, without duplicates
 * @param sections the sections, in document order
 */
public record Filing(
    String id,
    String source,
    FilingFormat format,
    String form,
    String company,
    String cik,
    String accession,
    LocalDate dateOfReport,
    LocalDate filedDate,
    String fileNumber,
    String irsNumber,
    String stateOfIncorporation,
    List<String> items,
    List<Section> sections) {

  /** Validates the filing and copies its lists. */
  public Filing {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    items = List.copyOf(items == null ? List.of() : items);
    sections = List.copyOf(sections == null ? List.of() : sections);
  }

  /**
   * The partners of all sections, deduplicated, in order of first appearance.
   *
   * @return canonical partner names
   */
  public List<String> partners() {
    Set<String> all = new LinkedHashSet<>();
    sections.forEach(s -> all.addAll(s.partners()));
    return List.copyOf(all);
  }

  /**
   * The counterparties of all sections (partners without an advisor, underwriter, trustee, agent or
   * auditor role), deduplicated, in order of first appearance: what the partner facet counts.
   *
   * @return canonical partner names
   */
  public List<String> counterparties() {
    Set<String> all = new LinkedHashSet<>();
    sections.forEach(s -> all.addAll(s.counterparties()));
    return List.copyOf(all);
  }

  /**
   * The roles of the partners that are not counterparties, over all sections.
   *
   * @return partner name to role ({@code advisor}, {@code underwriter}, {@code trustee/agent},
   *     {@code auditor})
   */
  public Map<String, String> partnerRoles() {
    Map<String, String> all = new LinkedHashMap<>();
    sections.forEach(s -> s.partnerRoles().forEach(all::putIfAbsent));
    return Collections.unmodifiableMap(all);
  }

  /**
   * The amounts of all sections, deduplicated by value (an amount repeated in the press release is
   * listed once), in order of first appearance.
   *
   * @return the amounts
   */
  public List<Amount> amounts() {
    List<Amount> all = new ArrayList<>();
    Set<Object> seen = new LinkedHashSet<>();
    for (Section s : sections) {
      for (Amount a : s.amounts()) {
        if (seen.add(a.usd().stripTrailingZeros())) {
          all.add(a);
        }
      }
    }
    return List.copyOf(all);
  }

  /**
   * This filing with other sections (used by the extract stage to add facts).
   *
   * @param newSections the sections
   * @return a copy of this filing carrying them
   */
  public Filing withSections(List<Section> newSections) {
    return new Filing(
        id,
        source,
        format,
        form,
        company,
        cik,
        accession,
        dateOfReport,
        filedDate,
        fileNumber,
        irsNumber,
        stateOfIncorporation,
        items,
        newSections);
  }
}
