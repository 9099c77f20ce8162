package io.filingssearch.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Makes what a folder of filings may hold besides files: named pipes (skipped without mkfifo). */
public final class SpecialFiles {
  private SpecialFiles() {}

  /** A named pipe at {@code path}; the test is skipped where {@code mkfifo} is missing. */
  public static Path fifo(Path path) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      throw e;
    }
    assumeTrue(p.waitFor() == 0, "mkfifo failed");
    return path;
  }
}
