package io.filingssearch.fetch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a refused or timed-out request is tried again: exponential backoff
 * with jitter, so that clients refused together do not come back together.
 *
 * @param attempts tries in all, at least 1
 * @param firstDelay the wait before the second try
 * @param maxDelay the longest single wait (also caps a server's {@code Retry-After})
 */
record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {
  /** Six tries over about half a minute: long enough for a passing overload, short of a block. */
  static final RetryPolicy DEFAULT =
      new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(16));

  RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
    }
  }

  /** The wait after failed try number {@code attempt} (1-based): half fixed, half random. */
  Duration delay(int attempt, Duration retryAfter) {
    long cap = maxDelay.toMillis();
    if (retryAfter != null) {
      return Duration.ofMillis(Math.min(cap, retryAfter.toMillis()));
    }
    long full = Math.min(cap, firstDelay.toMillis() << Math.min(attempt - 1, 20));
    long half = full / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(full - half + 1));
  }
}
