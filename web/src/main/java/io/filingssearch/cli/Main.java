package io.filingssearch.cli;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

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
      SolrCommand.class,
      FetchCommand.class,
      WatchCommand.class,
      LauncherCommands.Test.class,
      LauncherCommands.Bench.class,
      LauncherCommands.Install.class,
      HelpCommand.class
    })
public final class Main {
  /** Held so that the level set on it is not lost when the logger is garbage-collected. */
  private static final Logger LUCENE_VECTOR_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Lucene says at start-up that the vector module is not enabled; that is advice for
    // vector search, which this tool does not use, not something a user can act on.
    LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code (for tests). An error while running a command
   * is one line on the error stream, exit code 2; picocli answers bad options the same way.
   */
  static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with its subcommands and error handlers, ready to execute. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // Every date option of every command, present and future, reads YYYY-MM-DD the same way and
    // answers a bad one with a line, not picocli's DateTimeParseException text.
    cl.registerConverter(LocalDate.class, new IsoDateConverter());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr()
              .println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 2;
        });
    // A mistyped option or value: one line saying which and what was expected, not the usage.
    cl.setParameterExceptionHandler(
        (e, badArgs) -> {
          e.getCommandLine().getErr().println("error: " + e.getMessage());
          return 2;
        });
    return cl;
  }
}
