package io.filingssearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Commands that the {@code ./filings} launcher runs itself (they run Maven or the bench module, not
 * this program): listed here so that {@code ./filings --help} shows them with the others.
 */
final class LauncherCommands {
  private LauncherCommands() {}

  /** {@code filings test}: the whole test suite, what CI runs. */
  @Command(name = "test", description = "Run the whole test suite (what CI runs; Maven's verify).")
  static final class Test extends LauncherOnly {}

  /** {@code filings bench}: the benchmarks. */
  @Command(
      name = "bench",
      description = "Benchmarks (not part of the tests; see ./filings bench --help).")
  static final class Bench extends LauncherOnly {}

  /** {@code filings install}: the library into the local Maven repository. */
  @Command(name = "install", description = "Install the library in the local Maven repository.")
  static final class Install extends LauncherOnly {}

  /** Reached only when this program is started without the launcher: says where to go. */
  abstract static class LauncherOnly implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine()
          .getErr()
          .println(
              "error: '"
                  + spec.name()
                  + "' is run by the ./filings launcher: ./filings "
                  + spec.name());
      return 2;
    }
  }
}
