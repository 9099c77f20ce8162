package io.filingssearch.cli;

import io.filingssearch.fetch.Watcher;
import io.filingssearch.search.SearchEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The watch {@code serve --watch} runs beside the server: a background thread polls EDGAR at once
 * and then every interval, and refreshes the server's searcher after each poll so that what arrived
 * is found by the next search. Thread-safe: {@link #pollNow()}, {@link #awaitPolls} and {@link
 * #close()} may be called from any thread.
 */
final class WatchLoop implements AutoCloseable {
  private final Thread thread;
  private final Semaphore wakeUps = new Semaphore(0);
  private final AtomicInteger polls = new AtomicInteger();
  private final Object done = new Object();

  private WatchLoop(
      Watcher watcher, Clock clock, Duration every, SearchEngine searcher, PrintStream out) {
    this.thread =
        Thread.ofPlatform()
            .daemon()
            .name("filings-watch")
            .unstarted(() -> run(watcher, clock, every, searcher, out));
  }

  /**
   * Starts polling: the first poll at once, then one every {@code every}.
   *
   * @param watcher what one poll does
   * @param clock what "today" is, for the poll lines
   * @param every the interval between polls
   * @param searcher refreshed after each poll
   * @param out where each poll's line goes
   * @return the running loop; {@link #close()} stops it
   */
  static WatchLoop start(
      Watcher watcher, Clock clock, Duration every, SearchEngine searcher, PrintStream out) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every must be positive, not " + every);
    }
    WatchLoop loop = new WatchLoop(watcher, clock, every, searcher, out);
    loop.thread.start();
    return loop;
  }

  private void run(
      Watcher watcher, Clock clock, Duration every, SearchEngine searcher, PrintStream out) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchCommand.pollOnce(watcher, clock, out);
        try {
          searcher.refresh();
        } catch (IOException e) {
          out.println("watch: cannot refresh the searcher: " + e.getMessage());
        }
        synchronized (done) {
          polls.incrementAndGet();
          done.notifyAll();
        }
        // Sleeps the interval, unless woken for a poll now; several wake-ups are one poll.
        if (wakeUps.tryAcquire(every.toMillis(), TimeUnit.MILLISECONDS)) {
          wakeUps.drainPermits();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the next poll now instead of at the end of the interval. */
  void pollNow() {
    wakeUps.release();
  }

  /** How many polls have finished (the searcher refreshed after each). */
  int polls() {
    return polls.get();
  }

  /**
   * Waits until {@code n} polls have finished in all.
   *
   * @return whether they did within the time given
   */
  boolean awaitPolls(int n, Duration atMost) throws InterruptedException {
    long end = System.nanoTime() + atMost.toNanos();
    synchronized (done) {
      while (polls.get() < n) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(done, left);
      }
    }
    return true;
  }

  /** Stops polling and waits for a poll under way to end. */
  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join();
  }
}
