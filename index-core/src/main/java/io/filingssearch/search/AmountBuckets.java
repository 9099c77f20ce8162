package io.filingssearch.search;

import java.util.List;
import java.util.Optional;

/**
 * The ranges of the amount facet. Contiguous and ascending, so that bucket {@code b} holds the
 * amounts from its own lower bound up to the next one's.
 */
final class AmountBuckets {
  private AmountBuckets() {}

  /**
   * One range.
   *
   * @param value the facet value and filter name, such as {@code 10M-100M}
   * @param label what people read
   * @param from the smallest amount in it
   * @param to the first amount above it, or null for the last range
   */
  record Bucket(String value, String label, long from, Long to) {}

  static final List<Bucket> ALL =
      List.of(
          new Bucket("0-1M", "Under $1M", 0L, 1_000_000L),
          new Bucket("1M-10M", "$1M–$10M", 1_000_000L, 10_000_000L),
          new Bucket("10M-100M", "$10M–$100M", 10_000_000L, 100_000_000L),
          new Bucket("100M-1B", "$100M–$1B", 100_000_000L, 1_000_000_000L),
          new Bucket("1B+", "Over $1B", 1_000_000_000L, null));

  /** The bucket an amount falls in, or -1 below the first. */
  static int indexOf(long amount) {
    for (int b = ALL.size() - 1; b >= 0; b--) {
      if (amount >= ALL.get(b).from()) {
        return b;
      }
    }
    return -1;
  }

  /** The bucket with the given value, ignoring case. */
  static Optional<Bucket> named(String value) {
    return ALL.stream().filter(b -> b.value().equalsIgnoreCase(value)).findFirst();
  }

  /** The values, for messages. */
  static String names() {
    return String.join(", ", ALL.stream().map(Bucket::value).toList());
  }
}
