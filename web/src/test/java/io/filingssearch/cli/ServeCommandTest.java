package io.filingssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream old = System.err;
      int code;
      try {
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        code =
            Main.run(
                "serve",
                "--index",
                tmp.resolve("index").toString(),
                "--port",
                port,
                "--host",
                "127.0.0.1");
      } finally {
        System.setErr(old);
      }
      String text = err.toString(StandardCharsets.UTF_8).strip();
      assertEquals(1, code, text);
      assertEquals(1, text.lines().count(), text);
      assertTrue(text.startsWith("error: ") && text.contains(port), text);
      // Nothing was indexed for a server that could not start.
      assertFalse(Files.exists(tmp.resolve("index")));
    }
  }

  @Test
  void serveWatchWithoutAnEmailInTheUserAgentIsRefusedBeforeAnythingIsIndexed() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code =
          Main.run(
              "serve",
              "--watch",
              "--user-agent",
              "Jane Doe",
              "--index",
              tmp.resolve("index").toString(),
              "--port",
              "0");
    } finally {
      System.setErr(old);
    }
    String text = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, code, text);
    assertTrue(text.startsWith("error: --user-agent") && text.contains("e-mail"), text);
    assertFalse(Files.exists(tmp.resolve("index")));
  }
}
