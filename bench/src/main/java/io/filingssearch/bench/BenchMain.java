package io.filingssearch.bench;

import io.filingssearch.search.FilingSearcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./filings bench [--scale N]}: makes the corpora, then measures parse+extract, index
 * builds, search latency, HTTP throughput and SQLite FTS5 on each, and writes BENCHMARKS.md with a
 * plot. Each stage has a time limit so that a slow stage shows up as a number, not a hang.
 */
public final class BenchMain {
  private static final long[] SCALES = {10_000, 100_000, 1_000_000};

  private BenchMain() {}

  /** Options of one run. */
  static final class Options0 {
    Path root = Path.of(".").toAbsolutePath().normalize();
    Path corpus;
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "filings-bench");
    Path out;
    long scale = 100_000;
    int indexTimeLimit = 1800;
    int indexRuns = 3;
    int searchPasses = 5;
    int httpSeconds = 10;
    int port = 18_080;
    boolean jmh = true;
    boolean http = true;
    boolean fts = true;
    boolean generateOnly = false;
    int ftsBudgetSeconds = 900;
    boolean keepFts = false;
    int ftsQueryCapSeconds = 120;
    String javaOpts = "-Xmx4g";
  }

  /**
   * Runs the benchmarks.
   *
   * @param args see {@code --help}
   * @throws Exception when a stage fails outright
   */
  public static void main(String[] args) throws Exception {
    Options0 o = new Options0();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--scale" -> o.scale = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
        case "--corpus" -> o.corpus = Path.of(args[++i]);
        case "--work" -> o.work = Path.of(args[++i]);
        case "--out" -> o.out = Path.of(args[++i]).toAbsolutePath();
        case "--root" -> o.root = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--time-limit" -> o.indexTimeLimit = Integer.parseInt(args[++i]);
        case "--index-runs" -> o.indexRuns = Integer.parseInt(args[++i]);
        case "--search-passes" -> o.searchPasses = Integer.parseInt(args[++i]);
        case "--http-seconds" -> o.httpSeconds = Integer.parseInt(args[++i]);
        case "--port" -> o.port = Integer.parseInt(args[++i]);
        case "--no-jmh" -> o.jmh = false;
        case "--no-http" -> o.http = false;
        case "--no-fts" -> o.fts = false;
        case "--generate-only" -> o.generateOnly = true;
        case "--fts-budget" -> o.ftsBudgetSeconds = Integer.parseInt(args[++i]);
        case "--keep-fts" -> o.keepFts = true;
        case "--fts-query-cap" -> o.ftsQueryCapSeconds = Integer.parseInt(args[++i]);
        case "--help", "-h" -> {
          System.out.println(
              """
              Usage: ./filings bench [--scale N] [--corpus DIR] [--work DIR] [--time-limit S]
                                     [--index-runs N] [--search-passes N] [--http-seconds S]
                                     [--port 18080] [--no-jmh] [--no-http] [--no-fts] [--out FILE]
                                     [--generate-only] [--fts-budget S] [--keep-fts]
                                     [--fts-query-cap S]
                --scale N        largest generated corpus in sections (default 100000: the real
                                 corpus, 10k and 100k; 1000000 adds 1M; 0 only the real corpus)
                --corpus DIR     the real corpus (default ../shared/corpus beside the checkout)
                --work DIR       where generated corpora and indexes go (default $TMPDIR/filings-bench)
                --time-limit S   per index build, in seconds (default 1800)
                --out FILE       the report (default BENCHMARKS.md in the checkout; the plot goes
                                 to docs/bench-scaling.png beside it)
                --generate-only  only write the generated corpora (kept for later runs), then stop
                --fts-budget S   seconds FTS5's timed passes may take per corpus (default 900);
                                 beyond it, no warm-up and fewer passes
                --fts-query-cap S  interrupt an FTS5 statement after S seconds (default 120); the
                                 query then counts as S seconds (a lower bound) and its hits as
                                 unknown
                --keep-fts       keep the FTS5 databases (fts5-NAME.db in the work folder) for
                                 io.filingssearch.bench.Fts5Pass
              """);
          return;
        }
        default -> {
          System.err.println("bench: unknown option " + a + " (see --help)");
          System.exit(2);
        }
      }
    }
    if (o.out == null) {
      o.out = o.root.resolve("BENCHMARKS.md");
    }
    if (o.corpus == null) {
      o.corpus = o.root.resolveSibling("shared").resolve("corpus");
    }
    if (!Files.isDirectory(o.corpus)) {
      System.err.println(
          "bench: skipped: the shared corpus is absent ("
              + o.corpus
              + "); pass --corpus DIR to benchmark another folder of filings.");
      return;
    }
    Files.createDirectories(o.work);
    new BenchMain.Run(o).all();
  }

  /** One benchmark run. */
  private static final class Run {
    final Options0 o;
    final List<CorpusResult> results = new ArrayList<>();
    final List<BenchQuery> mix = BenchQuery.mix();
    final long started = System.nanoTime();

    Run(Options0 o) {
      this.o = o;
    }

    void all() throws Exception {
      log("corpus " + o.corpus + ", work folder " + o.work);
      results.add(new CorpusResult("corpus", o.corpus, 0));
      List<Long> scales = new ArrayList<>();
      for (long s : SCALES) {
        if (s <= o.scale) {
          scales.add(s);
        }
      }
      if (o.scale > 0 && !scales.contains(o.scale)) {
        scales.add(o.scale);
      }
      if (!scales.isEmpty()) {
        long t0 = System.nanoTime();
        SourceCorpus source = SourceCorpus.load(o.corpus);
        log(
            String.format(
                "parsed the corpus for the generator: %d files, %d paragraphs, %d companies, %.1f s",
                source.files,
                source.allParagraphs.size(),
                source.companies.size(),
                (System.nanoTime() - t0) / 1e9));
        for (long s : scales) {
          Path dir = o.work.resolve("gen-" + s);
          Path done = dir.resolve(".complete");
          CorpusResult r = new CorpusResult(label(s), dir, s);
          if (!Files.exists(done)) {
            deleteTree(dir);
            t0 = System.nanoTime();
            // A fresh generator per scale: each scale is the same files whatever ran before.
            CorpusGenerator.Written w = new CorpusGenerator(source).write(dir, s);
            Files.writeString(done, w.toString());
            log(
                String.format(
                    "generated %s: %d files, %.1f MB in %.1f s",
                    r.name, w.files(), w.bytes() / 1e6, (System.nanoTime() - t0) / 1e9));
          }
          results.add(r);
        }
      }
      if (o.generateOnly) {
        log("generated corpora are in " + o.work);
        return;
      }
      for (CorpusResult r : results) {
        List<Path> files = Corpora.files(r.root);
        r.files = files.size();
        r.bytes = Corpora.bytes(files);
      }
      if (o.jmh) {
        for (CorpusResult r : results) {
          if (r.targetSections <= 10_000) {
            jmh(r);
          }
        }
      }
      for (CorpusResult r : results) {
        index(r);
        report();
        if (!r.builds.isEmpty()) {
          search(r);
          report();
          if (o.fts) {
            fts(r);
            report();
          }
          if (o.http) {
            http(r);
            report();
          }
        }
      }
      log("done in " + Math.round((System.nanoTime() - started) / 1e9) + " s");
    }

    static String label(long s) {
      return s >= 1_000_000 && s % 1_000_000 == 0
          ? (s / 1_000_000) + "M"
          : s >= 1000 && s % 1000 == 0 ? (s / 1000) + "k" : Long.toString(s);
    }

    void report() throws IOException {
      Report.write(o, results, mix);
    }

    void jmh(CorpusResult r) {
      log("JMH parse+extract on " + r.name);
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
        log(r.jmhProblem);
      }
    }

    void index(CorpusResult r) throws IOException, InterruptedException {
      int runs = r.targetSections <= 10_000 ? o.indexRuns : 1;
      for (int i = 0; i < runs; i++) {
        Path index = o.work.resolve("index-" + r.name);
        deleteTree(index);
        log("index build " + (i + 1) + "/" + runs + " of " + r.name);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin);
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(List.of(o.javaOpts.split("\\s+")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(IndexRun.class.getName());
        cmd.add(index.toString());
        cmd.add(r.root.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String[] last = {null, null};
        Thread reader =
            new Thread(
                () -> {
                  try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                      if (line.startsWith("result ")) {
                        last[1] = line;
                      } else if (line.startsWith("progress ")) {
                        last[0] = line;
                      } else if (!line.isBlank()
                          && !line.startsWith("WARNING")
                          && !line.contains("VectorizationProvider")) {
                        System.err.println("  index: " + line);
                      }
                    }
                  } catch (IOException e) {
                    // The process was stopped.
                  }
                });
        reader.start();
        if (!p.waitFor(o.indexTimeLimit, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          p.waitFor();
          reader.join(5000);
          String[] prog = last[0] == null ? new String[] {"", "0", "0"} : last[0].split(" ");
          r.buildProblem =
              String.format(
                  "stopped at the time limit of %d s after %s of %d files (%.1f of %.1f MB):"
                      + " %.2f MB/s",
                  o.indexTimeLimit,
                  prog[1],
                  r.files,
                  Long.parseLong(prog[2]) / 1e6,
                  r.bytes / 1e6,
                  Long.parseLong(prog[2]) / 1e6 / o.indexTimeLimit);
          log(r.name + ": " + r.buildProblem);
          return;
        }
        reader.join(5000);
        if (last[1] == null) {
          r.buildProblem = "the index build failed (exit " + p.exitValue() + ")";
          log(r.name + ": " + r.buildProblem);
          return;
        }
        Map<String, Long> kv = new java.util.HashMap<>();
        for (String part : last[1].substring(7).split(" ")) {
          String[] x = part.split("=");
          kv.put(x[0], Long.parseLong(x[1]));
        }
        CorpusResult.Build b =
            new CorpusResult.Build(
                kv.get("ms"),
                kv.get("files").intValue(),
                kv.get("sections").intValue(),
                kv.get("failed").intValue(),
                kv.get("bytes"),
                kv.get("heapPeak"),
                kv.get("rssPeak"),
                kv.get("gcMs"));
        r.builds.add(b);
        r.sections = b.sections();
        r.indexBytes = treeSize(index);
        log(
            String.format(
                "  %s: %.1f s, %.2f MB/s, %.0f sections/s, %d sections, %d failed",
                r.name,
                b.ms() / 1000.0,
                b.mbPerSecond(),
                b.sectionsPerSecond(),
                b.sections(),
                b.failed()));
      }
    }

    void search(CorpusResult r) throws Exception {
      Path index = o.work.resolve("index-" + r.name);
      log("search latency on " + r.name);
      try (FilingSearcher s = FilingSearcher.open(index, 0)) {
        for (int w = 0; w < 3; w++) {
          for (BenchQuery q : mix) {
            s.search(q.request());
          }
        }
        for (BenchQuery q : mix) {
          r.oursTotals.add(s.search(q.request()).total());
        }
        Timed t = timePasses(o.searchPasses, q -> s.search(q.request()).partial());
        r.ours = t.latency();
        r.oursPerQuery.addAll(t.perQueryMedians());
      }
      log(
          String.format(
              "  ours p50 %.2f p95 %.2f p99 %.2f ms", r.ours.p50(), r.ours.p95(), r.ours.p99()));
    }

    void fts(CorpusResult r) throws Exception {
      Path index = o.work.resolve("index-" + r.name);
      Path db = o.work.resolve("fts5-" + r.name + ".db");
      Files.deleteIfExists(db);
      log("SQLite FTS5 build and queries on " + r.name);
      Set<String> vocab = new HashSet<>();
      List<Double> lengths = new ArrayList<>();
      try (Fts5Peer peer = Fts5Peer.open(db)) {
        Fts5Peer.Built b =
            peer.build(
                index,
                db,
                text -> {
                  lengths.add((double) text.length());
                  for (String t : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
                    if (!t.isEmpty()) {
                      vocab.add(t);
                    }
                  }
                });
        r.ftsBuildMs = b.ms();
        r.ftsBytes = b.bytes();
        r.vocabulary = vocab.size();
        double[] len = toArray(lengths);
        r.lenP50 = Stats.percentile(len, 50);
        r.lenP90 = Stats.percentile(len, 90);
        r.lenMax = Stats.percentile(len, 100);
        vocab.clear();
        long first = System.nanoTime();
        for (BenchQuery q : mix) {
          r.theirsTotals.add(ftsSearch(peer, q, r).total());
        }
        // FTS5's slowest queries take seconds each at 100k sections and more beyond: when the
        // planned passes would exceed the budget, warm-up is skipped and fewer passes measured.
        double passSeconds = (System.nanoTime() - first) / 1e9;
        r.ftsWarmups = 2;
        r.ftsPasses = o.searchPasses;
        if (passSeconds * (r.ftsWarmups + r.ftsPasses) > o.ftsBudgetSeconds) {
          r.ftsWarmups = 0;
          r.ftsPasses =
              (int) Math.max(1, Math.min(o.searchPasses, o.ftsBudgetSeconds / passSeconds));
          log(
              String.format(
                  "  FTS5 pass takes %.0f s: no warm-up, %d measured pass(es)",
                  passSeconds, r.ftsPasses));
        }
        for (int w = 0; w < r.ftsWarmups; w++) {
          for (BenchQuery q : mix) {
            ftsSearch(peer, q, r);
          }
        }
        Timed t =
            timePasses(
                r.ftsPasses,
                q -> {
                  ftsSearch(peer, q, r);
                  return false;
                });
        r.theirs = t.latency();
        r.theirsPerQuery.addAll(t.perQueryMedians());
      }
      if (!o.keepFts) {
        Files.deleteIfExists(db);
      }
      log(
          String.format(
              "  FTS5 build %.1f s, p50 %.2f p95 %.2f p99 %.2f ms",
              r.ftsBuildMs / 1000.0, r.theirs.p50(), r.theirs.p95(), r.theirs.p99()));
    }

    void http(CorpusResult r) throws IOException, InterruptedException {
      if (!HttpBench.wrkAvailable()) {
        r.httpProblem = "wrk is not installed (apt-get install wrk)";
        log(r.httpProblem);
        return;
      }
      log("HTTP throughput on " + r.name);
      Path index = o.work.resolve("index-" + r.name);
      try {
        // Every request searched (no results cache), then as served by default (repeats of the
        // mix answered from the cache).
        for (boolean cache : new boolean[] {false, true}) {
          r.http.addAll(
              HttpBench.run(
                  o.root, index, o.port, mix, new int[] {16, 64}, o.httpSeconds, o.work, cache));
        }
        for (HttpBench.Run h : r.http) {
          log(
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
        log("HTTP failed: " + e.getMessage());
      }
    }

    /** One FTS5 query, interrupted at the cap: then its hits are unknown (-1). */
    Fts5Peer.Answer ftsSearch(Fts5Peer peer, BenchQuery q, CorpusResult r) {
      try {
        return peer.search(q, o.ftsQueryCapSeconds);
      } catch (java.sql.SQLException e) {
        r.ftsCapped++;
        return new Fts5Peer.Answer(-1, List.of());
      }
    }

    /** One query of the mix, run once; true when its results are partial. */
    interface QueryRun {
      boolean run(BenchQuery q) throws Exception;
    }

    /** The latencies of measured passes, pooled, and each query's median over them. */
    record Timed(CorpusResult.Latency latency, List<Double> perQueryMedians) {}

    /** Runs the mix {@code passes} times, timing every query. */
    Timed timePasses(int passes, QueryRun run) throws Exception {
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

    void log(String s) {
      System.err.printf("bench [%4ds] %s%n", Math.round((System.nanoTime() - started) / 1e9), s);
    }
  }

  static double[] toArray(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static long treeSize(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      long n = 0;
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        n += Files.size(p);
      }
      return n;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static Set<String> sorted(Collection<String> c) {
    return new TreeSet<>(c);
  }
}
