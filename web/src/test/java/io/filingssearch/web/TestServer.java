package io.filingssearch.web;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.testing.Fixtures;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The real app on a free port over an index of the seed filings plus one hostile filing (markup and
 * quotes in its text), built in a temporary folder.
 */
final class TestServer implements AutoCloseable {
  /** A word only the hostile filing contains. */
  static final String HOSTILE_WORD = "quokkaventure";

  /** The hostile filing's text: an 8-K whose body holds markup that must never run. */
  static final String HOSTILE_FILING =
"""
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

       Date of Report (Date of Earliest Event Reported): March 3, 2004

                              Markup Testing Corp.
             (Exact name of registrant as specified in its charter)

ITEM 5.  OTHER EVENTS

On March 3, 2004, the Registrant announced the Quokkaventure program with
Example Partners, Inc. ("Example") for $12 million. The press release said
<script>alert(1)</script> quokkaventure <img src=x onerror=alert(1)> and
"double quotes" and 'single quotes' & ampersands around the quokkaventure plan.

ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS

None.
""";

  final Path dir;
  final IndexReport report;
  final FilingSearcher searcher;
  final WebApp web;
  final Javalin app;
  final String base;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestServer(
      Path dir, IndexReport report, FilingSearcher searcher, WebApp web, Javalin app) {
    this.dir = dir;
    this.report = report;
    this.searcher = searcher;
    this.web = web;
    this.app = app;
    this.base = "http://127.0.0.1:" + app.port();
  }

  /** Indexes the seeds and the hostile filing into {@code dir} and starts the app on port 0. */
  static TestServer start(Path dir) throws IOException {
    return start(dir, ServerLimits.defaults());
  }

  /** The same, with the limits given. */
  static TestServer start(Path dir, ServerLimits limits) throws IOException {
    return start(dir, List.of(), searcher -> new WebApp(searcher, limits));
  }

  /**
   * Indexes the seeds and the hostile filing, plus test resources (files under {@code
   * src/test/resources}), into {@code dir} and starts the app on port 0 with a service of its own.
   */
  static TestServer start(Path dir, List<String> resources, long exportLimit) throws IOException {
    return start(dir, resources, searcher -> new WebApp(new SearchService(searcher, exportLimit)));
  }

  private static TestServer start(
      Path dir, List<String> resources, Function<FilingSearcher, WebApp> webApp)
      throws IOException {
    Path filings = dir.resolve("filings");
    Files.createDirectories(filings);
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.toList()) {
        Files.copy(p, filings.resolve(p.getFileName()));
      }
    }
    Files.writeString(filings.resolve("900_hostile_markup.txt"), HOSTILE_FILING);
    for (String name : resources) {
      try (var in = TestServer.class.getResourceAsStream("/" + name)) {
        if (in == null) {
          throw new IllegalStateException("no test resource " + name);
        }
        Files.copy(in, filings.resolve(name));
      }
    }
    Path index = dir.resolve("index");
    IndexReport report = FilingIndexer.index(index, List.of(filings), true, IndexListener.NONE);
    FilingSearcher searcher = FilingSearcher.open(index);
    WebApp web = webApp.apply(searcher);
    Javalin app = web.create().start("127.0.0.1", 0);
    return new TestServer(dir, report, searcher, web, app);
  }

  /** GETs a path (with its query string, already encoded) from the server. */
  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
  }

  /** Sends a request with any method. */
  HttpResponse<String> send(String method, String pathAndQuery) {
    return send(
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.ofString("{}")));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    app.stop();
    searcher.close();
  }
}
