package io.filingssearch.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plots how build time, index size and search latency grow with the corpus, from the runs recorded
 * in a CSV ({@code docs/bench-growth.csv}: one row per measured run, columns {@code
 * sections,build_s,index_gb,p50_ms,p99_ms}; lines starting with {@code #} are notes). Every point
 * is a measurement; nothing is extrapolated.
 *
 * <p>{@code java -cp ... io.filingssearch.bench.GrowthPlot docs/bench-growth.csv
 * docs/bench-growth.png}
 */
public final class GrowthPlot {
  private GrowthPlot() {}

  /**
   * Reads the CSV and writes the plot.
   *
   * @param args the CSV, then the PNG to write
   * @throws IOException when the CSV cannot be read or the PNG written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GrowthPlot GROWTH.csv OUT.png");
      System.exit(2);
    }
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("sections")) {
        continue;
      }
      String[] f = line.split(",");
      double[] row = new double[5];
      for (int i = 0; i < row.length; i++) {
        row[i] = Double.parseDouble(f[i].trim());
      }
      rows.add(row);
    }
    rows.sort((a, b) -> Double.compare(a[0], b[0]));
    long[] sections = rows.stream().mapToLong(r -> (long) r[0]).toArray();
    Color blue = new Color(0x1f77b4);
    Color orange = new Color(0xff7f0e);
    ScalingPlot.draw(
        Path.of(args[1]),
        1500,
        new ScalingPlot.Panel(
            "Build time (s)", sections, List.of(column("build s", blue, rows, 1))),
        new ScalingPlot.Panel(
            "Index size (GB)", sections, List.of(column("index GB", blue, rows, 2))),
        new ScalingPlot.Panel(
            "Search latency (ms)",
            sections,
            List.of(column("p50", blue, rows, 3), column("p99", orange, rows, 4))));
    System.out.println("wrote " + args[1] + " from " + rows.size() + " runs");
  }

  private static ScalingPlot.Series column(String label, Color c, List<double[]> rows, int i) {
    return new ScalingPlot.Series(label, c, rows.stream().mapToDouble(r -> r[i]).toArray());
  }
}
