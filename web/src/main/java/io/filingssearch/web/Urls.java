package io.filingssearch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL query-string encoding as the page's {@code URLSearchParams} does it. */
final class Urls {
  private Urls() {}

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
