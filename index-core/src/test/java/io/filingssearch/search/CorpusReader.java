package io.filingssearch.search;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.testing.Fixtures;
import io.filingssearch.testing.TempFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An index of the shared corpus's Stanford filings (of the seeds when the corpus is not beside the
 * checkout) and a Lucene reader over it, for all the tests of a class: built in a temporary folder
 * before them, closed and deleted after them. Registered as a static {@code RegisterExtension}
 * field: {@code static final CorpusReader corpus = new CorpusReader();}.
 */
final class CorpusReader implements BeforeAllCallback, AfterAllCallback {
  private TempFolder dir;
  private DirectoryReader reader;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = TempFolder.create("filings-corpus-reader");
    Path corpus = Fixtures.corpus();
    Path source = corpus == null ? Fixtures.seeds() : corpus.resolve("stanford-8k-subset");
    Path index = dir.path().resolve("index");
    FilingIndexer.index(index, List.of(source), false, IndexListener.NONE);
    reader = DirectoryReader.open(FSDirectory.open(IndexLocation.current(index)));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (reader != null) {
        reader.close();
      }
    } finally {
      reader = null;
      if (dir != null) {
        dir.close();
      }
    }
  }

  /** A searcher over the index without a query cache, while the test class runs. */
  IndexSearcher searcher() {
    if (reader == null) {
      throw new IllegalStateException("the corpus index is open only while the test class runs");
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    return searcher;
  }
}
