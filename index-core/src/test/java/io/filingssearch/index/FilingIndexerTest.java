package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.parse.BadFilingException;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the indexer treats folders given twice, bad input files and an index it cannot write. */
class FilingIndexerTest {
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

  @Test
  void aFileTheParserRefusesIsAFailureWithItsCauseAndTheRunGoesOn(@TempDir Path tmp)
      throws Exception {
    Path data = copyOfSeeds(tmp);
    Path binary = Files.write(data.resolve("blob.txt"), new byte[] {1, 0, 2, 0, 3, 0, 4});
    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    assertEquals(4, r.filings());
    assertEquals(1, r.failures().size(), r.failures().toString());
    IndexReport.Failure f = r.failures().get(0);
    assertEquals(binary.toString(), f.source());
    assertTrue(f.reason().contains("binary"), f.reason());
    BadFilingException cause = assertInstanceOf(BadFilingException.class, f.cause());
    assertEquals(binary.toString(), cause.source());
  }

  @Test
  void aFullDiskStopsTheRunWithTheIndexFolderAndTheCauseAndKeepsThePreviousIndex(@TempDir Path tmp)
      throws Exception {
    Path data = copyOfSeeds(tmp);
    Path idx = tmp.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    long before = documents(idx);
    // One filing changed since: the next run has something to write.
    Path changed = data.resolve(Fixtures.seed("000").getFileName());
    Files.writeString(changed, Files.readString(changed) + "\nAn amendment to the agreement.\n");

    for (boolean full : new boolean[] {false, true}) {
      IOException e =
          assertThrows(
              IOException.class,
              () -> FilingIndexer.index(idx, List.of(data), full, IndexListener.NONE, fullDisk()),
              "full=" + full);
      assertTrue(e.getMessage().contains(idx.toAbsolutePath().toString()), e.getMessage());
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      assertEquals(before, documents(idx), "full=" + full);
      try (Stream<Path> generations = Files.list(idx)) {
        // The generation a failed rebuild began is gone; the previous one is still current.
        assertEquals(1, generations.filter(Files::isDirectory).count(), "full=" + full);
      }
    }
    // With room again, the same run goes through.
    IndexReport r = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    assertEquals(1, r.filings());
    assertTrue(r.failures().isEmpty(), r.failures().toString());
  }

  /**
   * A directory on a disk that fills up: once a few bytes have been written, every write throws the
   * operating system's message for a full disk.
   */
  private static UnaryOperator<Directory> fullDisk() {
    AtomicLong room = new AtomicLong(-1);
    return d ->
        new FilterDirectory(d) {
          @Override
          public IndexOutput createOutput(String name, IOContext context) throws IOException {
            spend(room, 0);
            return new FullDiskOutput(super.createOutput(name, context), room);
          }

          @Override
          public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
              throws IOException {
            spend(room, 0);
            return new FullDiskOutput(super.createTempOutput(prefix, suffix, context), room);
          }
        };
  }

  private static void spend(AtomicLong room, long bytes) throws IOException {
    if (room.addAndGet(-bytes) < 0) {
      // Space comes back at once (another program freed some): one write fails, not every one.
      room.set(Long.MAX_VALUE / 2);
      throw new IOException("No space left on device");
    }
  }

  /** An output that counts what it writes against the room left on the disk. */
  private static final class FullDiskOutput extends IndexOutput {
    private final IndexOutput out;
    private final AtomicLong room;

    FullDiskOutput(IndexOutput out, AtomicLong room) {
      super("full disk(" + out + ")", out.getName());
      this.out = out;
      this.room = room;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      spend(room, 1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      spend(room, length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }
  }

  @Test
  void eachFilingKeepsTheMomentItBecameSearchableThroughUpdatesAndRebuilds(@TempDir Path tmp)
      throws Exception {
    Path data = copyOfSeeds(tmp);
    Path later = Files.move(data.resolve(Fixtures.seed("003").getFileName()), tmp.resolve("later"));
    Path idx = tmp.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    Map<String, Instant> first = since(idx);
    assertEquals(3, first.size());
    assertTrue(first.values().stream().allMatch(Objects::nonNull), first.toString());

    Files.move(later, data.resolve(later.getFileName().toString() + ".txt"));
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    Map<String, Instant> second = since(idx);
    assertEquals(4, second.size());
    Instant newest = second.values().stream().max(Comparator.naturalOrder()).orElseThrow();
    // The three known filings keep their moment; the new one's is not earlier.
    for (Map.Entry<String, Instant> e : first.entrySet()) {
      assertEquals(e.getValue(), second.get(e.getKey()), e.getKey());
    }
    assertFalse(first.values().stream().anyMatch(t -> t.isAfter(newest)));
    assertTrue(second.keySet().stream().anyMatch(id -> !first.containsKey(id)));

    FilingIndexer.index(idx, List.of(data), true, IndexListener.NONE);
    assertEquals(second, since(idx), "a full rebuild keeps them");
  }

  @Test
  void addingFilesIndexesThemAndLeavesTheIndexsOtherFilingsAlone(@TempDir Path tmp)
      throws Exception {
    Path data = copyOfSeeds(tmp);
    Path later = Files.move(data.resolve(Fixtures.seed("003").getFileName()), tmp.resolve("later"));
    Path idx = tmp.resolve("idx");
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);

    IndexReport r = FilingIndexer.add(idx, List.of(later), IndexListener.NONE);
    assertEquals(1, r.files());
    assertEquals(1, r.filings());
    assertEquals(0, r.removed());
    assertEquals(4, since(idx).size());
    // Added again: unchanged, nothing written.
    assertEquals(1, FilingIndexer.add(idx, List.of(later), IndexListener.NONE).unchanged());
  }

  /** Each filing's searchable-since moment, as its hits show it. */
  private static Map<String, Instant> since(Path idx) throws IOException {
    Map<String, Instant> out = new HashMap<>();
    try (FilingSearcher s = FilingSearcher.open(idx, 0)) {
      for (Hit h : s.search(SearchRequest.builder().query("").size(100).build()).hits()) {
        Instant prev = out.put(h.filingId(), h.searchableSince());
        assertTrue(prev == null || prev.equals(h.searchableSince()), "one moment per filing");
      }
    }
    return out;
  }

  private static Path copyOfSeeds(Path tmp) throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.toList()) {
        Files.copy(p, data.resolve(p.getFileName()));
      }
    }
    return data;
  }

  /** The sections a searcher sees in the index. */
  private static long documents(Path idx) throws IOException {
    try (FilingSearcher s = FilingSearcher.open(idx, 0)) {
      return s.search(SearchRequest.of("")).total();
    }
  }
}
