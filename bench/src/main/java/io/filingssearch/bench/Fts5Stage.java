package io.filingssearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SQLite FTS5 stage: builds an FTS5 database from our index's sections and times the same query
 * mix on it, within a time budget.
 */
final class Fts5Stage {
  /** Passes over the mix before timing, when the budget allows them. */
  private static final int WARM_UP_PASSES = 2;

  private Fts5Stage() {}

  /** Builds the database, records its size, the text statistics and FTS5's latencies. */
  static void run(BenchOptions o, List<BenchQuery> mix, CorpusResult r, BenchLog log)
      throws Exception {
    Path index = IndexStage.indexOf(o, r);
    Path db = o.work.resolve("fts5-" + r.name + ".db");
    Files.deleteIfExists(db);
    log.log("SQLite FTS5 build and queries on " + r.name);
    Set<String> vocab = new HashSet<>();
    List<Double> lengths = new ArrayList<>();
    try (Fts5Peer peer = Fts5Peer.open(db)) {
      Fts5Peer.Built b =
          peer.build(
              index,
              db,
              text -> {
                lengths.add((double) text.length());
                for (String t : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                  if (!t.isEmpty()) {
                    vocab.add(t);
                  }
                }
              });
      r.ftsBuildMs = b.ms();
      r.ftsBytes = b.bytes();
      r.vocabulary = vocab.size();
      double[] len = TimedPasses.toArray(lengths);
      r.lenP50 = Stats.percentile(len, 50);
      r.lenP90 = Stats.percentile(len, 90);
      r.lenMax = Stats.percentile(len, 100);
      vocab.clear();
      long first = System.nanoTime();
      for (BenchQuery q : mix) {
        r.theirsTotals.add(search(o, peer, q, r).total());
      }
      // FTS5's slowest queries take seconds each at 100k sections and more beyond: when the
      // planned passes would exceed the budget, warm-up is skipped and fewer passes measured.
      double passSeconds = (System.nanoTime() - first) / 1e9;
      r.ftsWarmups = WARM_UP_PASSES;
      r.ftsPasses = o.searchPasses;
      if (passSeconds * (r.ftsWarmups + r.ftsPasses) > o.ftsBudgetSeconds) {
        r.ftsWarmups = 0;
        r.ftsPasses = (int) Math.max(1, Math.min(o.searchPasses, o.ftsBudgetSeconds / passSeconds));
        log.log(
            String.format(
                "  FTS5 pass takes %.0f s: no warm-up, %d measured pass(es)",
                passSeconds, r.ftsPasses));
      }
      for (int w = 0; w < r.ftsWarmups; w++) {
        for (BenchQuery q : mix) {
          search(o, peer, q, r);
        }
      }
      TimedPasses.Timed t =
          TimedPasses.run(
              mix,
              r.ftsPasses,
              q -> {
                search(o, peer, q, r);
                return false;
              });
      r.theirs = t.latency();
      r.theirsPerQuery.addAll(t.perQueryMedians());
    }
    if (!o.keepFts) {
      Files.deleteIfExists(db);
    }
    log.log(
        String.format(
            "  FTS5 build %.1f s, p50 %.2f p95 %.2f p99 %.2f ms",
            r.ftsBuildMs / 1000.0, r.theirs.p50(), r.theirs.p95(), r.theirs.p99()));
  }

  /** One FTS5 query, interrupted at the cap: then its hits are unknown (-1). */
  private static Fts5Peer.Answer search(
      BenchOptions o, Fts5Peer peer, BenchQuery q, CorpusResult r) {
    try {
      return peer.search(q, o.ftsQueryCapSeconds);
    } catch (SQLException e) {
      r.ftsCapped++;
      return new Fts5Peer.Answer(-1, List.of());
    }
  }
}
