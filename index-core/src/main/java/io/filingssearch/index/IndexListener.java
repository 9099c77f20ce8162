package io.filingssearch.index;

/** Hears about an indexing run as it goes (for progress bars); called from worker threads. */
public interface IndexListener {
  /** A listener that ignores everything. */
  IndexListener NONE = new IndexListener() {};

  /**
   * The run found its files.
   *
   * @param files how many files will be looked at
   * @param bytes their total size
   */
  default void started(int files, long bytes) {}

  /**
   * One file is done (indexed, unchanged or failed).
   *
   * @param bytes its size
   */
  default void fileDone(long bytes) {}
}
