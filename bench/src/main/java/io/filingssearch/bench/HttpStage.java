package io.filingssearch.bench;

import java.io.IOException;
import java.util.List;

/** The HTTP stage: throughput and tail latency of {@code ./filings serve} under wrk. */
final class HttpStage {
  /** The concurrent connections of the load runs. */
  private static final int[] CONNECTIONS = {16, 64};

  private HttpStage() {}

  /** Loads the server with the query mix, without and then with its results cache. */
  static void run(BenchOptions o, List<BenchQuery> mix, CorpusResult r, BenchLog log)
      throws IOException, InterruptedException {
    if (!HttpBench.wrkAvailable()) {
      r.httpProblem = "wrk is not installed (apt-get install wrk)";
      log.log(r.httpProblem);
      return;
    }
    log.log("HTTP throughput on " + r.name);
    try {
      // Every request searched (no results cache), then as served by default (repeats of the
      // mix answered from the cache).
      for (boolean cache : new boolean[] {false, true}) {
        r.http.addAll(
            HttpBench.run(
                o.root,
                List.of("--index", IndexStage.indexOf(o, r).toString()),
                o.port,
                mix,
                CONNECTIONS,
                o.httpSeconds,
                o.work,
                cache));
      }
      for (HttpBench.Run h : r.http) {
        log.log(
            String.format(
                "  cache %s, %d connections: %.0f req/s, p99 %.1f ms, %d errors",
                h.cache() ? "on" : "off",
                h.connections(),
                h.requestsPerSecond(),
                h.p99Ms(),
                h.errors()));
      }
    } catch (IOException e) {
      r.httpProblem = e.getMessage();
      log.log("HTTP failed: " + e.getMessage());
    }
  }
}
