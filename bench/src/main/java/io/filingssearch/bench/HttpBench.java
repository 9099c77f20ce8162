package io.filingssearch.bench;

import io.filingssearch.search.FilingSearcher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP throughput: {@code wrk} against {@code ./filings serve} on the loopback address. */
final class HttpBench {
  /** One wrk run. */
  record Run(
      boolean cache,
      int connections,
      double requestsPerSecond,
      double p99Ms,
      long errors,
      long requests) {}

  private HttpBench() {}

  /** Whether wrk is installed. */
  static boolean wrkAvailable() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts the server on {@code source} (its options: {@code --index DIR} or {@code --solr URL
   * --collection NAME}), runs wrk once per connection count, stops the server.
   *
   * @param root the checkout (where the launcher is)
   * @param cache whether the server keeps its results cache (off: every request is searched)
   */
  static List<Run> run(
      Path root,
      List<String> source,
      int port,
      List<BenchQuery> mix,
      int[] connections,
      int seconds,
      Path work,
      boolean cache)
      throws IOException, InterruptedException {
    Path script = work.resolve("mix.lua");
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (BenchQuery q : mix) {
      lua.append("  \"").append(q.httpPath().replace("\\", "\\\\").replace("\"", "\\\""));
      lua.append("\",\n");
    }
    lua.append("}\nlocal i = 0\n");
    lua.append("request = function()\n  i = i % #paths + 1\n");
    lua.append("  return wrk.format(\"GET\", paths[i])\nend\n");
    Files.writeString(script, lua, StandardCharsets.UTF_8);
    Path log = work.resolve("serve-" + port + ".log");
    List<String> command = new ArrayList<>(List.of(root.resolve("filings").toString(), "serve"));
    command.addAll(source);
    command.addAll(
        List.of(
            "--port",
            Integer.toString(port),
            "--host",
            "127.0.0.1",
            "--cache",
            cache ? Integer.toString(FilingSearcher.DEFAULT_CACHE_SIZE) : "0"));
    Process server =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    List<Run> runs = new ArrayList<>();
    try {
      waitUntilUp(port, server, log);
      String base = "http://127.0.0.1:" + port;
      // Warm-up: the JIT and the page cache, not measured.
      wrk(base, script, 2, Math.min(16, connections[0]), Math.max(3, seconds / 2));
      for (int c : connections) {
        runs.add(parse(cache, c, wrk(base, script, 2, c, seconds)));
      }
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    return runs;
  }

  private static void waitUntilUp(int port, Process server, Path log)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IOException("the server stopped at once: " + Files.readString(log));
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=a"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IOException("the server did not answer within 300 s; see " + log);
  }

  private static String wrk(String base, Path script, int threads, int connections, int seconds)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return out;
  }

  static Run parse(boolean cache, int connections, String out) {
    double rps = number(out, "Requests/sec:\\s+([\\d.]+)");
    double p99 = Double.NaN;
    Matcher m = Pattern.compile("99%\\s+([\\d.]+)(us|ms|s)").matcher(out);
    if (m.find()) {
      double v = Double.parseDouble(m.group(1));
      p99 =
          switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
          };
    }
    long errors = (long) Math.max(0, number(out, "Non-2xx or 3xx responses:\\s+(\\d+)"));
    Matcher s =
        Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
            .matcher(out);
    if (s.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Long.parseLong(s.group(g));
      }
    }
    long requests = (long) Math.max(0, number(out, "(\\d+) requests in"));
    return new Run(cache, connections, rps, p99, errors, requests);
  }

  private static double number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
