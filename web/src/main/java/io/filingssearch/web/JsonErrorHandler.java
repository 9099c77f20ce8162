package io.filingssearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it refuses before the app sees it: a {@code /../} path, a
 * URI past its limit, headers too large, a malformed request line) as the API's JSON errors {@code
 * {"title","status","details"}} instead of Jetty's HTML page. Thread-safe (stateless).
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    Object attribute = request.getAttribute(ERROR_STATUS);
    if (attribute instanceof Integer s) {
      status = s;
    }
    if (status < 400) {
      status = HttpStatus.INTERNAL_SERVER_ERROR_500;
    }
    String title = HttpStatus.getMessage(status);
    String details = details(status, request.getAttribute(ERROR_MESSAGE));
    byte[] body;
    try {
      body = JsonViews.MAPPER.writeValueAsBytes(JsonViews.error(title, status, details));
    } catch (JsonProcessingException e) {
      body = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Content-Security-Policy", WebApp.CONTENT_SECURITY_POLICY);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  /** Jetty's reason when it gave a short one; otherwise what the status means for a client. */
  private static String details(int status, Object message) {
    return switch (status) {
      case HttpStatus.URI_TOO_LONG_414 -> "The request URL is too long";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "The request's headers are too large";
      case HttpStatus.BAD_REQUEST_400 ->
          "The request is malformed"
              + (message instanceof String m
                      && !m.isBlank()
                      && m.length() < 200
                      && !m.equals(HttpStatus.getMessage(status))
                  ? ": " + m
                  : "");
      default -> HttpStatus.getMessage(status);
    };
  }
}
