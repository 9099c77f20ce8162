package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.testing.Fixtures;
import io.filingssearch.testing.SpecialFiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser reads regular files only: a named pipe or a device is refused, never waited on. */
class NonRegularFileTest {
  private final FilingParser parser = new FilingParser();

  @Test
  void aNamedPipeIsRefusedWithOneLineInsteadOfWaitingForAWriter(@TempDir Path tmp)
      throws Exception {
    Path pipe = SpecialFiles.fifo(tmp.resolve("pipe.txt"));
    // The guard only keeps a regression from hanging the build; the assertion is the refusal.
    BadFilingException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> assertThrows(BadFilingException.class, () -> parser.parse(pipe)));
    assertEquals(pipe.toString(), e.source());
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    // The batch goes on: the next file parses.
    assertEquals(4, parser.parse(Fixtures.seed("000")).items().size() + 2);
  }

  @Test
  void aDeviceIsRefused() {
    BadFilingException e =
        assertThrows(BadFilingException.class, () -> parser.parse(Path.of("/dev/zero")));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
  }
}
