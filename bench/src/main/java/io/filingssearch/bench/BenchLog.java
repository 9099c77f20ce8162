package io.filingssearch.bench;

/** The run's progress on standard error, each line with the seconds since the run started. */
final class BenchLog {
  private final long started = System.nanoTime();

  /** Logs one line. */
  void log(String s) {
    System.err.printf("bench [%4ds] %s%n", seconds(), s);
  }

  /** Whole seconds since the run started. */
  long seconds() {
    return Math.round((System.nanoTime() - started) / 1e9);
  }
}
