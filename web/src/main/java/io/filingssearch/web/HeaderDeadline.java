package io.filingssearch.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not sent a whole request's headers within a bound of opening or of
 * its previous answer. Jetty's idle timeout alone does not: a client that sends one header byte
 * every few seconds (slowloris) is never idle and holds its connection forever. A connection with a
 * request being answered is left alone, however long the answer takes.
 *
 * <p>Registered on the connector (as a {@link Connection.Listener}) and on the HTTP configuration
 * (as a {@link HttpConfiguration.Customizer}, which Jetty calls once a request's headers are in).
 * Thread-safe.
 */
final class HeaderDeadline implements Connection.Listener, HttpConfiguration.Customizer {
  private final long timeoutNanos;
  private final Scheduler scheduler;
  private final Map<Connection, Tracked> open = new ConcurrentHashMap<>();

  /** What is known of one open connection. */
  private static final class Tracked {
    final Connection connection;
    final AtomicInteger inFlight = new AtomicInteger();
    volatile long quietSince = System.nanoTime();

    Tracked(Connection connection) {
      this.connection = connection;
    }
  }

  /**
   * Creates the deadline.
   *
   * @param timeout the longest a client may take to send a request's headers
   * @param scheduler where the checks run; started and stopped by the server
   */
  HeaderDeadline(Duration timeout, Scheduler scheduler) {
    this.timeoutNanos = timeout.toNanos();
    this.scheduler = scheduler;
  }

  @Override
  public void onOpened(Connection connection) {
    Tracked t = new Tracked(connection);
    open.put(connection, t);
    check(t, timeoutNanos);
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    Tracked t = open.get(request.getConnectionMetaData().getConnection());
    if (t != null) {
      t.inFlight.incrementAndGet();
      Request.addCompletionListener(
          request,
          failure -> {
            t.quietSince = System.nanoTime();
            t.inFlight.decrementAndGet();
          });
    }
    return request;
  }

  private void check(Tracked t, long delayNanos) {
    scheduler.schedule(() -> expire(t), delayNanos, TimeUnit.NANOSECONDS);
  }

  private void expire(Tracked t) {
    if (!open.containsKey(t.connection)) {
      return;
    }
    if (t.inFlight.get() > 0) {
      check(t, timeoutNanos);
      return;
    }
    long waited = System.nanoTime() - t.quietSince;
    if (waited >= timeoutNanos) {
      open.remove(t.connection);
      t.connection.getEndPoint().close();
    } else {
      check(t, timeoutNanos - waited);
    }
  }
}
