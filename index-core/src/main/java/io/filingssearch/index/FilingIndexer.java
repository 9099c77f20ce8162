package io.filingssearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds and updates an index of filings. Parsing and extraction run on all cores.
 *
 * <p>Incremental by default: files whose content did not change are skipped, changed files replace
 * their filing's sections, files that are gone are deleted from the index. A full rebuild writes a
 * fresh index beside the current one and switches to it atomically. A crash or interrupt leaves the
 * previous index intact and searchable. Not thread-safe: run one indexer per folder.
 */
public final class FilingIndexer {
  private FilingIndexer() {}

  /**
   * Indexes every file under the given folders (recursively) into {@code indexDir}.
   *
   * @param indexDir where the index lives (created when missing)
   * @param roots folders (or single files) of filings
   * @param full rebuild from scratch instead of updating
   * @param listener progress callbacks
   * @return what was done
   * @throws IOException when the index cannot be written or a folder cannot be read
   */
  public static IndexReport index(
      Path indexDir, List<Path> roots, boolean full, IndexListener listener) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
