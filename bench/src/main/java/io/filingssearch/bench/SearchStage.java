package io.filingssearch.bench;

import io.filingssearch.search.FilingSearcher;
import java.util.List;

/** The search-latency stage: the query mix against our index, in process, without the cache. */
final class SearchStage {
  /** Passes over the mix before timing, so that the JIT and the page cache are warm. */
  private static final int WARM_UP_PASSES = 3;

  private SearchStage() {}

  /**
   * CPU time of this process (all its threads), which other work on the machine does not add to.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Records each query's hit count and the latencies of the timed passes. */
  static void run(BenchOptions o, List<BenchQuery> mix, CorpusResult r, BenchLog log)
      throws Exception {
    log.log("search latency on " + r.name);
    try (FilingSearcher s = FilingSearcher.open(IndexStage.indexOf(o, r), 0)) {
      for (int w = 0; w < WARM_UP_PASSES; w++) {
        for (BenchQuery q : mix) {
          s.search(q.request());
        }
      }
      for (BenchQuery q : mix) {
        r.oursTotals.add(s.search(q.request()).total());
      }
      long cpu0 = processCpuNanos();
      TimedPasses.Timed t =
          TimedPasses.run(mix, o.searchPasses, q -> s.search(q.request()).partial());
      double cpuMs = (processCpuNanos() - cpu0) / 1e6 / (o.searchPasses * (double) mix.size());
      r.ours = t.latency();
      r.oursPerQuery.addAll(t.perQueryMedians());
      r.oursCpuMsPerQuery = cpuMs;
      log.log(
          String.format(
              "  ours p50 %.2f p95 %.2f p99 %.2f ms; CPU %.2f ms per query",
              r.ours.p50(), r.ours.p95(), r.ours.p99(), cpuMs));
      r.countError = CountError.measure(s, mix, log);
      log.log(
          String.format(
              "  counts estimated for %d of %d queries: total error mean %.1f%% max %.1f%%;"
                  + " facet values (exact count >= %d) error mean %.1f%% max %.1f%% over %d,"
                  + " %d not shown",
              r.countError.estimated(),
              mix.size(),
              100 * r.countError.totalMeanError(),
              100 * r.countError.totalMaxError(),
              CountError.MIN_COUNT,
              100 * r.countError.facetMeanError(),
              100 * r.countError.facetMaxError(),
              r.countError.values(),
              r.countError.missing()));
    }
  }
}
