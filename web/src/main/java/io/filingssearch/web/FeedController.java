package io.filingssearch.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.filingssearch.search.SearchRequest;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates {@code GET /feeds/search.atom?<search parameters>} into an Atom feed of the search's
 * newest filings, with the validators feed readers poll with: an {@code ETag} (a hash of the
 * document) and {@code Last-Modified} (when the index last changed), answered 304 when unchanged.
 */
final class FeedController {
  /** How many filings a feed lists unless {@code size} says. */
  static final int DEFAULT_SIZE = 20;

  /** An HTTP date, as {@code Last-Modified} and {@code If-Modified-Since} write it. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private final SearchService service;

  FeedController(SearchService service) {
    this.service = service;
  }

  /** {@code GET /feeds/search.atom}: the feed, or 304 when the reader has it already. */
  void search(Context ctx) throws IOException {
    Map<String, List<String>> params = ctx.queryParamMap();
    SearchRequest request = SearchParams.parse(params);
    int size = params.containsKey("size") ? request.size() : DEFAULT_SIZE;
    SearchService.Feed feed = service.feed(request, size);
    Instant updated = updated(feed);
    // The address the reader used (Jetty builds it from the Host header or, without one, its own).
    URI requested = URI.create(ctx.url());
    String page = requested.getScheme() + "://" + requested.getRawAuthority() + "/";
    String query = ctx.queryString() == null ? "" : ctx.queryString();
    AtomFeed.Links links =
        new AtomFeed.Links(
            page + "feeds/search.atom" + (query.isEmpty() ? "" : "?" + query),
            page,
            query,
            request.query().strip(),
            // The same search however its URL is written (parameter order, encoding): one id.
            HexFormat.of().formatHex(sha256(searchKey(request).getBytes(UTF_8)), 0, 16));
    byte[] body = AtomFeed.write(title(request), updated, links, feed.entries());
    String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\"";
    Instant lastModified = updated.truncatedTo(ChronoUnit.SECONDS);
    ctx.header("ETag", etag);
    ctx.header("Last-Modified", HTTP_DATE.format(lastModified));
    ctx.header("Cache-Control", "no-cache");
    if (notModified(ctx, etag, lastModified)) {
      ctx.status(304);
      return;
    }
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(body);
  }

  /** When the feed last changed: the index's last change, else its newest entry's day. */
  private static Instant updated(SearchService.Feed feed) {
    if (feed.lastIndexed() != null) {
      return feed.lastIndexed();
    }
    Instant newest = Instant.EPOCH;
    for (AtomFeed.Entry e : feed.entries()) {
      Instant when = AtomFeed.when(e.filing(), Instant.EPOCH);
      newest = when.isAfter(newest) ? when : newest;
    }
    return newest;
  }

  /**
   * Whether the reader's copy is current (RFC 9110: {@code If-None-Match} decides when present,
   * else {@code If-Modified-Since}).
   */
  static boolean notModified(Context ctx, String etag, Instant lastModified) {
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    String ifModifiedSince = ctx.header("If-Modified-Since");
    if (ifModifiedSince != null) {
      try {
        Instant since =
            ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        return !lastModified.isAfter(since);
      } catch (DateTimeParseException e) {
        return false; // an unreadable date is ignored, as RFC 9110 says
      }
    }
    return false;
  }

  /** The search's filters and query, without order and paging, which a feed sets itself. */
  private static String searchKey(SearchRequest r) {
    return String.join(
        "\n",
        r.query().strip(),
        r.items().toString(),
        r.partners().toString(),
        r.companies().toString(),
        r.forms().toString(),
        r.years().toString(),
        r.amountBuckets().toString(),
        String.valueOf(r.from()),
        String.valueOf(r.to()),
        String.valueOf(r.minAmount()),
        String.valueOf(r.maxAmount()));
  }

  /** The feed's title: the search in words. */
  static String title(SearchRequest r) {
    List<String> parts = new ArrayList<>();
    if (!r.query().isBlank()) {
      parts.add("“" + r.query().strip() + "”");
    }
    r.items().forEach(v -> parts.add("item " + v));
    r.partners().forEach(v -> parts.add("partner " + v));
    r.companies().forEach(v -> parts.add("company " + v));
    r.forms().forEach(v -> parts.add("form " + v));
    r.years().forEach(v -> parts.add("year " + v));
    r.amountBuckets().forEach(v -> parts.add("amount " + v));
    if (r.from() != null) {
      parts.add("from " + r.from());
    }
    if (r.to() != null) {
      parts.add("to " + r.to());
    }
    if (r.minAmount() != null) {
      parts.add("at least $" + String.format(Locale.US, "%,d", r.minAmount()));
    }
    if (r.maxAmount() != null) {
      parts.add("at most $" + String.format(Locale.US, "%,d", r.maxAmount()));
    }
    return "8-K filings: " + (parts.isEmpty() ? "all" : String.join(" · ", parts));
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
