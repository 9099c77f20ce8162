package io.filingssearch.cli;

import io.filingssearch.fetch.FetchListener;
import io.filingssearch.index.IndexListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on a terminal, from the moment the work is counted (files to index, filings or
 * archives to fetch); quiet when there is no terminal. Thread-safe: steps may come from any thread.
 */
final class TerminalProgress implements IndexListener, FetchListener, AutoCloseable {
  private final boolean terminal;
  private final String task;
  private final String unit;
  private volatile ProgressBar bar;

  /**
   * A bar shown only when standard output is a terminal.
   *
   * @param task what the bar is doing, such as {@code Indexing}
   * @param unit what it counts, with a leading space, such as {@code " files"}
   */
  TerminalProgress(String task, String unit) {
    this.terminal = System.console() != null;
    this.task = task;
    this.unit = unit;
  }

  @Override
  public void started(int files, long bytes) {
    start(files);
  }

  @Override
  public void listed(int filings) {
    start(filings);
  }

  @Override
  public void fileDone(long bytes) {
    step();
  }

  @Override
  public void filingDone(long bytes) {
    step();
  }

  private synchronized void start(int max) {
    if (terminal && max > 0) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(max)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(unit, 1)
              .build();
    }
  }

  private void step() {
    ProgressBar b = bar;
    if (b != null) {
      b.step();
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
