package io.filingssearch.web;

import io.filingssearch.search.SearchEngine;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: the browser search page (static files from the classpath folder {@code /public})
 * and its read-only JSON API under {@code /api}. Errors are JSON {@code
 * {"title","status","details"}}: 400 for any bad input, naming the parameter; 404 for unknown
 * filings and API paths; a generic 500, logged, for anything else. Thread-safe once created.
 */
public final class WebApp {
  /** The longest request URL served; longer ones get 414 (with a JSON body under /api). */
  public static final int MAX_URL_LENGTH = 8_192;

  /** The policy every response carries: the page loads only its own scripts and styles. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final Set<HandlerType> READ_METHODS =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final ApiController api;
  private final FeedController feeds;
  private final ServerLimits limits;
  private final SearchGate gate;

  /**
   * Creates the app over an open index.
   *
   * @param searcher the index to serve; the caller keeps it open while the server runs and closes
   *     it afterwards
   */
  public WebApp(SearchEngine searcher) {
    this(new SearchService(searcher), ServerLimits.defaults());
  }

  /**
   * Creates the app over an open index with limits on concurrent work and slow clients.
   *
   * @param searcher the index to serve; the caller keeps it open while the server runs and closes
   *     it afterwards
   * @param limits how many searches run and wait at once, and the connection timeouts
   */
  public WebApp(SearchEngine searcher, ServerLimits limits) {
    this(new SearchService(searcher), limits);
  }

  /**
   * Creates the app over a search service.
   *
   * @param service what the API calls
   * @param limits how many searches run and wait at once, and the connection timeouts
   */
  public WebApp(SearchService service, ServerLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.gate = new SearchGate(limits);
    this.api = new ApiController(service, gate);
    this.feeds = new FeedController(service);
  }

  /**
   * Creates the app over a search service, with the {@linkplain ServerLimits#defaults() default
   * limits}.
   *
   * @param service what the API calls
   */
  public WebApp(SearchService service) {
    this(service, ServerLimits.defaults());
  }

  /** The gate costly requests pass (for tests that fill it). */
  SearchGate gate() {
    return gate;
  }

  /**
   * Builds the server, not yet started: call {@code start(host, port)} on it.
   *
   * @return the configured Javalin
   */
  public Javalin create() {
    return Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(JsonViews.MAPPER, false));
    config.staticFiles.add("/public", Location.CLASSPATH);
    config.http.prefer405over404 = true;
    // Jetty answers over-long headers itself (431, HTML); leave room so that our own URL limit
    // below answers first, in JSON.
    config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(2 * MAX_URL_LENGTH));
    // What Jetty refuses itself (a /../ path, a URI or headers past its limits) answers in JSON
    // too.
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    configureTimeouts(config);

    config.routes.before(WebApp::guard);
    config.routes.get("/api/search", api::search);
    config.routes.get("/api/export", gated(api::export));
    config.routes.get("/api/filings/{id}", api::filing);
    config.routes.get("/api/filings/{id}/similar", gated(api::similar));
    config.routes.get("/api/timeline", gated(api::timeline));
    config.routes.get("/api/suggest", api::suggest);
    config.routes.get("/api/facets", api::facets);
    config.routes.get("/api/health", api::health);
    config.routes.get("/feeds/search.atom", gated(feeds::search));

    config.routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> error(ctx, 400, e.getMessage() == null ? "Bad request" : e.getMessage()));
    config.routes.exception(
        ServerBusyException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", String.valueOf(ServerLimits.RETRY_AFTER_SECONDS));
          error(ctx, 503, e.getMessage());
        });
    config.routes.exception(
        UnsupportedOperationException.class,
        (e, ctx) ->
            error(
                ctx,
                501,
                e.getMessage() == null ? "Not offered by this search engine" : e.getMessage()));
    config.routes.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "The server could not answer this request; it has been logged.");
        });
    // An Error (a stack overflow on an absurdly nested query, say) must not reach the client
    // either.
    config.router.javaLangErrorHandler(
        (res, e) -> {
          LOG.error("request failed", e);
          if (!res.isCommitted()) {
            try {
              res.reset();
              res.setStatus(500);
              res.setContentType("application/json");
              res.getWriter()
                  .write(
                      JsonViews.MAPPER.writeValueAsString(
                          JsonViews.error(
                              "Server Error",
                              500,
                              "The server could not answer this request; it has been logged.")));
            } catch (IOException | IllegalStateException ignored) {
              // The client is gone or the answer has started; nothing more can be sent.
            }
          }
        });
    // Unknown API paths and methods: JSON like every other API answer (unless a handler already
    // wrote one, such as the 404 for an unknown filing).
    for (int status : new int[] {404, 405}) {
      config.routes.error(
          status,
          ctx -> {
            if (isApi(ctx) && !"application/json".equals(ctx.res().getContentType())) {
              error(
                  ctx,
                  status,
                  status == 404
                      ? "There is no API endpoint at " + ctx.path()
                      : "Only GET requests are served");
            }
          });
    }
  }

  /**
   * A handler that runs only with a turn of the search gate: the routes that search (search and
   * filing take theirs after validating, in {@link ApiController}).
   */
  private Handler gated(Handler handler) {
    return ctx -> {
      try (SearchGate.Turn turn = gate.enter()) {
        handler.handle(ctx);
      }
    };
  }

  /**
   * Slow clients: a connection silent for the idle timeout is closed by Jetty, one that takes
   * longer than the header timeout to send a request's headers by {@link HeaderDeadline}.
   */
  private void configureTimeouts(JavalinConfig config) {
    ScheduledExecutorScheduler scheduler =
        new ScheduledExecutorScheduler("filings-header-deadline", true);
    HeaderDeadline deadline = new HeaderDeadline(limits.headerTimeout(), scheduler);
    config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(deadline));
    config.jetty.modifyServer(
        server -> {
          server.addBean(scheduler);
          // Javalin adds its connector when it starts the server: configure it then.
          server.addEventListener(
              new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                  for (Connector c : server.getConnectors()) {
                    if (c instanceof AbstractConnector connector) {
                      connector.setIdleTimeout(limits.idleTimeout().toMillis());
                      connector.addBean(deadline);
                    }
                  }
                }
              });
        });
  }

  /** Security headers on every answer; only reads; no absurdly long URLs. */
  private static void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (isApi(ctx)) {
      ctx.header("Cache-Control", "no-store");
    }
    String query = ctx.queryString();
    int length = ctx.path().length() + (query == null ? 0 : query.length() + 1);
    if (length > MAX_URL_LENGTH) {
      throw new HttpResponseException(
          HttpStatus.URI_TOO_LONG,
          "The request URL is longer than " + MAX_URL_LENGTH + " characters",
          Map.of());
    }
    // Before anything decodes the parameters, which would drop a malformed escape silently.
    PercentEscapes.check(query);
    if (!READ_METHODS.contains(ctx.method())) {
      ctx.header("Allow", "GET, HEAD");
      throw new HttpResponseException(
          HttpStatus.METHOD_NOT_ALLOWED, "Only GET requests are served", Map.of());
    }
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
  }

  private static void error(Context ctx, int status, String details) {
    HttpStatus s = HttpStatus.forStatus(status);
    String title = s == HttpStatus.UNKNOWN ? "Error" : s.getMessage();
    ctx.status(status).json(JsonViews.error(title, status, details));
  }
}
