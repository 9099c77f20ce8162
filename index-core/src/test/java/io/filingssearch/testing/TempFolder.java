package io.filingssearch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder that closing deletes with all it holds, for test fixtures that live longer
 * than one test (JUnit's {@code @TempDir} is injected only into test classes).
 */
public final class TempFolder implements AutoCloseable {
  private final Path path;

  private TempFolder(Path path) {
    this.path = path;
  }

  /** A new empty folder in the system's temporary folder, its name starting with {@code prefix}. */
  public static TempFolder create(String prefix) throws IOException {
    return new TempFolder(Files.createTempDirectory(prefix));
  }

  /** The folder. */
  public Path path() {
    return path;
  }

  /** Deletes the folder and everything under it. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> s = Files.walk(path)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
