package io.filingssearch.search;

import java.util.List;

/**
 * The filings a request matches as a history: oldest first, each with its date, items, partners and
 * largest deal amount. See {@link FilingSearcher#timeline(SearchRequest)}.
 *
 * @param total how many filings match
 * @param truncated true when there were more than {@link #MAX_ENTRIES} and only the newest are
 *     listed
 * @param entries the filings by date of report, oldest first (undated ones last)
 */
public record Timeline(long total, boolean truncated, List<TimelineEntry> entries) {
  /** The most filings one timeline lists. */
  public static final int MAX_ENTRIES = 1_000;

  /** Copies the entries. */
  public Timeline {
    entries = List.copyOf(entries);
  }
}
