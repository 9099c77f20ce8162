package io.filingssearch.index;

import java.util.List;
import java.util.Objects;

/**
 * What a run of the indexer did. Immutable.
 *
 * @param files files found under the folders (an archive is one file)
 * @param filings filings parsed and indexed in this run
 * @param sections sections indexed in this run
 * @param unchanged files, or filings inside archives, skipped because their content did not change
 *     or because the index has the same accession from an archive (or, for an archived filing, from
 *     another file)
 * @param parts files skipped because the complete submission they are part of was indexed
 * @param removed filings deleted because their file is gone
 * @param failures files that could not be indexed, with the reason
 * @param skipped what the folders hold that is not a file to read (a named pipe, a device, a
 *     dangling link, a link loop), with the reason; these do not make a run fail
 * @param bytes bytes of the files parsed in this run
 * @param elapsedMs wall time in milliseconds
 * @param otherForms submissions inside archives (EDGAR's daily feed) or files of submissions one
 *     after another (EDGAR's {@code Oldloads}) skipped because their form is not in the 8-K family
 */
public record IndexReport(
    int files,
    int filings,
    int sections,
    int unchanged,
    int parts,
    int removed,
    List<Failure> failures,
    List<Failure> skipped,
    long bytes,
    long elapsedMs,
    int otherForms) {
  /** Copies the lists. */
  public IndexReport {
    failures = List.copyOf(failures);
    skipped = List.copyOf(skipped);
  }

  /**
   * A report of a run that skipped nothing.
   *
   * @param files files found under the folders
   * @param filings filings parsed and indexed in this run
   * @param sections sections indexed in this run
   * @param unchanged files skipped because their content did not change
   * @param parts files skipped because the complete submission they are part of was indexed
   * @param removed filings deleted because their file is gone
   * @param failures files that could not be indexed, with the reason
   * @param bytes bytes of the files parsed in this run
   * @param elapsedMs wall time in milliseconds
   */
  public IndexReport(
      int files,
      int filings,
      int sections,
      int unchanged,
      int parts,
      int removed,
      List<Failure> failures,
      long bytes,
      long elapsedMs) {
    this(
        files, filings, sections, unchanged, parts, removed, failures, List.of(), bytes, elapsedMs,
        0);
  }

  /**
   * A file that could not be indexed.
   *
   * @param source the file
   * @param reason why, in words a user understands, with the messages of its causes
   * @param cause the exception that made it fail, kept for logs and callers; null when the file was
   *     refused without one (too large)
   */
  public record Failure(String source, String reason, Exception cause) {
    /**
     * Checks the failure.
     *
     * @throws NullPointerException when the source or reason is null
     */
    public Failure {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Megabytes per second of parsed input.
   *
   * @return input megabytes (10^6 bytes) per second of wall time; 0 for an instant run
   */
  public double megabytesPerSecond() {
    return elapsedMs == 0 ? 0 : bytes / 1e6 / (elapsedMs / 1000.0);
  }
}
