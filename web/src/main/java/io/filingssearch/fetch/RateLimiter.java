package io.filingssearch.fetch;

import java.util.concurrent.TimeUnit;

/**
 * Spaces request starts evenly: at {@code n} per second, one every {@code 1/n} seconds, so no
 * one-second window ever holds more than {@code n} (a token bucket would allow bursts, which is
 * what EDGAR counts against a client). Thread-safe: one instance serves the whole run.
 */
final class RateLimiter {
  /** The SEC's fair-access ceiling, requests per second. */
  static final double MAX_RATE = 10;

  private final long intervalNanos;
  private long next;

  RateLimiter(double perSecond) {
    if (!(perSecond > 0 && perSecond <= MAX_RATE)) {
      throw new IllegalArgumentException(
          "--rate must be more than 0 and at most 10 requests per second (the SEC's limit), not "
              + perSecond);
    }
    intervalNanos = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / perSecond);
    next = System.nanoTime();
  }

  /** Waits for this caller's turn. */
  void acquire() throws InterruptedException {
    long at;
    synchronized (this) {
      at = Math.max(System.nanoTime(), next);
      next = at + intervalNanos;
    }
    long wait = at - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
