package io.filingssearch.bench;

import java.util.Collection;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The parse+extract stage: {@link ParseExtractBenchmark} under JMH, in MB/s. */
final class JmhStage {
  private JmhStage() {}

  /** Measures parsing alone and parsing with extraction over a corpus. */
  static void run(CorpusResult r, BenchLog log) {
    log.log("JMH parse+extract on " + r.name);
    Options opts =
        new OptionsBuilder()
            .include(ParseExtractBenchmark.class.getName() + "\\.")
            .param("root", r.root.toString())
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(5))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(5))
            .timeout(TimeValue.seconds(120))
            .forks(1)
            .threads(1)
            .jvmArgs("-Xmx2g")
            .build();
    try {
      Collection<RunResult> runs = new Runner(opts).run();
      for (RunResult rr : runs) {
        Result<?> bytes = rr.getSecondaryResults().get("bytes");
        if (bytes == null) {
          continue;
        }
        double mb = bytes.getScore() / 1e6;
        double err = bytes.getScoreError() / 1e6;
        if (rr.getParams().getBenchmark().endsWith("parseOnly")) {
          r.jmhParseOnly = mb;
          r.jmhParseOnlyError = err;
        } else {
          r.jmhParseExtract = mb;
          r.jmhParseExtractError = err;
        }
      }
    } catch (RunnerException e) {
      r.jmhProblem = "JMH failed: " + e.getMessage();
      log.log(r.jmhProblem);
    }
  }
}
