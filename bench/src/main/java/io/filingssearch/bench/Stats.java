package io.filingssearch.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles and medians of measurements. */
final class Stats {
  private Stats() {}

  /** The {@code p}-th percentile (0 to 100, nearest rank) of the values. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }

  /** The median of the values. */
  static double median(List<Double> values) {
    return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
  }

  /** The smallest value. */
  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** The largest value. */
  static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** "median (min–max)" with the given number of decimals, or the one value when there is one. */
  static String spread(List<Double> values, int decimals) {
    if (values.isEmpty()) {
      return "n/a";
    }
    String f = "%." + decimals + "f";
    String m = String.format(f, median(values));
    if (values.size() == 1) {
      return m;
    }
    return m + " (" + String.format(f, min(values)) + "–" + String.format(f, max(values)) + ")";
  }
}
