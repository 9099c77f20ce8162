package io.filingssearch.web;

/** The server cannot take a request now: too many run and wait already. Answered 503. */
final class ServerBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ServerBusyException(String message) {
    super(message);
  }
}
