package io.filingssearch.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fetch did.
 *
 * @param listed filings that matched the request
 * @param downloaded filings downloaded in this run
 * @param alreadyThere filings that were already complete in the data folder
 * @param failures filings that could not be had, with the reason
 * @param bytes bytes written
 * @param elapsedMs wall time in milliseconds
 * @param stopped why the run stopped early (EDGAR kept refusing), or null
 * @param arrived the files downloaded in this run
 */
public record FetchReport(
    int listed,
    int downloaded,
    int alreadyThere,
    List<Failure> failures,
    long bytes,
    long elapsedMs,
    String stopped,
    List<Path> arrived) {
  /** Copies the lists. */
  public FetchReport {
    failures = List.copyOf(failures);
    arrived = List.copyOf(arrived);
  }

  /**
   * A filing that could not be had.
   *
   * @param accession its accession number
   * @param reason why, in words a user understands
   */
  public record Failure(String accession, String reason) {}

  /** True when every listed filing is in the data folder and the run was not stopped. */
  public boolean ok() {
    return failures.isEmpty() && stopped == null;
  }
}
