package io.filingssearch.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets at most a fixed number of costly requests run at once and a fixed number wait for a turn;
 * the others are refused at once ({@link ServerBusyException}), so that load queues briefly instead
 * of piling up in memory. Thread-safe.
 */
final class SearchGate {
  private final Semaphore running;
  private final int maxWaiting;
  private final long waitNanos;
  private final AtomicInteger waiting = new AtomicInteger();

  SearchGate(ServerLimits limits) {
    this.running = new Semaphore(limits.concurrentSearches(), true);
    this.maxWaiting = limits.queuedSearches();
    this.waitNanos = limits.queueWait().toNanos();
  }

  /** A turn to run; closing it gives the turn to the next request. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits for a turn.
   *
   * @return the turn, to close when the work is done
   * @throws ServerBusyException when the queue is full or the wait ran out
   * @throws InterruptedException when the waiting thread is interrupted
   */
  Turn enter() throws InterruptedException {
    if (!running.tryAcquire()) {
      if (waiting.incrementAndGet() > maxWaiting) {
        waiting.decrementAndGet();
        throw new ServerBusyException(
            "The server is busy (" + maxWaiting + " searches already waiting); retry shortly");
      }
      boolean acquired;
      try {
        acquired = running.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
      } finally {
        waiting.decrementAndGet();
      }
      if (!acquired) {
        throw new ServerBusyException("The server is busy (no turn came in time); retry shortly");
      }
    }
    return running::release;
  }

  /** How many requests wait for a turn now. */
  int waiting() {
    return waiting.get();
  }
}
