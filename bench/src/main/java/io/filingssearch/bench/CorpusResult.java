package io.filingssearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything measured on one corpus; filled in stage by stage, a missing stage stays empty. */
final class CorpusResult {
  /** One index build. */
  record Build(
      long ms,
      int files,
      int sections,
      int failed,
      long bytes,
      long heapPeak,
      long rssPeak,
      long gcMs) {
    double mbPerSecond() {
      return ms == 0 ? 0 : bytes / 1e6 / (ms / 1000.0);
    }

    double sectionsPerSecond() {
      return ms == 0 ? 0 : sections * 1000.0 / ms;
    }
  }

  /** Latencies of one engine over the mix, pooled over the measured passes, in milliseconds. */
  record Latency(double p50, double p95, double p99, List<Double> p99PerPass, int partial) {}

  final String name;
  final Path root;
  final long targetSections;
  int files;
  long bytes;
  final List<Build> builds = new ArrayList<>();
  String buildProblem;

  /** The index was found in the work folder and searched without being built again. */
  boolean reused;

  long indexBytes = -1;

  /** SolrCloud (bench --solr): indexing time, latencies, hit counts, HTTP runs, or a problem. */
  long solrIndexMs = -1;

  Latency solr;
  final List<Long> solrTotals = new ArrayList<>();
  final List<HttpBench.Run> solrHttp = new ArrayList<>();
  String solrProblem;
  long vocabulary = -1;
  long sections = -1;
  double lenP50 = Double.NaN;
  double lenP90 = Double.NaN;
  double lenMax = Double.NaN;
  Latency ours;

  /** Our CPU time per query over the timed passes (all threads of the process), ms. */
  double oursCpuMsPerQuery = Double.NaN;

  /** How far estimated counts were from exact ones over the mix, or null. */
  CountError countError;

  Latency theirs;
  long ftsBuildMs = -1;
  long ftsBytes = -1;

  /** Median latency of each query of the mix over the measured passes, in milliseconds. */
  final List<Double> oursPerQuery = new ArrayList<>();

  final List<Double> theirsPerQuery = new ArrayList<>();

  /** FTS5's measured passes and warm-up passes (fewer when its queries are slow). */
  int ftsPasses;

  int ftsWarmups;

  /** FTS5 statements interrupted at the cap ({@code --fts-query-cap}). */
  int ftsCapped;

  final List<Long> oursTotals = new ArrayList<>();
  final List<Long> theirsTotals = new ArrayList<>();
  final List<HttpBench.Run> http = new ArrayList<>();
  String httpProblem;
  double jmhParseExtract = Double.NaN;
  double jmhParseExtractError = Double.NaN;
  double jmhParseOnly = Double.NaN;
  double jmhParseOnlyError = Double.NaN;
  String jmhProblem;

  CorpusResult(String name, Path root, long targetSections) {
    this.name = name;
    this.root = root;
    this.targetSections = targetSections;
  }

  List<Double> buildSeconds() {
    return builds.stream().map(b -> b.ms() / 1000.0).toList();
  }

  List<Double> buildMbPerSecond() {
    return builds.stream().map(Build::mbPerSecond).toList();
  }

  List<Double> buildSectionsPerSecond() {
    return builds.stream().map(Build::sectionsPerSecond).toList();
  }

  double medianBuildSeconds() {
    return builds.isEmpty() ? Double.NaN : Stats.median(buildSeconds());
  }
}
