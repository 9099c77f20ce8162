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

  static void write(List<CorpusResult> results, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    List<CorpusResult> rs = results.stream().filter(r -> r.sections > 0).toList();
    panel(
        g, 0, "Index build time (s)", rs, r -> r.medianBuildSeconds(), r -> r.ftsBuildMs / 1000.0);
    panel(
        g,
        W / 2,
        "Search p99 latency (ms)",
        rs,
        r -> r.ours == null ? Double.NaN : r.ours.p99(),
        r -> r.theirs == null ? Double.NaN : r.theirs.p99());
    g.dispose();
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(img, "png", png.toFile());
  }

  private static void panel(
      Graphics2D g,
      int x0,
      String title,
      List<CorpusResult> rs,
      ToDoubleFunction<CorpusResult> ours,
      ToDoubleFunction<CorpusResult> theirs) {
    int left = x0 + 70;
    int right = x0 + W / 2 - 20;
    int top = 50;
    int bottom = H - 60;
    double xMin = Double.MAX_VALUE;
    double xMax = 0;
    double yMin = Double.MAX_VALUE;
    double yMax = 0;
    for (CorpusResult r : rs) {
      xMin = Math.min(xMin, r.sections);
      xMax = Math.max(xMax, r.sections);
      for (double v : new double[] {ours.applyAsDouble(r), theirs.applyAsDouble(r)}) {
        if (v > 0 && !Double.isNaN(v)) {
          yMin = Math.min(yMin, v);
          yMax = Math.max(yMax, v);
        }
      }
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title + " vs sections (log-log)", left, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawRect(left, top, right - left, bottom - top);
    if (rs.isEmpty() || yMax == 0) {
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
    series(g, rs, ours, OURS, left, right, top, bottom, lx0, lx1, ly0, ly1);
    series(g, rs, theirs, THEIRS, left, right, top, bottom, lx0, lx1, ly0, ly1);
    g.setColor(OURS);
    g.fillRect(left + 10, top + 10, 12, 12);
    g.drawString("filings-search (Lucene)", left + 28, top + 21);
    g.setColor(THEIRS);
    g.fillRect(left + 10, top + 28, 12, 12);
    g.drawString("SQLite FTS5", left + 28, top + 39);
  }

  private static String trim(double v) {
    return v >= 1 ? String.format("%,.0f", v) : String.format("%.3f", v).replaceAll("0+$", "");
  }

  private static void series(
      Graphics2D g,
      List<CorpusResult> rs,
      ToDoubleFunction<CorpusResult> f,
      Color c,
      int left,
      int right,
      int top,
      int bottom,
      double lx0,
      double lx1,
      double ly0,
      double ly1) {
    g.setColor(c);
    g.setStroke(new BasicStroke(2f));
    int px = -1;
    int py = -1;
    for (CorpusResult r :
        rs.stream().sorted((a, b) -> Long.compare(a.sections, b.sections)).toList()) {
      double v = f.applyAsDouble(r);
      if (!(v > 0)) {
        continue;
      }
      int x = (int) (left + (Math.log10(r.sections) - lx0) / (lx1 - lx0) * (right - left));
      int y = (int) (bottom - (Math.log10(v) - ly0) / (ly1 - ly0) * (bottom - top));
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
