package io.filingssearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes BENCHMARKS.md (keeping its hand-written notes) and docs/bench-scaling.png. */
final class Report {
  static final String NOTES = "## Notes";

  private Report() {}

  static void write(BenchOptions o, List<CorpusResult> rs, List<BenchQuery> mix)
      throws IOException {
    Path md = o.out;
    String notes = "";
    if (Files.exists(md)) {
      String old = Files.readString(md);
      int i = old.indexOf("\n" + NOTES);
      if (i >= 0) {
        notes = old.substring(i + 1);
      }
    }
    StringBuilder s = new StringBuilder();
    s.append("# Benchmarks\n\n");
    s.append("Written by `./filings bench");
    if (o.scale != 100_000) {
      s.append(" --scale ").append(o.scale);
    }
    s.append("` (module `bench/`, `io.filingssearch.bench.BenchMain`); the section \"Notes\" at")
        .append(" the end is by hand and kept when the bench rewrites this file.\n\n");
    s.append("## Machine\n\n");
    s.append("- CPU: ")
        .append(cpu())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores visible to the JVM\n");
    s.append("- memory: ").append(memTotal()).append("\n");
    s.append("- JDK: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append("; index builds run in their own")
        .append(" JVM with `")
        .append(o.javaOpts)
        .append("`\n");
    s.append("- OS: ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.version"))
        .append("\n");
    s.append("- load average when this file was written (1, 5, 15 min): ")
        .append(loadAverage())
        .append("; the machine is shared, so other work competes for the same cores\n");
    s.append("- the load generator (wrk), the server and the bench share these cores\n\n");
    s.append("## Reproduce\n\n```sh\n");
    s.append("apt-get install -y wrk            # for the HTTP figures; skipped without it\n");
    s.append("./filings bench                   # real corpus + 10k + 100k sections\n");
    s.append("./filings bench --scale 1000000   # ... + 1M sections\n");
    s.append("./filings bench --help            # time limits, passes, what to skip\n```\n\n");
    s.append("Generated corpora and indexes go to `$TMPDIR/filings-bench` (never committed).\n\n");

    s.append("## Corpora\n\n");
    s.append(
            "The real corpus is `../shared/corpus` as it is. The others are generated from it with")
        .append(" a fixed seed (")
        .append(CorpusGenerator.SEED)
        .append("): each file copies the shape of a real filing (items, exhibits, paragraphs per")
        .append(" section) and fills it with real paragraphs of the same item or exhibit, with")
        .append(
            " other registrants, counterparties, dates and dollar amounts; written as plain-text")
        .append(" 8-Ks so that they go through the real parser. Section length is in characters of")
        .append(" clean text; the vocabulary is the distinct lower-cased `[a-z0-9]+` tokens of all")
        .append(" section texts.\n\n");
    s.append("| corpus | files | MB | sections | vocabulary | section length p50 | p90 | max |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CorpusResult r : rs) {
      s.append(
          row(
              r.name,
              r.files,
              f1(r.bytes / 1e6),
              n(r.sections),
              n(r.vocabulary),
              f0(r.lenP50),
              f0(r.lenP90),
              f0(r.lenMax)));
    }

    s.append("\n## Parse + extract (JMH)\n\n");
    s.append("One filing per operation in turn, files read into memory first; 2 warm-up and 3")
        .append(" measurement iterations of 5 s, 1 fork, 1 thread; MB/s ± the 99.9% error JMH")
        .append(" gives.\n\n");
    s.append("| corpus | parse only MB/s | parse + extract MB/s |\n|---|---:|---:|\n");
    for (CorpusResult r : rs) {
      if (!Double.isNaN(r.jmhParseExtract)
          || !Double.isNaN(r.jmhParseOnly)
          || r.jmhProblem != null) {
        s.append(
            row(
                r.name,
                pm(r.jmhParseOnly, r.jmhParseOnlyError),
                r.jmhProblem != null
                    ? r.jmhProblem
                    : pm(r.jmhParseExtract, r.jmhParseExtractError)));
      }
    }

    s.append("\n## Index build\n\n");
    s.append("`FilingIndexer.index(dir, roots, full=true, ...)` end to end (walk, read, parse,")
        .append(
            " extract, map, write, commit) in a fresh JVM per run; nearest-rank median (the lower of")
        .append(" two) and min–max over the")
        .append(
            " runs. Peak heap is the sum of the heap pools' peaks; peak RSS is VmHWM. FTS5: the")
        .append(" same sections inserted into an FTS5 table (one transaction, batches of 1000,")
        .append(" journal and sync off), from memory.\n\n");
    s.append("The FTS5 build times only the inserts and the commit of already clean sections")
        .append(" (no parsing, no extraction), so \"build ours/theirs\" compares our whole")
        .append(" pipeline with their indexing alone.\n\n");
    s.append("| corpus | runs | wall s | MB/s | sections/s | index MB | heap peak MB | RSS peak MB")
        .append(" | FTS5 build s | FTS5 MB | build ours/theirs | size ours/theirs |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CorpusResult r : rs) {
      if (r.builds.isEmpty()) {
        s.append("| ")
            .append(r.name)
            .append(" | 0 | ")
            .append(r.buildProblem == null ? "not run" : r.buildProblem)
            .append(" | | | | | | | | | |\n");
        continue;
      }
      CorpusResult.Build last = r.builds.get(r.builds.size() - 1);
      double fts = r.ftsBuildMs / 1000.0;
      s.append(
          row(
              r.name,
              r.builds.size(),
              Stats.spread(r.buildSeconds(), 1),
              Stats.spread(r.buildMbPerSecond(), 2),
              Stats.spread(r.buildSectionsPerSecond(), 0),
              f1(r.indexBytes / 1e6),
              f0(last.heapPeak() / 1e6),
              f0(last.rssPeak() / 1e6),
              r.ftsBuildMs < 0 ? "" : f1(fts),
              r.ftsBytes < 0 ? "" : f1(r.ftsBytes / 1e6),
              r.ftsBuildMs <= 0 ? "" : f2(r.medianBuildSeconds() / fts),
              r.ftsBytes <= 0 ? "" : f2((double) r.indexBytes / r.ftsBytes)));
    }

    s.append("\n## Search latency\n\n");
    s.append("The fixed mix of ")
        .append(mix.size())
        .append(" queries below, in process, first page of 10, highlighting and all facets on")
        .append(" (ours: `FilingSearcher.search` with its results cache off, so every query is")
        .append(" searched; FTS5: top 10 by `bm25()` or date with `snippet()`, then a count per")
        .append(" year); 3 warm-up passes (FTS5: 2), then the latencies of all measured passes")
        .append(" pooled. When FTS5's passes would take longer than `--fts-budget` seconds, it")
        .append(" gets no warm-up and fewer passes (its column \"passes\"); an FTS5 statement")
        .append(" running past `--fts-query-cap` seconds is interrupted and counts as the cap, so")
        .append(" FTS5's figures are then lower bounds. Spread: the p99 of")
        .append(" each pass, min–max.\n\n");
    s.append(
            "| corpus | passes | ours p50 ms | p95 | p99 | p99 per pass | FTS5 passes | FTS5 p50 ms")
        .append(" | p95 | p99 | p50 ours/theirs | p95 ours/theirs | p99 ours/theirs |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CorpusResult r : rs) {
      if (r.ours == null) {
        continue;
      }
      CorpusResult.Latency a = r.ours;
      CorpusResult.Latency b = r.theirs;
      s.append(
          row(
              r.name,
              a.p99PerPass().size(),
              f2(a.p50()),
              f2(a.p95()),
              f2(a.p99()),
              f1(Stats.min(a.p99PerPass())) + "–" + f1(Stats.max(a.p99PerPass())),
              b == null
                  ? ""
                  : r.ftsPasses
                      + (r.ftsWarmups == 0 ? ", no warm-up" : "")
                      + (r.ftsCapped > 0 ? ", " + r.ftsCapped + " stopped at the cap" : ""),
              b == null ? "" : f2(b.p50()),
              b == null ? "" : f2(b.p95()),
              b == null ? "" : f2(b.p99()),
              b == null ? "" : f2(a.p50() / b.p50()),
              b == null ? "" : f2(a.p95() / b.p95()),
              b == null ? "" : f2(a.p99() / b.p99())));
    }

    s.append("\n## Estimated counts\n\n");
    s.append("A search matching a large share of the index counts its total and facets from a")
        .append(" sample and says so (`approximate`); each such query of the mix searched again")
        .append(" with exact counts (`exactCounts`), and the two compared. Facet values: those")
        .append(" the exact search shows with at least ")
        .append(CountError.MIN_COUNT)
        .append(" filings; \"not shown\": such values missing from the estimate's list. CPU:")
        .append(" our process's CPU time per query over the timed passes, all threads.\n\n");
    s.append("| corpus | CPU ms per query | queries estimated | total error mean | max")
        .append(" | facet value error mean | max | values compared | not shown |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CorpusResult r : rs) {
      CountError e = r.countError;
      if (e == null) {
        continue;
      }
      s.append(
          row(
              r.name,
              f2(r.oursCpuMsPerQuery),
              e.estimated() + " of " + mix.size(),
              f1(100 * e.totalMeanError()) + " %",
              f1(100 * e.totalMaxError()) + " %",
              f1(100 * e.facetMeanError()) + " %",
              f1(100 * e.facetMaxError()) + " %",
              e.values(),
              e.missing()));
    }

    s.append("\n## HTTP throughput\n\n");
    s.append("`wrk -t2 -cN -d")
        .append(o.httpSeconds)
        .append("s --latency` with a Lua script rotating through the same mix against")
        .append(" `./filings serve` on 127.0.0.1, after a warm-up run. Errors are non-2xx")
        .append(
            " responses plus socket errors. Results cache off: the server runs with `--cache 0`,")
        .append(" so every request is a search. On: as served by default (`--cache` keeps recent")
        .append(" results), so after the first round of the mix every request is a repeat answered")
        .append(" from the cache: that row measures HTTP, JSON and the cache, not searching.\n\n");
    s.append(
        "| corpus | results cache | connections | requests/s | p99 ms | errors | requests |\n");
    s.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (CorpusResult r : rs) {
      for (HttpBench.Run h : r.http) {
        s.append(
            row(
                r.name,
                h.cache() ? "on" : "off",
                h.connections(),
                f0(h.requestsPerSecond()),
                f1(h.p99Ms()),
                h.errors(),
                h.requests()));
      }
      if (r.httpProblem != null) {
        s.append(row(r.name, "", "", r.httpProblem, "", "", ""));
      }
    }

    if (o.solr != null) {
      s.append("\n## SolrCloud beside the embedded index\n\n");
      s.append("`--solr`: the same sections in a SolrCloud collection (2 shards x 2 replicas on")
          .append(" the nodes given, all on this machine), searched with the same mix by")
          .append(" `SolrSearcher` in process (JSON over HTTP to Solr; no results cache) and")
          .append(" served by `./filings serve --solr` under wrk (results cache off on both).")
          .append(" Embedded figures are those of the tables above.\n\n");
      s.append("| corpus | sections | Solr index s | embedded p50 / p95 / p99 ms")
          .append(" | Solr p50 / p95 / p99 ms | embedded req/s | Solr req/s | Solr p99 HTTP ms")
          .append(" | same hit counts |\n");
      s.append("|---|---:|---:|---|---|---:|---:|---:|---:|\n");
      for (CorpusResult r : rs) {
        if (r.solr == null && r.solrProblem == null) {
          continue;
        }
        if (r.solr == null) {
          s.append(row(r.name, n(r.sections), "", "", r.solrProblem, "", "", "", ""));
          continue;
        }
        HttpBench.Run emb =
            r.http.stream()
                .filter(h -> !h.cache() && h.connections() == 16)
                .findFirst()
                .orElse(null);
        HttpBench.Run sol = r.solrHttp.isEmpty() ? null : r.solrHttp.get(0);
        int same = 0;
        for (int i = 0; i < Math.min(r.oursTotals.size(), r.solrTotals.size()); i++) {
          same += r.oursTotals.get(i).equals(r.solrTotals.get(i)) ? 1 : 0;
        }
        s.append(
            row(
                r.name,
                n(r.sections),
                r.solrIndexMs < 0 ? "(kept)" : f1(r.solrIndexMs / 1000.0),
                r.ours == null
                    ? ""
                    : f2(r.ours.p50()) + " / " + f2(r.ours.p95()) + " / " + f2(r.ours.p99()),
                f2(r.solr.p50()) + " / " + f2(r.solr.p95()) + " / " + f2(r.solr.p99()),
                emb == null ? "" : f0(emb.requestsPerSecond()),
                sol == null ? "" : f0(sol.requestsPerSecond()),
                sol == null ? "" : f1(sol.p99Ms()),
                same + "/" + mix.size()));
      }
    }

    s.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
    CorpusResult biggest = null;
    for (CorpusResult r : rs) {
      if (r.ours != null && (biggest == null || r.sections > biggest.sections)) {
        biggest = r;
      }
    }
    double bestMb = 0;
    String bestMbAt = "none";
    for (CorpusResult r : rs) {
      if (!r.builds.isEmpty()) {
        double mb = Stats.median(r.buildMbPerSecond());
        s.append(
            row(
                "indexing >= 20 MB/s end to end (" + r.name + ")",
                f2(mb) + " MB/s",
                mb >= 20 ? "met" : "not met"));
      } else if (r.buildProblem != null) {
        s.append(row("indexing >= 20 MB/s end to end (" + r.name + ")", r.buildProblem, "not met"));
      }
    }
    if (biggest != null) {
      String at = biggest.name + ", " + n(biggest.sections) + " sections";
      boolean oneM = biggest.sections >= 900_000;
      s.append(
          row(
              "search p99 <= 10 ms at 1M sections",
              f2(biggest.ours.p99()) + " ms at " + at,
              !oneM ? "not measured at 1M" : biggest.ours.p99() <= 10 ? "met" : "not met"));
      if (biggest.theirs != null) {
        double x = biggest.theirs.p99() / biggest.ours.p99();
        double y = biggest.theirs.p50() / biggest.ours.p50();
        s.append(
            row(
                "queries >= 5x faster than FTS5 at 1M",
                String.format(Locale.ROOT, "FTS5/ours %.2fx at p50, %.2fx at p99 (%s)", y, x, at),
                !oneM ? "not measured at 1M" : y >= 5 && x >= 5 ? "met" : "not met"));
      }
      double searched = 0;
      double cached = 0;
      for (HttpBench.Run h : biggest.http) {
        if (h.cache()) {
          cached = Math.max(cached, h.requestsPerSecond());
        } else {
          searched = Math.max(searched, h.requestsPerSecond());
        }
      }
      if (!biggest.http.isEmpty()) {
        s.append(
            row(
                "server >= 2,000 req/s",
                f0(searched)
                    + " req/s with every request searched, "
                    + f0(cached)
                    + " req/s with the results cache, at "
                    + at,
                (searched >= 2000 ? "met" : "not met")
                    + " searching, "
                    + (cached >= 2000 ? "met" : "not met")
                    + " with the cache"));
      }
    }
    s.append("\n## Scaling\n\n![Build time and p99 latency from the real corpus to the largest")
        .append(" generated corpus](docs/bench-scaling.png)\n\n");
    CorpusResult counted = null;
    for (CorpusResult r : rs) {
      if (r.oursTotals.size() == mix.size() && r.theirsTotals.size() == mix.size()) {
        counted = r;
      }
    }
    s.append("## The query mix\n\n");
    if (counted != null) {
      s.append("Hits: how many sections each engine found on ")
          .append(counted.name)
          .append(" (a sanity check of the translation; FTS5's amount filter is on each")
          .append(" section's amounts and the item filter on its filing's items, as ours).\n\n");
    }
    CorpusResult timed = null;
    for (CorpusResult r : rs) {
      if (r.oursPerQuery.size() == mix.size()) {
        timed = r;
      }
    }
    if (timed != null) {
      s.append("Median ms: each query's median latency over the measured passes on ")
          .append(timed.name)
          .append(
              timed.theirsPerQuery.size() == mix.size()
                  ? " (FTS5: over its " + timed.ftsPasses + " pass(es))"
                  : " (FTS5: not measured there)")
          .append(".\n\n");
    }
    s.append(
        "| # | ours | FTS5 MATCH | hits ours | hits FTS5 | median ms ours | median ms FTS5 |\n");
    s.append("|---:|---|---|---:|---:|---:|---:|\n");
    int i = 1;
    for (BenchQuery q : mix) {
      s.append(
          row(
              i,
              "`" + q.label() + "`",
              "`" + q.match() + "`",
              counted == null ? "" : n(counted.oursTotals.get(i - 1)),
              counted == null ? "" : n(counted.theirsTotals.get(i - 1)),
              timed == null ? "" : f2(timed.oursPerQuery.get(i - 1)),
              timed == null || timed.theirsPerQuery.size() != mix.size()
                  ? ""
                  : f2(timed.theirsPerQuery.get(i - 1))));
      i++;
    }
    s.append("\n");
    s.append(notes.isEmpty() ? NOTES + "\n\n(none yet)\n" : notes);
    Files.createDirectories(md.toAbsolutePath().getParent());
    Files.writeString(md, s, StandardCharsets.UTF_8);
    ScalingPlot.write(
        rs, md.toAbsolutePath().getParent().resolve("docs").resolve("bench-scaling.png"));
  }

  private static String row(Object... cells) {
    StringBuilder s = new StringBuilder("|");
    for (Object c : cells) {
      s.append(' ').append(String.valueOf(c).replace("|", "\\|")).append(" |");
    }
    return s.append('\n').toString();
  }

  private static String n(long v) {
    return v < 0 ? "" : String.format(Locale.ROOT, "%,d", v);
  }

  private static String f0(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String f1(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String f2(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String pm(double v, double err) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f ± %.2f", v, err);
  }

  private static String cpu() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }

  private static String memTotal() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemTotal:")) {
          return String.format(
              Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0);
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }
}
