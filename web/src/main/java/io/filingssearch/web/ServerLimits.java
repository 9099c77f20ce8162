package io.filingssearch.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work the server takes on at once and how long it waits for slow clients.
 *
 * <p>Searches and whole filings (the requests that cost memory and CPU) run at most {@code
 * concurrentSearches} at a time; up to {@code queuedSearches} more wait for a turn, each at most
 * {@code queueWait}; past that, or when the wait runs out, the answer is 503 with {@code
 * Retry-After}. Health, facets, suggestions and the page's files are never queued. A connection
 * must send a whole request's headers within {@code headerTimeout} of opening or of its previous
 * answer, and one that sends nothing for {@code idleTimeout} is closed.
 *
 * @param concurrentSearches searches run at once, 1 or more
 * @param queuedSearches searches that may wait for a turn, 0 or more
 * @param queueWait the longest a search waits for its turn
 * @param headerTimeout the longest a client may take to send a request's headers
 * @param idleTimeout the longest a connection may stay silent
 */
public record ServerLimits(
    int concurrentSearches,
    int queuedSearches,
    Duration queueWait,
    Duration headerTimeout,
    Duration idleTimeout) {
  /** Seconds a refused client is told to wait before retrying ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 1;

  /** Validates the limits. */
  public ServerLimits {
    if (concurrentSearches < 1) {
      throw new IllegalArgumentException(
          "concurrentSearches must be 1 or more, not " + concurrentSearches);
    }
    if (queuedSearches < 0) {
      throw new IllegalArgumentException("queuedSearches must be 0 or more, not " + queuedSearches);
    }
    positive("queueWait", queueWait);
    positive("headerTimeout", headerTimeout);
    positive("idleTimeout", idleTimeout);
  }

  /**
   * The defaults: as many searches at once as there are cores (at least 2), 64 waiting (a busy
   * page's worth of connections) for at most 5 s each, 10 s for a request's headers, 30 s of
   * silence.
   *
   * @return the default limits for this machine
   */
  public static ServerLimits defaults() {
    return new ServerLimits(
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        64,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30));
  }

  /**
   * These limits with other search concurrency and queue length.
   *
   * @param concurrent searches run at once
   * @param queued searches that may wait
   * @return the new limits
   */
  public ServerLimits withSearches(int concurrent, int queued) {
    return new ServerLimits(concurrent, queued, queueWait, headerTimeout, idleTimeout);
  }

  private static void positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + d);
    }
  }
}
