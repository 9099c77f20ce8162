package io.filingssearch.search;

import io.filingssearch.filing.Amount;
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
 * @param dateOfReport the date of report, or null
 * @param score the relevance score (0 when sorted by date or amount)
 * @param snippets HTML-safe passages: text escaped, matches wrapped in {@code <mark>}
 * @param partners the section's partners
 * @param amounts the section's amounts
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
    float score,
    List<String> snippets,
    List<String> partners,
    List<Amount> amounts,
    Instant searchableSince) {
  /** Copies the lists. */
  public Hit {
    snippets = List.copyOf(snippets);
    partners = List.copyOf(partners);
    amounts = List.copyOf(amounts);
  }
}
