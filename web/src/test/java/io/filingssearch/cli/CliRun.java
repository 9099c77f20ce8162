package io.filingssearch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * What a command-line run printed and returned: its exit code, its standard output and its standard
 * error (stripped).
 */
record CliRun(int code, String out, String err) {
  /** Runs {@code filings args...} as {@link Main} does, capturing what it prints. */
  static CliRun of(String... args) {
    return capture(() -> Main.run(args));
  }

  /** Runs a command, capturing what it prints to standard output and standard error. */
  static CliRun capture(IntSupplier command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = command.getAsInt();
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).strip());
  }
}
