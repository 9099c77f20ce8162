package io.filingssearch.fetch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A stand-in for EDGAR on 127.0.0.1 and a random port: serves the files it is given under EDGAR's
 * own paths (gzipped when the client accepts it, as EDGAR does), logs every request with its time
 * and User-Agent, and misbehaves on demand (refusals, dropped connections).
 */
public final class EdgarTestServer implements AutoCloseable {
  /** One logged request. */
  public record Request(long nanos, String path, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<Request> log = new ArrayList<>();
  private final Map<String, AtomicInteger> refusalsLeft = new ConcurrentHashMap<>();
  private volatile int refuseAllWith;
  private volatile int retryAfter = -1;
  private volatile boolean stall;
  private final java.util.concurrent.CountDownLatch closed =
      new java.util.concurrent.CountDownLatch(1);
  private volatile int completeArchivesBeforeDrop = -1;
  private final AtomicInteger completeArchives = new AtomicInteger();

  private EdgarTestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts an empty server. */
  public static EdgarTestServer start() {
    try {
      return new EdgarTestServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code body} at {@code path}. */
  public EdgarTestServer put(String path, byte[] body) {
    files.put(path, body);
    return this;
  }

  /** Serves every file of the tree. */
  public EdgarTestServer putAll(Map<String, byte[]> tree) {
    files.putAll(tree);
    return this;
  }

  /** The first {@code times} requests for {@code path} are answered with {@code status}. */
  public void refuse(String path, int status, int times) {
    refusalsLeft.put(path + " " + status, new AtomicInteger(times));
  }

  /** Every request is answered with {@code status} (0: behave again). */
  public void refuseAll(int status) {
    refuseAll(status, -1);
  }

  /** As {@link #refuseAll(int)}, saying {@code Retry-After: seconds} (-1: no such header). */
  public void refuseAll(int status, int seconds) {
    retryAfter = seconds;
    refuseAllWith = status;
  }

  /**
   * After {@code n} complete archive downloads, archives are cut off half way: the connection drops
   * mid-body, as when a network fails or a process is killed (-1: behave again).
   */
  public void dropArchivesAfter(int n) {
    completeArchives.set(0);
    completeArchivesBeforeDrop = n;
  }

  /**
   * Archives stop half way and hang until the server closes, as on a stalled connection; the client
   * has the first half in a temporary file when its run is interrupted.
   */
  public void stallArchives() {
    stall = true;
  }

  /** The root URL, standing for both EDGAR hosts. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The requests so far. */
  public synchronized List<Request> log() {
    return List.copyOf(log);
  }

  /** The paths requested so far, in order. */
  public List<String> paths() {
    return log().stream().map(Request::path).toList();
  }

  /** Forgets the requests so far. */
  public synchronized void clearLog() {
    log.clear();
  }

  /**
   * Asserts EDGAR's fair-access rules over the log: every request declared {@code userAgent}, and
   * no one-second window holds more than 10 requests.
   */
  public void assertPolite(String userAgent) {
    List<Request> requests = log();
    for (Request r : requests) {
      assertTrue(
          userAgent.equals(r.userAgent()), "User-Agent of " + r.path() + ": " + r.userAgent());
    }
    long second = TimeUnit.SECONDS.toNanos(1);
    for (int i = 0; i < requests.size(); i++) {
      int inWindow = 0;
      for (Request r : requests) {
        long d = r.nanos() - requests.get(i).nanos();
        if (d >= 0 && d < second) {
          inWindow++;
        }
      }
      assertTrue(inWindow <= 10, inWindow + " requests within one second from " + requests.get(i));
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    synchronized (this) {
      log.add(new Request(System.nanoTime(), path, ex.getRequestHeaders().getFirst("User-Agent")));
    }
    byte[] whole = files.get(path);
    if (whole != null && stall && path.startsWith("/Archives/edgar/data/")) {
      ex.sendResponseHeaders(200, whole.length);
      ex.getResponseBody().write(whole, 0, whole.length / 2);
      ex.getResponseBody().flush();
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("stalled on purpose");
    }
    int dropAfter = completeArchivesBeforeDrop;
    if (whole != null
        && path.startsWith("/Archives/edgar/data/")
        && dropAfter >= 0
        && completeArchives.get() >= dropAfter) {
      // Half the body, then the connection goes (the exchange is never closed, so no final
      // chunk is written: the server closes the connection when the handler throws).
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      out.write(whole, 0, whole.length / 2);
      out.flush();
      throw new IOException("dropped on purpose");
    }
    try (ex) {
      int refuse = refuseAllWith;
      if (refuse == 0) {
        for (int status : new int[] {429, 503}) {
          AtomicInteger left = refusalsLeft.get(path + " " + status);
          if (left != null && left.getAndDecrement() > 0) {
            refuse = status;
          }
        }
      }
      if (refuse != 0) {
        byte[] msg = ("<html>refused " + refuse + "</html>").getBytes();
        if (retryAfter >= 0 && refuseAllWith != 0) {
          ex.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
        }
        ex.sendResponseHeaders(refuse, msg.length);
        ex.getResponseBody().write(msg);
        return;
      }
      byte[] body = files.get(path);
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      boolean archive = path.startsWith("/Archives/edgar/data/");
      String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
      if (accept != null && accept.contains("gzip")) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
          gz.write(body);
        }
        body = zipped.toByteArray();
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      if (archive) {
        completeArchives.incrementAndGet();
      }
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
