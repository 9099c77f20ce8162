package io.filingssearch.fetch;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Follows new filings: each {@link #poll()} lists the 8-Ks (and 8-K/As) of EDGAR's daily index for
 * yesterday and today, downloads those the data folder does not have, and adds them to the index at
 * once, so that a server over the same index shows them at its next refresh. Yesterday is read too
 * because EDGAR keeps adding to a day's index into the evening (not on a quarter's first day, whose
 * yesterday only the past quarter's whole index lists). Not thread-safe: one poll at a time.
 */
public final class Watcher {
  private final Fetcher fetcher;
  private final Clock clock;
  private final Path data;
  private final Path index;

  /**
   * A watcher.
   *
   * @param client the only client (it holds the rate limit)
   * @param clock what "today" is
   * @param data where the filings go, as {@code <CIK>/<accession>.txt}
   * @param index the index they are added to
   */
  public Watcher(EdgarClient client, Clock clock, Path data, Path index) {
    this.fetcher = new Fetcher(client, clock);
    this.clock = clock;
    this.data = data;
    this.index = index;
  }

  /**
   * What one poll did.
   *
   * @param fetched the fetch of the days' 8-Ks
   * @param indexed the indexing of what arrived, or null when nothing did
   */
  public record Poll(FetchReport fetched, IndexReport indexed) {
    /** Filings that became searchable in this poll. */
    public int newFilings() {
      return indexed == null ? 0 : indexed.filings();
    }
  }

  /**
   * Polls once.
   *
   * @return what was fetched and indexed
   * @throws IOException when the listing cannot be had, or the data folder or index cannot be
   *     written
   * @throws InterruptedException when interrupted
   */
  public Poll poll() throws IOException, InterruptedException {
    LocalDate today = LocalDate.now(clock);
    // Not across a quarter's start: yesterday would then be listed from the whole past quarter's
    // full index, tens of megabytes on every poll of the quarter's first day.
    LocalDate yesterday = today.minusDays(1);
    LocalDate from = yesterday.isBefore(EdgarListing.quarterStart(today)) ? today : yesterday;
    FetchRequest request =
        new FetchRequest(
            List.of(), List.of(), List.of(FetchRequest.DEFAULT_FORM), from, today, data);
    FetchReport fetched = fetcher.fetch(request, FetchListener.NONE);
    IndexReport indexed =
        fetched.arrived().isEmpty()
            ? null
            : FilingIndexer.add(index, fetched.arrived(), IndexListener.NONE);
    return new Poll(fetched, indexed);
  }
}
