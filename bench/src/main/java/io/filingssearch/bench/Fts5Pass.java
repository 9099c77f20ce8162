package io.filingssearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * One pass of the query mix over an FTS5 database the bench built (kept with {@code --keep-fts}),
 * each statement capped: for corpora where FTS5's slowest queries take minutes. Prints each query's
 * latency, or that it hit the cap, then the pass's percentiles.
 *
 * <p>{@code java -cp ... io.filingssearch.bench.Fts5Pass DB CAP_SECONDS}
 */
public final class Fts5Pass {
  private Fts5Pass() {}

  /**
   * Runs the pass.
   *
   * @param args the database file and the cap in seconds per statement
   * @throws Exception when the database cannot be opened
   */
  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    int cap = Integer.parseInt(args[1]);
    if (!Files.isRegularFile(db)) {
      System.err.println("Fts5Pass: no database at " + db);
      System.exit(2);
    }
    List<BenchQuery> mix = BenchQuery.mix();
    double[] ms = new double[mix.size()];
    int capped = 0;
    try (Fts5Peer peer = Fts5Peer.open(db)) {
      for (int i = 0; i < mix.size(); i++) {
        long t0 = System.nanoTime();
        String note = "";
        try {
          note = "hits " + peer.search(mix.get(i), cap).total();
        } catch (SQLException e) {
          capped++;
          note = "stopped at the cap (" + e.getMessage() + ")";
        }
        ms[i] = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%2d %10.1f ms  %s  %s%n", i + 1, ms[i], mix.get(i).label(), note);
      }
    }
    System.out.printf(
        "FTS5 one pass: p50 %.1f p95 %.1f p99 %.1f ms; %d of %d queries stopped at %d s per"
            + " statement (their latency is a lower bound)%n",
        Stats.percentile(ms, 50),
        Stats.percentile(ms, 95),
        Stats.percentile(ms, 99),
        capped,
        mix.size(),
        cap);
  }
}
