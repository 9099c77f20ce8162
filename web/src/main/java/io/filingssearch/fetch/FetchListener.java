package io.filingssearch.fetch;

/** Progress of a fetch, for a progress bar. Called from several threads. */
public interface FetchListener {
  /** Ignores everything. */
  FetchListener NONE = new FetchListener() {};

  /**
   * The listing is done.
   *
   * @param filings how many filings matched
   */
  default void listed(int filings) {}

  /**
   * One filing is done (downloaded, already there or failed).
   *
   * @param bytes bytes downloaded for it
   */
  default void filingDone(long bytes) {}
}
