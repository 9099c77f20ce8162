package io.filingssearch.cli;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code filings index}: builds or updates the index. */
@Command(
    name = "index",
    aliases = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Index the filings under one or more folders (recursively).",
      "Incremental: unchanged files are skipped, changed ones replaced, removed ones deleted.",
      "Exit code 0 when every file was indexed, 1 when some failed, 2 on an error."
    })
final class IndexCommand implements Callable<Integer> {
  @Mixin IndexFolders folders = new IndexFolders();

  @Option(
      names = "--full",
      description = "Rebuild from scratch into a fresh index, then switch to it.")
  boolean full;

  @Mixin SolrOptions solr = new SolrOptions();

  @Override
  public Integer call() throws IOException {
    if (solr.enabled()) {
      return SolrIndexing.run(solr, folders.roots(), full, System.out);
    }
    IndexReport r = run(folders.roots(), folders.index(), full, System.out);
    return r.failures().isEmpty() ? 0 : 1;
  }

  /** Indexes with a progress bar on a terminal and prints the summary. */
  static IndexReport run(List<Path> roots, Path index, boolean full, PrintStream out)
      throws IOException {
    IndexReport r;
    try (TerminalProgress progress = new TerminalProgress("Indexing", " files")) {
      r = FilingIndexer.index(index, roots, full, progress);
    }
    out.printf(
        Locale.ROOT,
        "indexed %d filings (%d sections) from %d files in %.1f s, %.1f MB/s; %d unchanged,"
            + " %d parts of submissions skipped, %d other forms in archives skipped, %d removed,"
            + " %d failed%n",
        r.filings(),
        r.sections(),
        r.files(),
        r.elapsedMs() / 1000.0,
        r.megabytesPerSecond(),
        r.unchanged(),
        r.parts(),
        r.otherForms(),
        r.removed(),
        r.failures().size());
    for (IndexReport.Failure f : r.failures()) {
      out.printf("  failed: %s: %s%n", f.source(), f.reason());
    }
    for (IndexReport.Failure f : r.skipped()) {
      out.printf("  %s: %s%n", f.source(), f.reason());
    }
    out.println("index: " + index.toAbsolutePath().normalize());
    return r;
  }
}
