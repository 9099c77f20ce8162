package io.filingssearch.cli;

import io.filingssearch.fetch.EdgarClient;
import io.filingssearch.fetch.UserAgent;
import io.filingssearch.fetch.Watcher;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.SearchEngine;
import io.filingssearch.web.SearchService;
import io.filingssearch.web.ServerLimits;
import io.filingssearch.web.WebApp;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code filings serve}: the browser search page and its JSON API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search page and its JSON API over an index.",
      "When the index folder holds no index yet, it is built first from the --data folders.",
      "Stop with Ctrl-C. Exit code 1 when the port is taken or the index cannot be opened."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin IndexFolders folders = new IndexFolders();

  @Mixin SolrOptions solr = new SolrOptions();

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(
      names = "--cache",
      defaultValue = "1000",
      description = {
        "How many distinct searches' results to keep for repeated searches (default:"
            + " ${DEFAULT-VALUE}; 0 keeps none). Any change to the index empties it."
      })
  int cacheSize;

  @Option(
      names = "--searches",
      paramLabel = "N",
      description = {
        "Searches run at once (default: the number of cores, at least 2). More wait in a queue."
      })
  Integer searches;

  @Option(
      names = "--queue",
      paramLabel = "N",
      description = {
        "Searches that may wait for a turn, each at most 5 s (default: 64); past that the"
            + " answer is 503 with Retry-After."
      })
  Integer queue;

  @Option(
      names = "--export-limit",
      defaultValue = "100000",
      description =
          "The most rows GET /api/export gives (default: ${DEFAULT-VALUE}); a larger search gets"
              + " a 400.")
  long exportLimit;

  @Option(
      names = "--watch",
      description =
          "Also follow new filings, as the watch command does: download EDGAR's new 8-Ks into the"
              + " first --data folder and add them to the index (needs --user-agent).")
  boolean follow;

  @Mixin WatchOptions watch = new WatchOptions();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    if (port < 0 || port > 65_535) {
      err.println("error: --port must be between 0 and 65535, not " + port);
      return 2;
    }
    // Before indexing, which can take a while: a taken port should fail at once.
    if (cacheSize < 0) {
      err.println("error: --cache must be 0 or more, not " + cacheSize);
      return 2;
    }
    ServerLimits limits = ServerLimits.defaults();
    int concurrent = searches == null ? limits.concurrentSearches() : searches;
    int queued = queue == null ? limits.queuedSearches() : queue;
    if (concurrent < 1) {
      err.println("error: --searches must be 1 or more, not " + concurrent);
      return 2;
    }
    if (queued < 0) {
      err.println("error: --queue must be 0 or more, not " + queued);
      return 2;
    }
    limits = limits.withSearches(concurrent, queued);
    if (exportLimit < 1) {
      err.println("error: --export-limit must be 1 or more, not " + exportLimit);
      return 2;
    }
    // Before anything else: a watch without a User-Agent is refused at once.
    UserAgent ua = follow ? watch.edgar.agent() : null;
    if (!canListen(host, port)) {
      err.println(bindError());
      return 1;
    }
    if (solr.enabled()) {
      if (follow) {
        err.println("error: --watch is not offered with --solr yet");
        return 2;
      }
    } else if (!hasIndex(folders.index())) {
      List<Path> roots = folders.roots();
      for (Path root : roots) {
        if (!Files.exists(root)) {
          err.println("error: " + root + ": no such folder (give filings with --data DIR)");
          return 1;
        }
      }
      out.println("No index in " + folders.index() + " yet; indexing " + join(roots) + " first.");
      IndexCommand.run(roots, folders.index(), false, out);
    } else {
      try {
        // What killed runs left; skipped while another process writes the index.
        FilingIndexer.deleteOrphans(folders.index());
      } catch (IOException e) {
        err.println("warning: cannot clean " + folders.index() + ": " + e.getMessage());
      }
    }

    SearchEngine searcher;
    try {
      searcher = solr.enabled() ? solr.searcher() : FilingSearcher.open(folders.index(), cacheSize);
    } catch (IOException e) {
      err.println(
          solr.enabled()
              ? "error: cannot reach the Solr collection " + solr.collection + ": " + e.getMessage()
              : "error: cannot open the index in " + folders.index() + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    Javalin app = new WebApp(new SearchService(searcher, exportLimit), limits).create();
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      searcher.close();
      err.println(bindError());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    searcher.close();
                  } catch (IOException e) {
                    System.err.println("error: closing the index: " + e.getMessage());
                  }
                  stopped.countDown();
                },
                "filings-serve-shutdown"));
    long filings = searcher.stats().filings();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        "Serving %d filings at http://%s:%d/ (%d searches at once, %d waiting, heap %d MB;"
            + " Ctrl-C to stop)%n",
        filings,
        shown,
        app.port(),
        limits.concurrentSearches(),
        limits.queuedSearches(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    if (follow) {
      startWatching(ua, searcher, out);
    }
    stopped.await();
    return 0;
  }

  /** Polls EDGAR in the background; each poll refreshes the searcher. */
  private void startWatching(UserAgent ua, SearchEngine searcher, PrintStream out) {
    EdgarClient client = watch.edgar.client(ua);
    Clock clock = Clock.systemDefaultZone();
    Watcher watcher =
        new Watcher(client, clock, WatchOptions.dataFolder(folders.data), folders.index());
    out.println("Watching EDGAR every " + WatchOptions.describe(watch.every) + " for new 8-Ks");
    // Runs until the process ends; the client's connections go with it.
    WatchLoop.start(watcher, clock, watch.every, searcher, out);
  }

  private String bindError() {
    return "error: cannot listen on "
        + host
        + ":"
        + port
        + " (the port is in use or the address is not this machine's); choose another with"
        + " --port or --host";
  }

  /** Whether a server could listen there now (it can still be taken before we start). */
  private static boolean canListen(String host, int port) {
    if (port == 0) {
      return true;
    }
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether the folder holds anything (an index, or one being written): absent or empty: no. */
  private static boolean hasIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isPresent();
    }
  }

  private static String join(List<Path> roots) {
    return String.join(", ", roots.stream().map(Path::toString).toList());
  }
}
