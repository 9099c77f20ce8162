package io.filingssearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code filings} command line: parse, index, search and serve 8-K filings. */
@Command(
    name = "filings",
    mixinStandardHelpOptions = true,
    version = "filings-search 0.1.0",
    description = "Full-text search for SEC Form 8-K filings.",
    subcommands = {ParseCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr()
              .println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 2;
        });
    return cl.execute(args);
  }
}
