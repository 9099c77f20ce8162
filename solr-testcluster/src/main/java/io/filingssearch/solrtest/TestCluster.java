package io.filingssearch.solrtest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud on loopback for tests and benchmarks: an embedded ZooKeeper and {@code N} Solr nodes
 * on random ports, their data in a temporary folder that is deleted on exit.
 *
 * <p>Prints, one per line on standard output: {@code zk HOST:PORT/solr}, then {@code node I URL}
 * for each node, then {@code ready}. Then reads commands on standard input, one per line, and
 * answers each with {@code ok ...} or {@code error MESSAGE}:
 *
 * <ul>
 *   <li>{@code stop I}: stops node I (its port stays reserved for {@code start I});
 *   <li>{@code start I}: starts node I again on the same port;
 *   <li>{@code nodes}: prints the live nodes' URLs;
 *   <li>{@code quit} (or the end of standard input, when the parent dies): shuts the cluster down
 *       and exits.
 * </ul>
 *
 * <p>Usage: {@code TestCluster [NODES]} (default 2).
 */
public final class TestCluster {
  private TestCluster() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path base = Files.createTempDirectory("filings-solrcloud");
    // What SolrTestCaseJ4 would set: no SSL, loopback only, small caches, quick shutdown.
    System.setProperty("solr.log.dir", base.resolve("logs").toString());
    System.setProperty("host", "127.0.0.1");
    System.setProperty("solr.disable.shardsWhitelist", "true");
    System.setProperty("solr.security.allow.urls.enabled", "false");
    System.setProperty("zookeeper.admin.enableServer", "false");
    System.setProperty("solr.max.booleanClauses", "4096");
    JettyConfig jetty = JettyConfig.builder().setContext("/solr").stopAtShutdown(true).build();
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster(nodes, base, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML, jetty);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster, base)));
    System.out.println("zk " + cluster.getZkServer().getZkAddress());
    List<JettySolrRunner> runners = List.copyOf(cluster.getJettySolrRunners());
    for (int i = 0; i < runners.size(); i++) {
      System.out.println("node " + i + " " + runners.get(i).getBaseUrl());
    }
    System.out.println("ready");
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] words = line.trim().split("\\s+");
      try {
        switch (words[0]) {
          case "quit" -> {
            System.out.println("ok bye");
            System.out.flush();
            System.exit(0);
          }
          case "stop" -> {
            JettySolrRunner r = runners.get(Integer.parseInt(words[1]));
            r.stop();
            System.out.println("ok stopped " + words[1]);
          }
          case "start" -> {
            JettySolrRunner r = runners.get(Integer.parseInt(words[1]));
            r.start(true);
            cluster.waitForNode(r, 60);
            System.out.println("ok started " + words[1] + " " + r.getBaseUrl());
          }
          case "nodes" -> {
            StringBuilder sb = new StringBuilder("ok");
            for (JettySolrRunner r : runners) {
              if (r.isRunning()) {
                sb.append(' ').append(r.getBaseUrl());
              }
            }
            System.out.println(sb);
          }
          case "" -> {}
          default -> System.out.println("error unknown command: " + words[0]);
        }
      } catch (Exception e) {
        System.out.println("error " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      System.out.flush();
    }
    System.exit(0);
  }

  private static void shutdown(MiniSolrCloudCluster cluster, Path base) {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("cluster shutdown: " + e);
    }
    try (var walk = Files.walk(base)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (Exception e) {
      System.err.println("could not delete " + base + ": " + e);
    }
  }
}
