package io.filingssearch.web;

import io.filingssearch.testing.TempFolder;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestServer} for all the tests of a class: started in a temporary folder before them,
 * stopped and deleted after them. Registered as a static {@code RegisterExtension} field: {@code
 * static final ServerExtension server = new ServerExtension();}.
 */
final class ServerExtension implements BeforeAllCallback, AfterAllCallback {
  /** How a server is started in a folder. */
  @FunctionalInterface
  private interface Starter {
    TestServer start(Path dir) throws IOException;
  }

  private final Starter starter;
  private TempFolder dir;
  private TestServer server;

  /** The seeds and the hostile filing, with the default limits. */
  ServerExtension() {
    this(TestServer::start);
  }

  /** The seeds and the hostile filing, with the limits given. */
  ServerExtension(ServerLimits limits) {
    this(dir -> TestServer.start(dir, limits));
  }

  /** The seeds, the hostile filing and test resources, with an export limit. */
  ServerExtension(List<String> resources, long exportLimit) {
    this(dir -> TestServer.start(dir, resources, exportLimit));
  }

  private ServerExtension(Starter starter) {
    this.starter = starter;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = TempFolder.create("filings-web-test");
    server = starter.start(dir.path());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      server = null;
      if (dir != null) {
        dir.close();
      }
    }
  }

  /** The running server. */
  TestServer server() {
    if (server == null) {
      throw new IllegalStateException("the server runs only while the test class runs");
    }
    return server;
  }

  /** GETs a path (with its query string, already encoded) from the server. */
  HttpResponse<String> get(String pathAndQuery) {
    return server().get(pathAndQuery);
  }

  /** Sends a request with any method. */
  HttpResponse<String> send(String method, String pathAndQuery) {
    return server().send(method, pathAndQuery);
  }

  /** The server's address, {@code http://127.0.0.1:port}. */
  String base() {
    return server().base;
  }

  /** The client the server is asked with. */
  HttpClient http() {
    return server().http;
  }

  /** The running Javalin app. */
  Javalin app() {
    return server().app;
  }

  /** The web app behind the server. */
  WebApp web() {
    return server().web;
  }
}
