package io.filingssearch.bench;

import io.filingssearch.search.FilingSearcher;
import java.util.List;

/** The search-latency stage: the query mix against our index, in process, without the cache. */
final class SearchStage {
  /** Passes over the mix before timing, so that the JIT and the page cache are warm. */
  private static final int WARM_UP_PASSES = 3;

  private SearchStage() {}

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
      TimedPasses.Timed t =
          TimedPasses.run(mix, o.searchPasses, q -> s.search(q.request()).partial());
      r.ours = t.latency();
      r.oursPerQuery.addAll(t.perQueryMedians());
    }
    log.log(
        String.format(
            "  ours p50 %.2f p95 %.2f p99 %.2f ms", r.ours.p50(), r.ours.p95(), r.ours.p99()));
  }
}
