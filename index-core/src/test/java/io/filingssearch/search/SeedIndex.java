package io.filingssearch.search;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.testing.Fixtures;
import io.filingssearch.testing.TempFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An index of the seed filings and a searcher over it for all the tests of a class: built in a
 * temporary folder before them, closed and deleted after them. Registered as a static {@code
 * RegisterExtension} field: {@code static final SeedIndex seeds = new SeedIndex();}.
 */
final class SeedIndex implements BeforeAllCallback, AfterAllCallback {
  /** How the searcher is opened over the index folder. */
  @FunctionalInterface
  private interface Opener {
    FilingSearcher open(Path index) throws IOException;
  }

  private final Opener opener;
  private TempFolder dir;
  private FilingSearcher searcher;

  /** A searcher with the default results cache. */
  SeedIndex() {
    this(FilingSearcher::open);
  }

  /** A searcher caching this many results ({@code 0}: every search is computed). */
  SeedIndex(int cacheSize) {
    this(index -> FilingSearcher.open(index, cacheSize));
  }

  private SeedIndex(Opener opener) {
    this.opener = opener;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = TempFolder.create("filings-seed-index");
    Path index = dir.path().resolve("index");
    FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    searcher = opener.open(index);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (searcher != null) {
        searcher.close();
      }
    } finally {
      searcher = null;
      if (dir != null) {
        dir.close();
      }
    }
  }

  /** The searcher over the seeds, while the test class runs. */
  FilingSearcher searcher() {
    if (searcher == null) {
      throw new IllegalStateException("the seed index is open only while the test class runs");
    }
    return searcher;
  }
}
