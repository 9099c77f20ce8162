package io.filingssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the corpora are and which of their files are filings. */
final class Corpora {
  private Corpora() {}

  /** The filings under {@code root}, sorted, without documentation (as the indexer walks). */
  static List<Path> files(Path root) throws IOException {
    if (Files.isRegularFile(root) && root.getFileName().toString().endsWith(".list")) {
      return Files.readAllLines(root).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(
              p -> !p.getFileName().toString().matches("(?i).*\\.(md|json|png|jpe?g|gif|pdf|zip)$"))
          .sorted()
          .toList();
    }
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
