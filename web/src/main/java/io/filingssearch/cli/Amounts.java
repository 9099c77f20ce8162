package io.filingssearch.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Reads dollar amounts typed by people: 10M, 1.5B, 500k, $2,000,000. */
final class Amounts {
  private Amounts() {}

  /**
   * Parses an amount.
   *
   * @param name the option or parameter, for the message
   * @param text the value
   * @return whole dollars
   * @throws IllegalArgumentException naming the option when the text is not an amount
   */
  static long parse(String name, String text) {
    String s = text.trim().replace("$", "").replace(",", "").toLowerCase(Locale.ROOT);
    long scale = 1;
    if (s.endsWith("k")) {
      scale = 1_000;
    } else if (s.endsWith("m")) {
      scale = 1_000_000;
    } else if (s.endsWith("b")) {
      scale = 1_000_000_000;
    }
    if (scale > 1) {
      s = s.substring(0, s.length() - 1);
    }
    try {
      BigDecimal v = new BigDecimal(s).multiply(BigDecimal.valueOf(scale));
      if (v.signum() < 0) {
        throw new NumberFormatException();
      }
      return v.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          name + ": '" + text + "' is not an amount (try 10M, 1.5B or 500000)");
    }
  }
}
