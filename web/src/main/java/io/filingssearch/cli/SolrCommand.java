package io.filingssearch.cli;

import io.filingssearch.solr.SolrCollections;
import io.filingssearch.solr.SolrNodes;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code filings solr}: SolrCloud administration. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "SolrCloud: create the collection that index --solr and serve --solr use.",
    subcommands = {SolrCommand.Create.class})
final class SolrCommand {
  /** {@code filings solr create}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Upload our configset (schema and solrconfig, named like the collection) and create a"
            + " collection from it, sharded and replicated.",
        "Exit code 1 when Solr refuses (the collection exists, too few live nodes), 2 on bad"
            + " options."
      })
  static final class Create implements Callable<Integer> {
    @Mixin SolrOptions solr = new SolrOptions();

    @Option(names = "--shards", defaultValue = "2", description = "Shards (default: 2).")
    int shards;

    @Option(
        names = "--replicas",
        defaultValue = "2",
        description = "Replicas of each shard, on distinct nodes (default: 2).")
    int replicas;

    @Override
    public Integer call() {
      if (!solr.enabled()) {
        System.err.println("error: give the cluster with --solr URL");
        return 2;
      }
      try {
        SolrNodes nodes = solr.nodes();
        if (SolrCollections.exists(nodes, solr.collection)) {
          System.err.println("error: the collection " + solr.collection + " exists already");
          return 1;
        }
        SolrCollections.create(nodes, solr.collection, shards, replicas);
        System.out.printf(
            "created collection %s: %d shards x %d replicas, configset %s, on %s%n",
            solr.collection, shards, replicas, solr.collection, nodes.nodes());
        return 0;
      } catch (IllegalArgumentException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      } catch (IOException e) {
        System.err.println("error: " + e.getMessage());
        return 1;
      }
    }
  }
}
