package io.filingssearch.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Draws how build time and p99 latency grow with the number of sections (log-log), headless. */
final class ScalingPlot {
  private static final int W = 1000;
  private static final int H = 420;
  private static final Color OURS = new Color(0x1f77b4);
  private static final Color THEIRS = new Color(0xd62728);

  private ScalingPlot() {}

  /** One line of a panel: its values at the panel's section counts (NaN or <= 0: no point). */
  record Series(String label, Color color, double[] values) {}

  static void write(List<CorpusResult> results, Path png) throws IOException {
    List<CorpusResult> rs =
        results.stream()
            .filter(r -> r.sections > 0)
            .sorted((a, b) -> Long.compare(a.sections, b.sections))
            .toList();
    long[] sections = rs.stream().mapToLong(r -> r.sections).toArray();
    draw(
        png,
        W,
        new Panel(
            "Index build time (s)",
            sections,
            List.of(
                series("filings-search (Lucene)", OURS, rs, r -> r.medianBuildSeconds()),
                series("SQLite FTS5", THEIRS, rs, r -> r.ftsBuildMs / 1000.0))),
        new Panel(
            "Search p99 latency (ms)",
            sections,
            List.of(
                series(
                    "filings-search (Lucene)",
                    OURS,
                    rs,
                    r -> r.ours == null ? Double.NaN : r.ours.p99()),
                series(
                    "SQLite FTS5",
                    THEIRS,
                    rs,
                    r -> r.theirs == null ? Double.NaN : r.theirs.p99()))));
  }

  private static Series series(
      String label, Color color, List<CorpusResult> rs, ToDoubleFunction<CorpusResult> f) {
    return new Series(label, color, rs.stream().mapToDouble(f).toArray());
  }

  /** One panel: a title and its lines over the same section counts. */
  record Panel(String title, long[] sections, List<Series> series) {}

  /** Draws panels side by side, sharing {@code width} equally, into a PNG. */
  static void draw(Path png, int width, Panel... panels) throws IOException {
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new BufferedImage(width, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, H);
    for (int i = 0; i < panels.length; i++) {
      panel(g, i * width / panels.length, width / panels.length, panels[i]);
    }
    g.dispose();
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(img, "png", png.toFile());
  }

  private static void panel(Graphics2D g, int x0, int width, Panel p) {
    int left = x0 + 70;
    int right = x0 + width - 20;
    int top = 50;
    int bottom = H - 60;
    double xMin = Double.MAX_VALUE;
    double xMax = 0;
    double yMin = Double.MAX_VALUE;
    double yMax = 0;
    for (int i = 0; i < p.sections().length; i++) {
      xMin = Math.min(xMin, p.sections()[i]);
      xMax = Math.max(xMax, p.sections()[i]);
      for (Series s : p.series()) {
        double v = s.values()[i];
        if (v > 0) {
          yMin = Math.min(yMin, v);
          yMax = Math.max(yMax, v);
        }
      }
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(p.title() + " vs sections (log-log)", left, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawRect(left, top, right - left, bottom - top);
    if (p.sections().length == 0 || yMax == 0) {
      g.drawString("no data", left + 20, top + 30);
      return;
    }
    double lx0 = Math.floor(Math.log10(xMin));
    double lx1 = Math.max(lx0 + 1, Math.ceil(Math.log10(xMax)));
    double ly0 = Math.floor(Math.log10(yMin));
    double ly1 = Math.max(ly0 + 1, Math.ceil(Math.log10(yMax)));
    for (double d = lx0; d <= lx1; d++) {
      int x = (int) (left + (d - lx0) / (lx1 - lx0) * (right - left));
      g.setColor(Color.LIGHT_GRAY);
      g.drawLine(x, top, x, bottom);
      g.setColor(Color.BLACK);
      g.drawString(String.format("%,.0f", Math.pow(10, d)), x - 20, bottom + 18);
    }
    for (double d = ly0; d <= ly1; d++) {
      int y = (int) (bottom - (d - ly0) / (ly1 - ly0) * (bottom - top));
      g.setColor(Color.LIGHT_GRAY);
      g.drawLine(left, y, right, y);
      g.setColor(Color.BLACK);
      g.drawString(String.format("%s", trim(Math.pow(10, d))), left - 55, y + 4);
    }
    g.drawString("sections", (left + right) / 2 - 20, bottom + 38);
    int legend = top + 10;
    for (Series s : p.series()) {
      line(g, p.sections(), s, left, right, top, bottom, new double[] {lx0, lx1, ly0, ly1});
      g.setColor(s.color());
      g.fillRect(left + 10, legend, 12, 12);
      g.drawString(s.label(), left + 28, legend + 11);
      legend += 18;
    }
  }

  private static String trim(double v) {
    return v >= 1 ? String.format("%,.0f", v) : String.format("%.3f", v).replaceAll("0+$", "");
  }

  /** One series as points joined by lines; {@code range} is the axes' log10 bounds. */
  private static void line(
      Graphics2D g,
      long[] sections,
      Series s,
      int left,
      int right,
      int top,
      int bottom,
      double[] range) {
    g.setColor(s.color());
    g.setStroke(new BasicStroke(2f));
    int px = -1;
    int py = -1;
    for (int i = 0; i < sections.length; i++) {
      double v = s.values()[i];
      if (!(v > 0)) {
        continue;
      }
      int x =
          (int)
              (left
                  + (Math.log10(sections[i]) - range[0]) / (range[1] - range[0]) * (right - left));
      int y = (int) (bottom - (Math.log10(v) - range[2]) / (range[3] - range[2]) * (bottom - top));
      g.fillOval(x - 4, y - 4, 8, 8);
      if (px >= 0) {
        g.drawLine(px, py, x, y);
      }
      px = x;
      py = y;
    }
    g.setStroke(new BasicStroke(1f));
  }
}
