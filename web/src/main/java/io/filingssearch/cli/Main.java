package io.filingssearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code filings} command line: parse, index, search and serve 8-K filings. */
@Command(
    name = "filings",
    mixinStandardHelpOptions = true,
    version = "filings-search 0.1.0",
    description = "Full-text search for SEC Form 8-K filings.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ParseCommand.class,
      ServeCommand.class,
      FetchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  /** Held so that the level set on it is not lost when the logger is garbage-collected. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Lucene says at start-up that the vector module is not enabled; that is advice for
    // vector search, which this tool does not use, not something a user can act on.
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
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
