package io.filingssearch.search;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One filing on a {@link Timeline}: when, what it reports and with whom, and the largest sum of its
 * deal.
 *
 * @param filingId the filing's id
 * @param date the filing's best date (its date of report, else the date it was filed), or null
 * @param dateKind which date {@code date} is, or null when there is none
 * @param company the registrant, or null
 * @param form the form type, or null
 * @param headline what happened, in a line: the press release's headline, else the opening sentence
 *     of the first section that reports the deal
 * @param items the filing's items
 * @param partners the filing's partners
 * @param largestAmount the largest amount its deal sections state (a price per share excluded), or
 *     null
 */
public record TimelineEntry(
    String filingId,
    LocalDate date,
    Filing.DateKind dateKind,
    String company,
    String form,
    String headline,
    List<String> items,
    List<String> partners,
    Amount largestAmount) {
  /** Validates the entry and copies its lists. */
  public TimelineEntry {
    Objects.requireNonNull(filingId, "filingId");
    headline = headline == null ? "" : headline;
    items = List.copyOf(items);
    partners = List.copyOf(partners);
  }
}
