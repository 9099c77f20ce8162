package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.internal.IndexLocation;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.IndexStats;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indexing run killed at random points (a child JVM, killed like kill -9) leaves the index as
 * the last run left it or as the new run made it, never in between, and the next run leaves no
 * orphan.
 */
class CrashTest {
  private static final int KILLS = 4;

  /** The child: {@code CrashTest$Child INDEX DATA full|incremental}. */
  static final class Child {
    public static void main(String[] args) throws Exception {
      FilingIndexer.index(
          Path.of(args[0]), List.of(Path.of(args[1])), args[2].equals("full"), IndexListener.NONE);
    }
  }

  @Test
  void killedRunsLeaveTheOldOrTheNewIndexAndNoOrphanAfterTheNextRun(@TempDir Path tmp)
      throws Exception {
    Path data = FileWalkTest.copyOfSeeds(tmp);
    Path idx = tmp.resolve("idx");
    IndexReport first = FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    IndexStats before = stats(idx);
    // The new content: every seed changed, and as many more filings.
    try (Stream<Path> s = Files.list(data)) {
      for (Path p : s.toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Files.writeString(p, text + "\nA later amendment.\n");
        Files.writeString(data.resolve("copy-" + p.getFileName()), text + "\nA copy.\n");
      }
    }
    long newSections =
        FilingIndexer.index(tmp.resolve("check"), List.of(data), true, IndexListener.NONE)
            .sections();
    Random random = new Random(8);
    int killed = 0;
    int switched = 0;
    for (int k = 0; k < KILLS; k++) {
      Process child = child(idx, data, k % 2 == 0 ? "full" : "incremental", tmp);
      Thread.sleep(300 + random.nextInt(6000));
      if (child.isAlive()) {
        child.destroyForcibly();
        killed++;
      }
      child.waitFor();
      IndexStats s = stats(idx);
      boolean old = s.filings() == before.filings() && s.sections() == before.sections();
      boolean whole = s.filings() == 2L * first.filings();
      assertTrue(old || whole, "after kill " + k + ": " + s + ", before: " + before);
      // A run that got through has every section of every filing: none is half there.
      assertTrue(old || s.sections() == newSections, "after kill " + k + ": " + s);
      switched += old ? 0 : 1;
    }
    System.out.println(
        "[crash] killed " + killed + " of " + KILLS + " runs; new content after " + switched);
    FilingIndexer.index(idx, List.of(data), false, IndexListener.NONE);
    assertEquals(2L * first.filings(), stats(idx).filings());
    assertNoOrphan(idx);
  }

  private static Process child(Path idx, Path data, String mode, Path tmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    String modules = System.getProperty("jdk.module.path");
    if (modules != null && !modules.isBlank()) {
      cp = cp + File.pathSeparator + modules;
    }
    return new ProcessBuilder(
            java, "-cp", cp, Child.class.getName(), idx.toString(), data.toString(), mode)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile())
        .start();
  }

  private static IndexStats stats(Path idx) throws Exception {
    try (FilingSearcher s = FilingSearcher.open(idx, 0)) {
      return s.stats();
    }
  }

  /** One generation, and in it only the files its last commit references. */
  private static void assertNoOrphan(Path idx) throws Exception {
    Path current = IndexLocation.current(idx);
    List<String> top = new ArrayList<>();
    try (Stream<Path> s = Files.list(idx)) {
      s.forEach(p -> top.add(p.getFileName().toString()));
    }
    top.sort(null);
    assertEquals(List.of("CURRENT", current.getFileName().toString(), "index.lock"), top);
    Set<String> referenced;
    try (FSDirectory dir = FSDirectory.open(current)) {
      referenced = new HashSet<>(SegmentInfos.readLatestCommit(dir).files(true));
    }
    referenced.add("write.lock");
    try (Stream<Path> s = Files.list(current)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        assertTrue(referenced.contains(name), "orphan " + name + " in " + current);
      }
    }
  }
}
