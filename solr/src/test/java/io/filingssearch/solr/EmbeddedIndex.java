package io.filingssearch.solr;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.testing.TempFolder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The embedded index of some files, in a temporary folder, to compare the Solr engine with. */
public final class EmbeddedIndex implements Closeable {
  private final TempFolder dir;
  private final FilingSearcher searcher;

  private EmbeddedIndex(TempFolder dir, FilingSearcher searcher) {
    this.dir = dir;
    this.searcher = searcher;
  }

  /** Indexes folders or files, and opens a searcher without a results cache. */
  public static EmbeddedIndex of(List<Path> roots) throws IOException {
    TempFolder dir = TempFolder.create("embedded-index");
    Path index = dir.path().resolve("index");
    FilingIndexer.index(index, roots, false, IndexListener.NONE);
    return new EmbeddedIndex(dir, FilingSearcher.open(index, 0));
  }

  /** The searcher. */
  public FilingSearcher searcher() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    try {
      searcher.close();
    } finally {
      dir.close();
    }
  }
}
