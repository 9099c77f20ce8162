package io.filingssearch.bench;

import io.filingssearch.solr.SolrCollections;
import io.filingssearch.solr.SolrIndexer;
import io.filingssearch.solr.SolrNodes;
import io.filingssearch.solr.SolrSearcher;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The SolrCloud stage ({@code --solr}): the corpus's sections in a collection of 2 shards x 2
 * replicas on the running cluster, then the same query mix as the embedded index in process
 * (latency) and over HTTP ({@code ./filings serve --solr}, throughput), side by side.
 */
final class SolrStage {
  private static final int WARM_UP_PASSES = 3;

  /** The connections of the HTTP runs (the embedded index's first row, cache off). */
  private static final int[] CONNECTIONS = {16};

  private SolrStage() {}

  static void run(BenchOptions o, List<BenchQuery> mix, CorpusResult r, BenchLog log)
      throws Exception {
    String collection = "bench-" + r.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
    log.log("SolrCloud on " + r.name + ": collection " + collection);
    try {
      SolrNodes nodes = SolrNodes.of(o.solr);
      SolrSearcher solr = new SolrSearcher(nodes, collection);
      if (!SolrCollections.exists(nodes, collection) || solr.stats().sections() != r.sections) {
        if (!SolrCollections.exists(nodes, collection)) {
          SolrCollections.create(nodes, collection, 2, 2);
        }
        long t0 = System.nanoTime();
        SolrIndexer.Report rep = new SolrIndexer(nodes, collection).index(List.of(r.root));
        r.solrIndexMs = (System.nanoTime() - t0) / 1_000_000;
        log.log(
            String.format(
                Locale.ROOT,
                "  indexed %d filings (%d sections) in %.1f s, %d failed",
                rep.filings(),
                rep.sections(),
                r.solrIndexMs / 1000.0,
                rep.failures().size()));
      }
      for (int w = 0; w < WARM_UP_PASSES; w++) {
        for (BenchQuery q : mix) {
          solr.search(q.request());
        }
      }
      r.solrTotals.clear();
      for (BenchQuery q : mix) {
        r.solrTotals.add(solr.search(q.request()).total());
      }
      r.solr =
          TimedPasses.run(mix, o.searchPasses, q -> solr.search(q.request()).partial()).latency();
      log.log(
          String.format(
              Locale.ROOT,
              "  solr p50 %.2f p95 %.2f p99 %.2f ms",
              r.solr.p50(),
              r.solr.p95(),
              r.solr.p99()));
      if (!o.noHttp && HttpBench.wrkAvailable()) {
        r.solrHttp.addAll(
            HttpBench.run(
                o.root,
                List.of("--solr", o.solr, "--collection", collection),
                o.port,
                mix,
                CONNECTIONS,
                o.httpSeconds,
                o.work,
                false));
        for (HttpBench.Run h : r.solrHttp) {
          log.log(
              String.format(
                  Locale.ROOT,
                  "  solr HTTP %d connections: %.0f req/s, p99 %.1f ms, %d errors",
                  h.connections(),
                  h.requestsPerSecond(),
                  h.p99Ms(),
                  h.errors()));
        }
      }
    } catch (IOException | RuntimeException e) {
      r.solrProblem = e.getMessage();
      log.log("SolrCloud failed: " + e.getMessage());
    }
  }
}
