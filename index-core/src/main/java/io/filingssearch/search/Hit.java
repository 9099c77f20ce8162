package io.filingssearch.search;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One matching section with its filing's metadata.
 *
 * @param filingId the filing's id (accession number or content hash)
 * @param sectionId the section's id within the filing, such as {@code item-1.01}
 * @param kind the section kind's label ({@code item}, {@code exhibit}, ...)
 * @param item the item number, or null
 * @param itemTitle the item's official title, or null
 * @param exhibit the exhibit number, or null
 * @param title the section's heading or headline
 * @param company the registrant
 * @param form the form type
 * @param dateOfReport the date of report the filing states, or null
 * @param filedDate the date the filing was filed, or null
 * @param score the relevance score (0 when sorted by date, amount or filing date)
 * @param snippets HTML-safe passages: text escaped, matches wrapped in {@code <mark>}
 * @param partners the section's partners
 * @param amounts the section's amounts
 * @param cik the registrant's central index key, or null
 * @param accession the filing's EDGAR accession number, or null
 * @param searchableSince when the filing became searchable (was first indexed), or null for an
 *     index written before this was recorded
 */
public record Hit(
    String filingId,
    String sectionId,
    String kind,
    String item,
    String itemTitle,
    String exhibit,
    String title,
    String company,
    String form,
    LocalDate dateOfReport,
    LocalDate filedDate,
    float score,
    List<String> snippets,
    List<String> partners,
    List<Amount> amounts,
    String cik,
    String accession,
    Instant searchableSince) {
  /** Copies the lists. */
  public Hit {
    snippets = List.copyOf(snippets);
    partners = List.copyOf(partners);
    amounts = List.copyOf(amounts);
  }

  /**
   * The filing's best date, the one date filters and date sort use: its date of report, else the
   * date it was filed.
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
  public Filing.DateKind dateKind() {
    return dateOfReport != null
        ? Filing.DateKind.REPORT
        : filedDate != null ? Filing.DateKind.FILED : null;
  }

  /**
   * The address of the filing's index page on EDGAR.
   *
   * @return the address, or null when the CIK or accession number is unknown
   * @see Filing#edgarUrl(String, String)
   */
  public String edgarUrl() {
    return Filing.edgarUrl(cik, accession);
  }
}
