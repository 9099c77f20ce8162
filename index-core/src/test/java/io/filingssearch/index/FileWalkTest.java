package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.filingssearch.testing.Fixtures;
import io.filingssearch.testing.SpecialFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an indexing run does with what a folder holds besides filings. */
class FileWalkTest {
  @Test
  void pipesDanglingLinksAndLinkLoopsAreReportedAsSkippedAndTheFilingsAreIndexed(@TempDir Path tmp)
      throws Exception {
    Path data = copyOfSeeds(tmp);
    Path sub = Files.createDirectories(data.resolve("sub"));
    SpecialFiles.fifo(sub.resolve("pipe.txt"));
    Files.createSymbolicLink(sub.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));
    Files.createSymbolicLink(sub.resolve("loop"), data);
    Files.createSymbolicLink(sub.resolve("self.txt"), sub.resolve("self.txt"));

    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);

    assertEquals(4, r.filings());
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(4, r.skipped().size(), r.skipped().toString());
    String skipped = r.skipped().toString();
    assertTrue(skipped.contains("pipe.txt") && skipped.contains("named pipe"), skipped);
    assertTrue(skipped.contains("dangling.txt") && skipped.contains("leads nowhere"), skipped);
    assertTrue(skipped.contains("self.txt"), skipped);
    assertTrue(skipped.contains("loop") && skipped.contains("a loop"), skipped);
  }

  @Test
  void aNamedPipeGivenAsTheFolderIsSkippedNotWaitedOn(@TempDir Path tmp) throws Exception {
    Path pipe = SpecialFiles.fifo(tmp.resolve("pipe.txt"));
    IndexReport r =
        FilingIndexer.index(
            tmp.resolve("idx"), List.of(pipe, Fixtures.seeds()), false, IndexListener.NONE);
    assertEquals(4, r.filings());
    assertEquals(1, r.skipped().size(), r.skipped().toString());
  }

  @Test
  void aFolderThatCannotBeListedIsOneFailureAndTheRestIsIndexed(@TempDir Path tmp)
      throws Exception {
    assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads folders without permission");
    Path data = copyOfSeeds(tmp);
    Path locked = Files.createDirectories(data.resolve("locked"));
    Files.copy(Fixtures.seed("000"), locked.resolve("x.txt"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      IndexReport r =
          FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
      assertEquals(4, r.filings());
      assertEquals(1, r.failures().size(), r.failures().toString());
      assertEquals(locked.toString(), r.failures().get(0).source());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFolderDeniedDuringTheWalkIsOneFailureAndKeepsWhatTheIndexHasFromIt(@TempDir Path tmp)
      throws Exception {
    // As root no folder is denied: the walk is told so, as the file system would tell it.
    FileWalk w = new FileWalk();
    Path locked = tmp.resolve("locked");
    w.visitFileFailed(locked, new AccessDeniedException(locked.toString()));
    assertEquals(1, w.failed.size());
    assertTrue(w.failed.get(0).reason().contains("permission denied"), w.failed.toString());
    assertTrue(w.inUnreadFolder(locked.resolve("a/b.txt").toString()));
    assertEquals(false, w.inUnreadFolder(tmp.resolve("other.txt").toString()));
  }

  static Path copyOfSeeds(Path tmp) throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.toList()) {
        Files.copy(p, data.resolve(p.getFileName()));
      }
    }
    return data;
  }
}
