package io.filingssearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Our configset and collections: uploads the configset shipped in this module's resources (Solr 9's
 * configset {@code UPLOAD} API, a zip) and creates a collection from it (the Collections API).
 */
public final class SolrCollections {
  /** The files of the configset, in {@code io/filingssearch/solr/configset/}. */
  static final List<String> CONFIGSET_FILES =
      List.of("schema.xml", "solrconfig.xml", "stopwords_en.txt", "gap.txt");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private SolrCollections() {}

  /**
   * Checks a collection or configset name.
   *
   * @return the name
   * @throws IllegalArgumentException when Solr would refuse it
   */
  static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a collection name is letters, digits, '.', '_' and '-' (not starting with one of the"
              + " last three), not '"
              + name
              + "'");
    }
    return name;
  }

  /**
   * Uploads the configset (replacing one of that name) and creates a collection from it.
   *
   * @param nodes the cluster
   * @param collection the collection's name; the configset gets the same name
   * @param shards how many shards
   * @param replicas how many replicas of each shard (on distinct nodes)
   * @throws IllegalArgumentException when a count is below 1 or the name is invalid
   * @throws IOException when Solr refuses (the collection exists, too few nodes) or cannot be
   *     reached
   */
  public static void create(SolrNodes nodes, String collection, int shards, int replicas)
      throws IOException {
    checkName(collection);
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException(
          "--shards and --replicas must be 1 or more, not " + shards + " and " + replicas);
    }
    nodes.post(
        "/admin/configs?action=UPLOAD&overwrite=true&cleanup=true&wt=json&name=" + collection,
        "application/octet-stream",
        configsetZip());
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("action", List.of("CREATE"));
    p.put("name", List.of(collection));
    p.put("numShards", List.of(String.valueOf(shards)));
    p.put("replicationFactor", List.of(String.valueOf(replicas)));
    p.put("collection.configName", List.of(collection));
    p.put("router.name", List.of("compositeId"));
    p.put("waitForFinalState", List.of("true"));
    p.put("wt", List.of("json"));
    JsonNode r = nodes.get("/admin/collections", p);
    if (r.has("failure")) {
      throw new IOException("Solr could not create " + collection + ": " + r.path("failure"));
    }
  }

  /** Whether the cluster has a collection of that name. */
  public static boolean exists(SolrNodes nodes, String collection) throws IOException {
    JsonNode r =
        nodes.get("/admin/collections", Map.of("action", List.of("LIST"), "wt", List.of("json")));
    for (JsonNode c : r.path("collections")) {
      if (c.asText().equals(collection)) {
        return true;
      }
    }
    return false;
  }

  /** The configset as a zip, its files at the root. */
  static byte[] configsetZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String f : CONFIGSET_FILES) {
        zip.putNextEntry(new ZipEntry(f));
        zip.write(configsetFile(f));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One file of the configset. */
  static byte[] configsetFile(String name) throws IOException {
    try (InputStream in = SolrCollections.class.getResourceAsStream("configset/" + name)) {
      if (in == null) {
        throw new IOException("the configset file " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  /**
   * The bytes on disk of every replica of a collection, summed over the live nodes (each node's
   * CoreAdmin {@code STATUS}); a node that does not answer is not counted.
   */
  static long sizeBytes(SolrNodes nodes, String collection) {
    long total = 0;
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("action", List.of("STATUS"));
    p.put("wt", List.of("json"));
    for (String node : nodes.nodes()) {
      try {
        Iterator<Map.Entry<String, JsonNode>> it =
            nodes.getAt(node, "/admin/cores", p).path("status").fields();
        while (it.hasNext()) {
          JsonNode core = it.next().getValue();
          if (core.path("cloud").path("collection").asText().equals(collection)) {
            total += core.path("index").path("sizeInBytes").asLong();
          }
        }
      } catch (IOException e) {
        // a node down: its replicas are not counted
      }
    }
    return total;
  }
}
