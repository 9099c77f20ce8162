package io.filingssearch.bench;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./filings bench [--scale N]}: makes the corpora, then measures parse+extract, index
 * builds, search latency, HTTP throughput and SQLite FTS5 on each, and writes BENCHMARKS.md with a
 * plot. Each stage has a time limit so that a slow stage shows up as a number, not a hang.
 */
@Command(
    name = "./filings bench",
    sortOptions = false,
    description = {
      "Benchmarks: parse+extract, index builds, search latency, SQLite FTS5 and HTTP on the real"
          + " corpus and generated ones; writes the report and its plot."
    })
public final class BenchMain implements Callable<Integer> {
  @Mixin BenchOptions options = new BenchOptions();

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  private BenchMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args see {@code --help}
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    BenchOptions o = options;
    o.resolve();
    if (!Files.isDirectory(o.corpus)) {
      System.err.println(
          "bench: skipped: the shared corpus is absent ("
              + o.corpus
              + "); pass --corpus DIR to benchmark another folder of filings.");
      return 0;
    }
    Files.createDirectories(o.work);
    new BenchRun(o).all();
    return 0;
  }
}
