package io.filingssearch.cli;

import io.filingssearch.search.SearchEngine;
import io.filingssearch.solr.SolrCollections;
import io.filingssearch.solr.SolrNodes;
import io.filingssearch.solr.SolrSearcher;
import java.io.IOException;
import picocli.CommandLine.Option;

/**
 * The {@code --solr} and {@code --collection} options: a SolrCloud collection instead of --index.
 */
final class SolrOptions {
  @Option(
      names = "--solr",
      paramLabel = "URL",
      description = {
        "Use a SolrCloud collection instead of the embedded index: one or more Solr node URLs,"
            + " comma-separated, such as http://127.0.0.1:8983/solr (the other live nodes are"
            + " learned from the cluster)."
      })
  String solr;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      defaultValue = "filings",
      description = "The SolrCloud collection (default: ${DEFAULT-VALUE}); with --solr.")
  String collection;

  /** Whether a Solr cluster was given. */
  boolean enabled() {
    return solr != null;
  }

  /** The cluster's nodes. */
  SolrNodes nodes() {
    return SolrNodes.of(solr);
  }

  /**
   * The cluster's nodes, having checked that it has the collection.
   *
   * @throws IllegalArgumentException when it does not
   * @throws IOException when no node answers
   */
  SolrNodes nodesWithCollection() throws IOException {
    SolrNodes nodes = nodes();
    if (!SolrCollections.exists(nodes, collection)) {
      throw new IllegalArgumentException(
          "the cluster at "
              + solr
              + " has no collection "
              + collection
              + " (create it: ./filings solr create --solr URL --collection "
              + collection
              + ")");
    }
    return nodes;
  }

  /** A searcher of the collection. */
  SearchEngine searcher() throws IOException {
    return new SolrSearcher(nodesWithCollection(), collection);
  }
}
