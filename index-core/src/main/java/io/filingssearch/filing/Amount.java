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
 * @param salient whether the section is about this amount (a deal's consideration, financing,
 *     milestones, fees, prices), rather than a number of a financial table, a call transcript or
 *     the size of a business ("$2.0 trillion in client assets"); only these are filtered, sorted
 *     and counted in the amount facet
 */
public record Amount(
    BigDecimal usd,
    String text,
    String qualifier,
    String role,
    int start,
    int end,
    boolean salient) {
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
   * An amount the section is about.
   *
   * @param usd the value in US dollars
   * @param text the literal text
   * @param qualifier how the amount is qualified, or null
   * @param role what the money is for, or null
   * @param start offset of the text's first character
   * @param end offset just past the text's last character
   */
  public Amount(BigDecimal usd, String text, String qualifier, String role, int start, int end) {
    this(usd, text, qualifier, role, start, end, true);
  }

  /**
   * This amount, marked as one the section is not about.
   *
   * @return a copy with {@code salient} false
   */
  public Amount incidental() {
    return new Amount(usd, text, qualifier, role, start, end, false);
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
