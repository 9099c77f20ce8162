package io.filingssearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The nodes of a SolrCloud cluster, spoken to over Solr's JSON APIs with {@code java.net.http}. A
 * request goes to the next live node in turn; when a node cannot be reached or answers that it
 * cannot serve (a 5xx while the cluster moves leaders), the same request goes to another node, and
 * after a few rounds with a pause the caller gets the last failure. The nodes are those given plus
 * those the cluster lists as live ({@code CLUSTERSTATUS}), learned again after a failure.
 * Thread-safe.
 */
public final class SolrNodes {
  static final ObjectMapper JSON = new ObjectMapper();

  /** How many times a request goes round the nodes before it fails. */
  private static final int ROUNDS = 60;

  /** The pause between rounds: a cluster elects a new leader within a few seconds. */
  private static final Duration PAUSE = Duration.ofMillis(500);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final List<String> seeds;
  private volatile List<String> nodes;
  private final AtomicInteger next = new AtomicInteger();

  private SolrNodes(List<String> seeds) {
    this.seeds = List.copyOf(seeds);
    this.nodes = this.seeds;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * The cluster that one or more of its nodes belong to.
   *
   * @param urls node URLs such as {@code http://127.0.0.1:8983/solr}, comma-separated
   * @return the nodes; the others of the cluster are learned from the first that answers
   * @throws IllegalArgumentException when no URL is given or one is not http(s)
   */
  public static SolrNodes of(String urls) {
    List<String> out = new ArrayList<>();
    for (String u : urls.split(",")) {
      String t = u.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!t.startsWith("http://") && !t.startsWith("https://")) {
        throw new IllegalArgumentException(
            "--solr takes node URLs such as http://127.0.0.1:8983/solr, not '" + t + "'");
      }
      out.add(t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--solr needs at least one node URL");
    }
    SolrNodes n = new SolrNodes(out);
    n.learnLiveNodes();
    return n;
  }

  /** The nodes requests go to now. */
  public List<String> nodes() {
    return nodes;
  }

  /** Asks the cluster which nodes are live; keeps what it had when no node answers. */
  void learnLiveNodes() {
    Set<String> all = new LinkedHashSet<>();
    for (String base : union()) {
      try {
        HttpResponse<String> r =
            send(
                base,
                HttpRequest.newBuilder(
                        URI.create(base + "/admin/collections?action=CLUSTERSTATUS&wt=json"))
                    .GET());
        if (r.statusCode() != 200) {
          continue;
        }
        JsonNode live = JSON.readTree(r.body()).path("cluster").path("live_nodes");
        for (JsonNode n : live) {
          all.add(url(n.asText(), base));
        }
        if (!all.isEmpty()) {
          nodes = List.copyOf(all);
          return;
        }
      } catch (IOException e) {
        // that node is down: ask the next one
      }
    }
  }

  private List<String> union() {
    Set<String> u = new LinkedHashSet<>(nodes);
    u.addAll(seeds);
    return List.copyOf(u);
  }

  /** A live node's URL from its name in ZooKeeper ({@code 127.0.0.1:8983_solr}). */
  static String url(String nodeName, String like) {
    int cut = nodeName.indexOf('_');
    String hostPort = cut < 0 ? nodeName : nodeName.substring(0, cut);
    String path = cut < 0 ? "solr" : nodeName.substring(cut + 1).replace("%2F", "/");
    String scheme = like.startsWith("https://") ? "https://" : "http://";
    return scheme + hostPort + "/" + path;
  }

  /**
   * GETs a path with parameters from a live node, and reads the JSON answer.
   *
   * @param path such as {@code /filings/select}
   * @param params query parameters (a parameter may repeat: values are lists)
   * @return the answer
   * @throws SolrException when Solr refuses the request (a 4xx), with its message
   * @throws IOException when no node could answer
   */
  public JsonNode get(String path, Map<String, List<String>> params) throws IOException {
    String query = encode(params);
    return call(path, base -> HttpRequest.newBuilder(URI.create(base + path + "?" + query)).GET());
  }

  /**
   * GETs a path from one node, without trying another: for what each node says of itself.
   *
   * @throws IOException when that node cannot answer
   */
  JsonNode getAt(String base, String path, Map<String, List<String>> params) throws IOException {
    HttpResponse<String> r =
        send(base, HttpRequest.newBuilder(URI.create(base + path + "?" + encode(params))).GET());
    if (r.statusCode() != 200) {
      throw new IOException(base + path + ": HTTP " + r.statusCode() + ": " + message(r.body()));
    }
    return JSON.readTree(r.body());
  }

  /**
   * POSTs a body to a path on a live node.
   *
   * @param path such as {@code /filings/update}
   * @param contentType the body's type
   * @param body the body
   * @return the answer
   * @throws SolrException when Solr refuses the request, with its message
   * @throws IOException when no node could answer
   */
  public JsonNode post(String path, String contentType, byte[] body) throws IOException {
    return call(
        path,
        base ->
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** POSTs form parameters (long queries do not fit a URL). */
  public JsonNode postForm(String path, Map<String, List<String>> params) throws IOException {
    return post(
        path, "application/x-www-form-urlencoded", encode(params).getBytes(StandardCharsets.UTF_8));
  }

  private interface RequestFor {
    HttpRequest.Builder at(String base);
  }

  private JsonNode call(String path, RequestFor request) throws IOException {
    IOException last = null;
    for (int round = 0; round < ROUNDS; round++) {
      List<String> current = nodes;
      int start = Math.floorMod(next.getAndIncrement(), current.size());
      for (int i = 0; i < current.size(); i++) {
        String base = current.get((start + i) % current.size());
        HttpResponse<String> r;
        try {
          r = send(base, request.at(base));
        } catch (IOException e) {
          last = new IOException(base + path + ": " + e, e);
          continue;
        }
        int status = r.statusCode();
        if (status == 200) {
          return JSON.readTree(r.body());
        }
        String message = message(r.body());
        if (status >= 400 && status < 500 && status != 404) {
          throw new SolrException(status, message);
        }
        // 404 (a core not yet loaded), 5xx (leader elections, a replica down): another node may
        // answer.
        last = new IOException(base + path + ": HTTP " + status + ": " + message);
      }
      learnLiveNodes();
      try {
        Thread.sleep(PAUSE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for a Solr node", e);
      }
    }
    throw new IOException("no Solr node could answer: " + last.getMessage(), last);
  }

  private HttpResponse<String> send(String base, HttpRequest.Builder b) throws IOException {
    try {
      return http.send(b.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + base, e);
    }
  }

  /** Solr's error message in a JSON answer, else the start of the answer. */
  static String message(String body) {
    try {
      JsonNode msg = JSON.readTree(body).path("error").path("msg");
      if (!msg.isMissingNode()) {
        return msg.asText();
      }
    } catch (IOException e) {
      // not JSON
    }
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  static String encode(Map<String, List<String>> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach(
        (k, vs) -> {
          for (String v : vs) {
            if (!sb.isEmpty()) {
              sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return sb.toString();
  }
}
