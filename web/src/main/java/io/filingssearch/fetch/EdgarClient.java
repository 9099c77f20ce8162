package io.filingssearch.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Talks to EDGAR within its fair-access rules: every request carries the declared User-Agent and
 * asks for gzip, all requests of a run share one {@link RateLimiter}, and 429/503/timeouts are
 * tried again with exponential backoff and jitter. When EDGAR keeps refusing, {@link
 * EdgarRefusedException} stops the run. Downloads are written to a hidden temporary file beside
 * their target and renamed into place only when complete. Thread-safe.
 */
public final class EdgarClient implements Closeable {
  /** EDGAR's archive host: {@code /Archives/edgar/...} and {@code /files/...}. */
  public static final URI WWW = URI.create("https://www.sec.gov");

  /** EDGAR's API host: {@code /submissions/...}. */
  public static final URI DATA = URI.create("https://data.sec.gov");

  /** The rate used when none is given: below the SEC's ceiling of 10, leaving room for others. */
  public static final double DEFAULT_RATE = 8;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int BUFFER = 64 * 1024;

  private final HttpClient http;
  private final String www;
  private final String data;
  private final UserAgent userAgent;
  private final RateLimiter limiter;
  private final RetryPolicy retry;
  private final Duration timeout;
  private final AtomicLong requests = new AtomicLong();

  /**
   * A client for EDGAR itself or a mirror of it.
   *
   * @param base stands for both EDGAR hosts (a mirror, a test server), or null for EDGAR
   * @param userAgent who is asking
   * @param rate requests per second, more than 0 and at most 10
   * @throws IllegalArgumentException when the rate is out of range
   */
  public EdgarClient(URI base, UserAgent userAgent, double rate) {
    this(base, userAgent, rate, RetryPolicy.DEFAULT, TIMEOUT);
  }

  EdgarClient(URI base, UserAgent userAgent, double rate, RetryPolicy retry, Duration timeout) {
    this.limiter = new RateLimiter(rate);
    this.www = stripSlash(base == null ? WWW : base);
    this.data = stripSlash(base == null ? DATA : base);
    this.userAgent = userAgent;
    this.retry = retry;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  private static String stripSlash(URI u) {
    String s = u.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** Requests sent so far, retries included. */
  long requests() {
    return requests.get();
  }

  /**
   * Reads a small file (an index, a JSON listing) into memory.
   *
   * @param path EDGAR's own path, starting with {@code /}
   * @return the body, decompressed; empty when EDGAR has no such file (404)
   * @throws EdgarRefusedException when EDGAR kept refusing
   * @throws IOException on any other failure
   * @throws InterruptedException when interrupted
   */
  public Optional<byte[]> get(String path) throws IOException, InterruptedException {
    try {
      return Optional.of(call(path, InputStream::readAllBytes));
    } catch (Unusable e) {
      if (e.status == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Downloads a complete submission to {@code target}, which appears only when the download is
   * complete and is a submission; nothing is left behind otherwise.
   *
   * @param path EDGAR's own path of the {@code .txt} submission
   * @param target where it goes
   * @return bytes written
   * @throws EdgarRefusedException when EDGAR kept refusing
   * @throws IOException when the file could not be had, with the reason
   * @throws InterruptedException when interrupted (the temporary file is removed)
   */
  public long download(String path, Path target) throws IOException, InterruptedException {
    return download(path, target, Submissions::problem);
  }

  /** Tells why a downloaded file is not what was asked for (cut off, an error page). */
  interface Check {
    /** Why the file is unusable, or null when it is complete. */
    String problem(Path file) throws IOException;
  }

  /**
   * {@link #download(String, Path)} for any kind of file: {@code check} decides whether what
   * arrived is complete.
   */
  long download(String path, Path target, Check check) throws IOException, InterruptedException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    return call(
        path,
        body -> {
          // Hidden, so that an indexer walking the folder never reads a half-written file.
          Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
          try {
            long n = copy(body, tmp);
            String problem = check.problem(tmp);
            if (problem != null) {
              throw new Unusable(200, problem);
            }
            Files.move(
                tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return n;
          } finally {
            Files.deleteIfExists(tmp);
          }
        });
  }

  private static long copy(InputStream in, Path to) throws IOException {
    long n = 0;
    byte[] buf = new byte[BUFFER];
    try (OutputStream out = Files.newOutputStream(to)) {
      for (int r; (r = in.read(buf)) >= 0; ) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted");
        }
        out.write(buf, 0, r);
        n += r;
      }
    }
    return n;
  }

  /** Reads a successful response's body. */
  private interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  private <T> T call(String path, BodyReader<T> reader) throws IOException, InterruptedException {
    URI uri = URI.create((isApi(path) ? data : www) + path);
    long t0 = System.nanoTime();
    String why = null;
    boolean refused = false;
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      limiter.acquire();
      requests.incrementAndGet();
      Duration retryAfter = null;
      try {
        HttpResponse<InputStream> r =
            http.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
        int status = r.statusCode();
        try (InputStream body = decoded(r)) {
          if (status == 200) {
            return reader.read(body);
          }
          refused = status == 429 || status >= 500;
          if (status == 403) {
            throw new EdgarRefusedException(
                "EDGAR answered 403 Forbidden for "
                    + path
                    + ": it refuses this client. The SEC blocks clients without a declared"
                    + " User-Agent or that ask too fast, for about ten minutes; check --user-agent,"
                    + " wait, then rerun (files already downloaded are kept).");
          }
          if (!refused) {
            throw new Unusable(status, "HTTP " + status + (status == 404 ? " (not on EDGAR)" : ""));
          }
          why = "HTTP " + status;
          retryAfter = retryAfter(r);
        }
      } catch (HttpTimeoutException | ConnectException e) {
        refused = true;
        why = e instanceof HttpTimeoutException ? "no answer within " + timeout : "cannot connect";
      } catch (Unusable | EdgarRefusedException | InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        // A connection dropped mid-body: try again, the file is still wanted.
        refused = false;
        why = "connection lost (" + e.getMessage() + ")";
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      if (attempt < retry.attempts()) {
        TimeUnit.MILLISECONDS.sleep(retry.delay(attempt, retryAfter).toMillis());
      }
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
    if (refused) {
      throw new EdgarRefusedException(
          String.format(
              Locale.ROOT,
              "EDGAR kept refusing: %s to all %d tries for %s over %d s. The SEC slows down or"
                  + " blocks clients that ask too fast (a block lasts about ten minutes); wait,"
                  + " then rerun (files already downloaded are kept).",
              why,
              retry.attempts(),
              path,
              seconds));
    }
    throw new IOException(why + " on all " + retry.attempts() + " tries");
  }

  private static boolean isApi(String path) {
    return path.startsWith("/submissions/") || path.startsWith("/api/");
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", userAgent.value())
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
  }

  private static InputStream decoded(HttpResponse<InputStream> r) throws IOException {
    boolean gzip =
        r.headers()
            .firstValue("Content-Encoding")
            .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
            .orElse(false);
    return gzip ? new GZIPInputStream(r.body(), BUFFER) : r.body();
  }

  private static Duration retryAfter(HttpResponse<?> r) {
    return r.headers()
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("\\d{1,6}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
        .orElse(null);
  }

  @Override
  public void close() {
    http.close();
  }

  /** A response that no retry will mend: a 404, a page that is not a filing. */
  static final class Unusable extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    Unusable(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}
