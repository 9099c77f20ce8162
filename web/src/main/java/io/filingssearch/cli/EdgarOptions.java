package io.filingssearch.cli;

import io.filingssearch.fetch.EdgarClient;
import io.filingssearch.fetch.UserAgent;
import java.net.URI;
import picocli.CommandLine.Option;

/** What every command that asks EDGAR shares: who asks, how fast, and where (a mirror). */
final class EdgarOptions {
  @Option(
      names = "--user-agent",
      paramLabel = "\"NAME EMAIL\"",
      description =
          "Who is asking, with an e-mail address (the SEC requires it), e.g. \"Jane Doe"
              + " jane@example.com\" (default: $FILINGS_USER_AGENT).")
  String userAgent;

  @Option(
      names = "--rate",
      paramLabel = "N",
      description = "Requests per second, at most 10 (default: 8).")
  double rate = EdgarClient.DEFAULT_RATE;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "A mirror standing for both EDGAR hosts (default: https://www.sec.gov and"
              + " https://data.sec.gov).")
  URI baseUrl;

  /**
   * The User-Agent given, else {@code $FILINGS_USER_AGENT}.
   *
   * @throws IllegalArgumentException when there is none or it has no e-mail address
   */
  UserAgent agent() {
    return UserAgent.of(userAgent);
  }

  /** A client for EDGAR (or the mirror) at the rate given, asking as {@code agent}. */
  EdgarClient client(UserAgent agent) {
    return new EdgarClient(baseUrl, agent, rate);
  }
}
