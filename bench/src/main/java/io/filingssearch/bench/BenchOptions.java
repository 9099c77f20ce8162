package io.filingssearch.bench;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options of a benchmark run, as {@code ./filings bench --help} lists them. */
final class BenchOptions {
  @Option(
      names = "--scale",
      paramLabel = "N",
      converter = SectionCount.class,
      description = {
        "Largest generated corpus in sections (default 100000: the real corpus, 10k and 100k;"
            + " 1000000 adds 1M; 0 only the real corpus)."
      })
  long scale = 100_000;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "The real corpus (default ../shared/corpus beside the checkout).")
  Path corpus;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where generated corpora and indexes go (default $TMPDIR/filings-bench).")
  Path work = Path.of(System.getProperty("java.io.tmpdir"), "filings-bench");

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = {
        "The report (default BENCHMARKS.md in the checkout; the plot goes to"
            + " docs/bench-scaling.png beside it)."
      })
  Path out;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "The checkout (the launcher passes it; default the current folder).")
  Path root = Path.of(".");

  @Option(
      names = "--time-limit",
      paramLabel = "S",
      description = "Per index build, in seconds (default 1800).")
  int indexTimeLimit = 1800;

  @Option(
      names = "--index-runs",
      paramLabel = "N",
      description = "Index builds of each corpus up to 10k sections (default 3; larger: 1).")
  int indexRuns = 3;

  @Option(
      names = "--search-passes",
      paramLabel = "N",
      description = "Timed passes over the query mix (default 5).")
  int searchPasses = 5;

  @Option(
      names = "--http-seconds",
      paramLabel = "S",
      description = "Length of each HTTP load run (default 10).")
  int httpSeconds = 10;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port of the server the HTTP runs load (default 18080).")
  int port = 18_080;

  @Option(
      names = "--solr",
      paramLabel = "URL",
      description = {
        "Also measure a running SolrCloud (node URLs, comma-separated) over the same sections:"
            + " each corpus is indexed into collection bench-<corpus> (2 shards x 2 replicas),"
            + " then searched in process and over HTTP (./filings serve --solr)."
      })
  String solr;

  @Option(names = "--no-jmh", description = "Skip the JMH parse+extract measurement.")
  boolean noJmh;

  @Option(names = "--no-http", description = "Skip the HTTP throughput runs (they need wrk).")
  boolean noHttp;

  @Option(
      names = "--no-search",
      description = {
        "Only build the indexes: no search latency, FTS5 or HTTP runs (write the report"
            + " elsewhere with --out to keep BENCHMARKS.md's search figures)."
      })
  boolean noSearch;

  @Option(names = "--no-fts", description = "Skip the SQLite FTS5 comparison.")
  boolean noFts;

  @Option(
      names = "--reuse-index",
      description = {
        "Search an index already in the work folder (index-NAME) instead of building it again;"
            + " its build figures are then not measured."
      })
  boolean reuseIndex;

  @Option(
      names = "--only",
      paramLabel = "NAMES",
      split = ",",
      description = "Measure only these corpora (corpus, 10k, 100k, 1M), e.g. --only 100k,1M.")
  java.util.List<String> only;

  @Option(
      names = "--generate-only",
      description = "Only write the generated corpora (kept for later runs), then stop.")
  boolean generateOnly;

  @Option(
      names = "--fts-budget",
      paramLabel = "S",
      description = {
        "Seconds FTS5's timed passes may take per corpus (default 900); beyond it, no warm-up"
            + " and fewer passes."
      })
  int ftsBudgetSeconds = 900;

  @Option(
      names = "--keep-fts",
      description = {
        "Keep the FTS5 databases (fts5-NAME.db in the work folder) for"
            + " io.filingssearch.bench.Fts5Pass."
      })
  boolean keepFts;

  @Option(
      names = "--fts-query-cap",
      paramLabel = "S",
      description = {
        "Interrupt an FTS5 statement after S seconds (default 120); the query then counts as S"
            + " seconds (a lower bound) and its hits as unknown."
      })
  int ftsQueryCapSeconds = 120;

  /** The options of the JVMs that build indexes and serve the HTTP runs. */
  String javaOpts = "-Xmx4g";

  /** Fills in the defaults that depend on other options and makes the paths absolute. */
  void resolve() {
    root = root.toAbsolutePath().normalize();
    out = out == null ? root.resolve("BENCHMARKS.md") : out.toAbsolutePath();
    if (corpus == null) {
      corpus = root.resolveSibling("shared").resolve("corpus");
    }
  }

  /** A section count as written: {@code 100000}, {@code 100_000} or {@code 100,000}. */
  static final class SectionCount implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return Long.parseLong(value.replace("_", "").replace(",", ""));
    }
  }
}
