package io.filingssearch.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A dollar amount stated in a section's text.
 *
 * @param usd the value in US dollars, exact ({@code $11.125 million} is 11125000)
 * @param text the literal text as written, such as {@code $11.125 million}
 * @param qualifier how the amount is qualified ({@code up to}, {@code approximately}, ...), or null
 * @param role what the money is for ({@code upfront}, {@code milestone}, ...), or null when unclear
 * @param start offset of the first character of {@code text} in the section text
 * @param end offset just past the last character of {@code text} in the section text
 */
public record Amount(
    BigDecimal usd, String text, String qualifier, String role, int start, int end) {
  /** Validates the amount. */
  public Amount {
    Objects.requireNonNull(usd, "usd");
    Objects.requireNonNull(text, "text");
    if (usd.signum() < 0) {
      throw new IllegalArgumentException("usd must not be negative: " + usd);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets: start=" + start + " end=" + end);
    }
  }

  /**
   * The amount in whole dollars, rounded down, as the index stores, filters and sorts it.
   *
   * @return whole dollars, at most {@link Long#MAX_VALUE}
   */
  public long wholeDollars() {
    BigDecimal d = usd.setScale(0, RoundingMode.DOWN);
    return d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : d.longValue();
  }
}
