package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.internal.IndexLocation;
import io.filingssearch.search.FilingSearcher;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed runs leave in an index folder is deleted by the next run, never while one writes. */
class OrphanCleanupTest {
  @Test
  void theNextRunOfAnyKindDeletesGenerationsAndFilesNoCommitReferences(@TempDir Path tmp)
      throws Exception {
    Path data = FileWalkTest.copyOfSeeds(tmp);
    Path idx = tmp.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    Path current = IndexLocation.current(idx);

    leaveWhatKilledRunsLeave(idx, current);
    IndexReport r = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    assertEquals(4, r.unchanged());
    assertNoOrphans(idx, current);

    leaveWhatKilledRunsLeave(idx, current);
    assertTrue(FilingIndexer.deleteOrphans(idx) >= 3);
    assertNoOrphans(idx, current);
    try (FilingSearcher s = FilingSearcher.open(idx, 0)) {
      assertEquals(4, s.stats().filings());
    }
  }

  @Test
  void nothingIsDeletedWhileAnotherRunWrites(@TempDir Path tmp) throws Exception {
    Path data = FileWalkTest.copyOfSeeds(tmp);
    Path idx = tmp.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    Path building = Files.createDirectories(idx.resolve("gen-7"));
    try (Closeable lock = IndexLocation.tryLock(idx)) {
      assertNotNull(lock);
      assertEquals(-1, FilingIndexer.deleteOrphans(idx));
      IOException e =
          assertThrows(
              IOException.class,
              () -> FilingIndexer.index(idx, List.of(data), true, IndexListener.NONE));
      assertTrue(e.getMessage().contains("another run"), e.getMessage());
      assertTrue(Files.isDirectory(building));
    }
    assertTrue(FilingIndexer.deleteOrphans(idx) >= 1);
    assertFalse(Files.exists(building));
  }

  /** A --full run killed before its switch, and an incremental run killed before its commit. */
  private static void leaveWhatKilledRunsLeave(Path idx, Path current) throws IOException {
    Path gen = Files.createDirectories(idx.resolve("gen-9"));
    Files.writeString(gen.resolve("_0.fdt"), "half a segment");
    Files.writeString(idx.resolve("CURRENT.tmp"), "gen-9");
    Files.writeString(current.resolve("_99.fdt"), "a segment no commit references");
  }

  private static void assertNoOrphans(Path idx, Path current) {
    assertFalse(Files.exists(idx.resolve("gen-9")));
    assertFalse(Files.exists(idx.resolve("CURRENT.tmp")));
    assertFalse(Files.exists(current.resolve("_99.fdt")));
    assertTrue(Files.isDirectory(current));
  }
}
