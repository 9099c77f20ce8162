package io.filingssearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark run: the real corpus and the generated ones, each through the stages in order
 * (parse+extract under JMH for the small ones, index builds, search latency, FTS5, HTTP), with the
 * report rewritten after every stage so that an interrupted run still leaves its figures.
 */
final class BenchRun {
  /** Corpora up to this many sections are also measured under JMH. */
  private static final long JMH_MAX_SECTIONS = 10_000;

  private final BenchOptions o;
  private final List<CorpusResult> results = new ArrayList<>();
  private final List<BenchQuery> mix = BenchQuery.mix();
  private final BenchLog log = new BenchLog();

  BenchRun(BenchOptions o) {
    this.o = o;
  }

  /** Runs every stage that the options ask for. */
  void all() throws Exception {
    log.log("corpus " + o.corpus + ", work folder " + o.work);
    results.add(new CorpusResult("corpus", o.corpus, 0));
    results.addAll(GeneratedCorpora.make(o, log));
    if (o.only != null) {
      results.removeIf(r -> !o.only.contains(r.name));
    }
    if (o.generateOnly) {
      log.log("generated corpora are in " + o.work);
      return;
    }
    for (CorpusResult r : results) {
      List<Path> files = Corpora.files(r.root);
      r.files = files.size();
      r.bytes = Corpora.bytes(files);
    }
    if (!o.noJmh) {
      for (CorpusResult r : results) {
        if (r.targetSections <= JMH_MAX_SECTIONS) {
          JmhStage.run(r, log);
        }
      }
    }
    for (CorpusResult r : results) {
      if (o.reuseIndex && IndexStage.exists(o, r)) {
        IndexStage.reuse(o, r, log);
      } else {
        IndexStage.run(o, r, log);
      }
      report();
      if ((!r.builds.isEmpty() || r.reused) && !o.noSearch) {
        SearchStage.run(o, mix, r, log);
        report();
        if (!o.noFts) {
          Fts5Stage.run(o, mix, r, log);
          report();
        }
        if (!o.noHttp) {
          HttpStage.run(o, mix, r, log);
          report();
        }
        if (o.solr != null) {
          SolrStage.run(o, mix, r, log);
          report();
        }
      }
    }
    log.log("done in " + log.seconds() + " s");
  }

  private void report() throws IOException {
    Report.write(o, results, mix);
  }
}
