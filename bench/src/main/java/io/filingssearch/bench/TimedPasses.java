package io.filingssearch.bench;

import java.util.ArrayList;
import java.util.List;

/** Times passes over the query mix: the latency stage for ours and for FTS5. */
final class TimedPasses {
  private TimedPasses() {}

  /** One query of the mix, run once; true when its results are partial. */
  interface QueryRun {
    boolean run(BenchQuery q) throws Exception;
  }

  /** The latencies of measured passes, pooled, and each query's median over them. */
  record Timed(CorpusResult.Latency latency, List<Double> perQueryMedians) {}

  /** Runs the mix {@code passes} times, timing every query. */
  static Timed run(List<BenchQuery> mix, int passes, QueryRun run) throws Exception {
    List<Double> all = new ArrayList<>();
    List<Double> p99s = new ArrayList<>();
    List<List<Double>> perQuery = new ArrayList<>();
    mix.forEach(q -> perQuery.add(new ArrayList<>()));
    int partial = 0;
    for (int pass = 0; pass < passes; pass++) {
      List<Double> one = new ArrayList<>();
      for (int i = 0; i < mix.size(); i++) {
        long t0 = System.nanoTime();
        if (run.run(mix.get(i))) {
          partial++;
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        one.add(ms);
        perQuery.get(i).add(ms);
      }
      all.addAll(one);
      p99s.add(Stats.percentile(toArray(one), 99));
    }
    double[] a = toArray(all);
    return new Timed(
        new CorpusResult.Latency(
            Stats.percentile(a, 50),
            Stats.percentile(a, 95),
            Stats.percentile(a, 99),
            p99s,
            partial),
        perQuery.stream().map(Stats::median).toList());
  }

  static double[] toArray(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
