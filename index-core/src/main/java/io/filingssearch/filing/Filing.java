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
import java.util.regex.Pattern;

/**
 * A parsed 8-K filing: its metadata and its sections. Fields the source does not give are null.
 *
 * @param id stable id: the accession number when known, else a hash of the content
 * @param source where the filing was read from (a path or a name)
 * @param format the format it was read from
 * @param form the form type, such as {@code 8-K} or {@code 8-K/A}
 * @param company the registrant's name
 * @param cik the registrant's central index key, without leading zeros
 * @param ticker the registrant's ticker where the source files it by ticker (Stanford's data set),
 *     else null
 * @param accession the EDGAR accession number, such as {@code 0000891020-98-001352}
 * @param dateOfReport the date of the earliest event reported, as the filing states it
 * @param filedDate the date the filing was filed (EDGAR's {@code FILED AS OF DATE}, Stanford's
 *     {@code TIME:} line)
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
    String ticker,
    String accession,
    LocalDate dateOfReport,
    LocalDate filedDate,
    String fileNumber,
    String irsNumber,
    String stateOfIncorporation,
    List<String> items,
    List<Section> sections) {

  /** What a CIK looks like: up to ten digits (EDGAR pads it with zeros to ten). */
  private static final Pattern CIK = Pattern.compile("[0-9]{1,10}");

  /** What an accession number looks like: the filer agent's CIK, the year, a sequence. */
  private static final Pattern ACCESSION = Pattern.compile("[0-9]{10}-[0-9]{2}-[0-9]{6}");

  /** Validates the filing and copies its lists. */
  public Filing {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    items = List.copyOf(items == null ? List.of() : items);
    sections = List.copyOf(sections == null ? List.of() : sections);
  }

  /** Which date {@link #date()} is: the filing's own date of report, or the date it was filed. */
  public enum DateKind {
    /** The date of report the filing states. */
    REPORT,
    /** The date the filing was filed, for a filing that states no date of report. */
    FILED;

    /**
     * The kind's name in the API and the command line.
     *
     * @return {@code report} or {@code filed}
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The best date of the filing, what the year facet, date filters and date sort use: the date of
   * report where the filing states it, otherwise the date it was filed.
   *
   * @return the date, or null when the filing gives neither
   */
  public LocalDate date() {
    return dateOfReport != null ? dateOfReport : filedDate;
  }

  /**
   * Which date {@link #date()} is.
   *
   * @return the kind, or null when the filing has no date
   */
  public DateKind dateKind() {
    return dateOfReport != null ? DateKind.REPORT : filedDate != null ? DateKind.FILED : null;
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
   * The address of this filing's index page on EDGAR (its documents, with the filer's and the
   * filing's details), when its CIK and accession number are known.
   *
   * @return the address, or null when the CIK or accession number is unknown or malformed
   * @see #edgarUrl(String, String)
   */
  public String edgarUrl() {
    return edgarUrl(cik, accession);
  }

  /**
   * The address of a filing's index page on EDGAR: {@code
   * https://www.sec.gov/Archives/edgar/data/<cik>/<accession without
   * dashes>/<accession>-index.htm}. The one place that builds it, for the API, the page, the
   * command line, exports and feeds.
   *
   * @param cik the filer's central index key, with or without leading zeros
   * @param accession the accession number, such as {@code 0000891020-98-001352}
   * @return the address, or null when either is null or malformed
   */
  public static String edgarUrl(String cik, String accession) {
    if (cik == null || accession == null) {
      return null;
    }
    String c = cik.strip();
    String a = accession.strip();
    if (!CIK.matcher(c).matches() || !ACCESSION.matcher(a).matches()) {
      return null;
    }
    // EDGAR's folder names carry the CIK without its leading zeros.
    String unpadded = c.replaceFirst("^0+(?=.)", "");
    return "https://www.sec.gov/Archives/edgar/data/"
        + unpadded
        + "/"
        + a.replace("-", "")
        + "/"
        + a
        + "-index.htm";
  }

  /**
   * This filing with other sections (used by the extract stage to add facts).
   *
   * @param newSections the sections
   * @return a copy of this filing carrying them
   */
  public Filing withSections(List<Section> newSections) {
    return copy(company, newSections);
  }

  /**
   * This filing with the registrant's name given from elsewhere (used by search for a filing that
   * names no company itself but whose CIK or ticker other filings of the same filer name).
   *
   * @param name the registrant's name
   * @return a copy of this filing carrying it
   */
  public Filing withCompany(String name) {
    return copy(name, sections);
  }

  private Filing copy(String newCompany, List<Section> newSections) {
    return new Filing(
        id,
        source,
        format,
        form,
        newCompany,
        cik,
        ticker,
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
