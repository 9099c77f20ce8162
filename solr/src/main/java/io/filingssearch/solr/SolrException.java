package io.filingssearch.solr;

import java.io.IOException;

/** Solr refused a request (an HTTP 4xx): the request is wrong, another node would refuse it too. */
public final class SolrException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;

  SolrException(int status, String message) {
    super("Solr answered HTTP " + status + ": " + message);
    this.status = status;
  }

  /** The HTTP status Solr answered. */
  public int status() {
    return status;
  }
}
