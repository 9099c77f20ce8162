package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the indexer treats folders given twice and indexes written by an older version. */
class FilingIndexerTest {
  @Test
  void anIndexWithTheOldExactBodyIsRebuiltInsteadOfFailing(@TempDir Path tmp) throws Exception {
    // An index as the previous version wrote it: the exact body with positions.
    Path idx = tmp.resolve("idx");
    Path gen = IndexLocation.newGeneration(idx);
    try (Directory dir = FSDirectory.open(gen);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
      Document d = new Document();
      d.add(new TextField(Fields.BODY_EXACT, "an old section", Field.Store.NO));
      w.addDocument(d);
      w.commit();
    }
    IndexLocation.switchTo(idx, gen);
    assertTrue(FilingIndexer.writtenByOlderVersion(idx));

    IndexReport r = FilingIndexer.index(idx, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    assertEquals(4, r.filings());
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertFalse(FilingIndexer.writtenByOlderVersion(idx));
  }

  @Test
  void aFolderGivenTwiceIsIndexedOnce(@TempDir Path tmp) throws Exception {
    Path seeds = Fixtures.seeds();
    assertEquals(
        FilingIndexer.walk(List.of(seeds)),
        FilingIndexer.walk(List.of(seeds, seeds.resolve("."), seeds)));
    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(seeds, seeds), false, IndexListener.NONE);
    assertEquals(4, r.filings());
  }
}
