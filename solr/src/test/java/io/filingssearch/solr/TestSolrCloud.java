package io.filingssearch.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test SolrCloud (module {@code solr-testcluster}: ZooKeeper and two Solr 9 nodes on loopback)
 * in a child JVM, started once for all the test classes of a run and killed when the run's JVM
 * exits. Its class path (Solr and Lucene 9) is the one Maven wrote at build time; none of it is on
 * ours.
 */
public final class TestSolrCloud {
  /**
   * The time budget of the tests' searches: generous, so that a loaded machine (CI shares its
   * cores) gives whole answers to compare rather than partial ones.
   */
  public static final long TIMEOUT_MS = 60_000;

  private static TestSolrCloud instance;

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final List<String> nodes = new ArrayList<>();
  private final SolrNodes client;

  private TestSolrCloud() throws IOException {
    Path target = clusterTarget();
    String cp =
        target.resolve("classes")
            + java.io.File.pathSeparator
            + Files.readString(target.resolve("cluster.classpath")).strip();
    Path log = target.resolve("cluster.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "-cp",
                cp,
                "io.filingssearch.solrtest.TestCluster",
                "2")
            .redirectError(log.toFile());
    process = pb.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
    out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("node ")) {
        nodes.add(line.split(" ")[2]);
      } else if (line.equals("ready")) {
        break;
      }
    }
    if (nodes.size() != 2) {
      kill();
      throw new IOException("the test SolrCloud did not start; see " + log);
    }
    client = SolrNodes.of(String.join(",", nodes));
  }

  /** The folder the cluster module was built in (system property {@code filings.solr.cluster}). */
  private static Path clusterTarget() throws IOException {
    String prop = System.getProperty("filings.solr.cluster");
    Path p =
        prop != null
            ? Path.of(prop)
            : Path.of("").toAbsolutePath().getParent().resolve("solr-testcluster/target");
    if (!Files.isRegularFile(p.resolve("cluster.classpath"))) {
      throw new IOException(
          "no " + p.resolve("cluster.classpath") + ": build solr-testcluster first (mvn -am)");
    }
    return p;
  }

  /** The cluster, started on first use. */
  public static synchronized TestSolrCloud get() throws IOException {
    if (instance == null) {
      instance = new TestSolrCloud();
    }
    return instance;
  }

  /** The node URLs. */
  public List<String> nodes() {
    return nodes;
  }

  /** A client of the cluster. */
  public SolrNodes client() {
    return client;
  }

  /** A collection of 2 shards x 2 replicas from our configset, made anew. */
  public void freshCollection(String name) throws IOException {
    if (SolrCollections.exists(client, name)) {
      client.get(
          "/admin/collections",
          java.util.Map.of("action", List.of("DELETE"), "name", List.of(name)));
    }
    SolrCollections.create(client, name, 2, 2);
  }

  /** Stops node {@code i}; its replicas stop answering. */
  public void stop(int i) throws IOException {
    command("stop " + i);
  }

  /** Starts node {@code i} again on the same port, and waits until it is live. */
  public void start(int i) throws IOException {
    command("start " + i);
  }

  /** Waits until every replica of a collection is active again (a returning node recovers). */
  public void awaitActive(String collection) throws IOException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline) {
      var r =
          client.get(
              "/admin/collections",
              java.util.Map.of(
                  "action", List.of("CLUSTERSTATUS"), "collection", List.of(collection)));
      boolean active = true;
      for (var shard : r.path("cluster").path("collections").path(collection).path("shards")) {
        for (var replica : shard.path("replicas")) {
          active &= replica.path("state").asText().equals("active");
        }
      }
      if (active) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new IOException("the replicas of " + collection + " did not all become active");
  }

  private synchronized void command(String c) throws IOException {
    in.println(c);
    // Solr logs on the same standard output: the answer is the next line that is one.
    for (String line; (line = out.readLine()) != null; ) {
      if (line.equals("ok") || line.startsWith("ok ")) {
        return;
      }
      if (line.startsWith("error ")) {
        throw new IOException("test SolrCloud: " + c + ": " + line);
      }
    }
    throw new IOException("test SolrCloud: " + c + ": it exited");
  }

  private void kill() {
    if (process.isAlive()) {
      in.println("quit");
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
