package io.filingssearch.cli;

import io.filingssearch.solr.SolrIndexer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code filings index --solr}: indexes into a SolrCloud collection and prints the summary. */
final class SolrIndexing {
  private SolrIndexing() {}

  static int run(SolrOptions solr, List<Path> roots, boolean full, PrintStream out) {
    if (full) {
      System.err.println(
          "error: --full is not offered with --solr (delete and create the collection instead)");
      return 2;
    }
    try {
      SolrIndexer.Report r =
          new SolrIndexer(solr.nodesWithCollection(), solr.collection).index(roots);
      out.printf(
          Locale.ROOT,
          "indexed %d filings (%d sections) into Solr collection %s in %.1f s; %d unchanged,"
              + " %d removed, %d failed%n",
          r.filings(),
          r.sections(),
          solr.collection,
          r.elapsedMs() / 1000.0,
          r.unchanged(),
          r.removed(),
          r.failures().size());
      for (String f : r.failures()) {
        out.println("  failed: " + f);
      }
      return r.failures().isEmpty() ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
