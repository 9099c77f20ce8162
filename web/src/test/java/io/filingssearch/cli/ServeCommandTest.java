package io.filingssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void aTakenPortIsOneClearErrorLineAndExitCodeOne() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String port = String.valueOf(taken.getLocalPort());
      CliRun r =
          CliRun.of(
              "serve",
              "--index",
              tmp.resolve("index").toString(),
              "--port",
              port,
              "--host",
              "127.0.0.1");
      String text = r.err();
      assertEquals(1, r.code(), text);
      assertEquals(1, text.lines().count(), text);
      assertTrue(text.startsWith("error: ") && text.contains(port), text);
      // Nothing was indexed for a server that could not start.
      assertFalse(Files.exists(tmp.resolve("index")));
    }
  }

  @Test
  void serveWatchWithoutAnEmailInTheUserAgentIsRefusedBeforeAnythingIsIndexed() {
    CliRun r =
        CliRun.of(
            "serve",
            "--watch",
            "--user-agent",
            "Jane Doe",
            "--index",
            tmp.resolve("index").toString(),
            "--port",
            "0");
    String text = r.err();
    assertEquals(2, r.code(), text);
    assertTrue(text.startsWith("error: --user-agent") && text.contains("e-mail"), text);
    assertFalse(Files.exists(tmp.resolve("index")));
  }

  @Test
  void searchLimitsOutOfRangeAreOneErrorLineAndExitCodeTwo() {
    for (String[] bad : new String[][] {{"--searches", "0"}, {"--queue", "-1"}}) {
      CliRun r = CliRun.of("serve", "--index", tmp.resolve("index").toString(), bad[0], bad[1]);
      String text = r.err();
      assertEquals(2, r.code(), text);
      assertEquals(1, text.lines().count(), text);
      assertTrue(text.contains(bad[0]), text);
      assertFalse(Files.exists(tmp.resolve("index")));
    }
  }
}
