package io.filingssearch.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository's seed filings and the shared corpus. */
final class Repo {
  private Repo() {}

  /** The repository root: {@code filings.root}, else the first parent holding data/filings. */
  static Path root() {
    String prop = System.getProperty("filings.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "data", "filings"))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("data").resolve("filings"))) {
        return p;
      }
    }
    throw new IllegalStateException("no data/filings above " + Path.of("").toAbsolutePath());
  }

  /** The shared corpus folder, {@code filings.shared}/corpus, else root/../shared/corpus. */
  static Path corpus() {
    String prop = System.getProperty("filings.shared");
    Path shared = prop != null ? Path.of(prop) : root().resolve("..").resolve("shared");
    return shared.resolve("corpus").normalize();
  }
}
