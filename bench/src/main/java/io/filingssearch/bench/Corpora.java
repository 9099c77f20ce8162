package io.filingssearch.bench;

import io.filingssearch.index.FilingIndexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the corpora are and which of their files are filings. */
final class Corpora {
  private Corpora() {}

  /** The filings under {@code root}, as the indexer walks them (or those a {@code .list} names). */
  static List<Path> files(Path root) throws IOException {
    if (Files.isRegularFile(root) && root.getFileName().toString().endsWith(".list")) {
      return Files.readAllLines(root).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    }
    return FilingIndexer.walk(List.of(root));
  }

  /** Total bytes of the files. */
  static long bytes(List<Path> files) throws IOException {
    long n = 0;
    for (Path p : files) {
      n += Files.size(p);
    }
    return n;
  }
}
