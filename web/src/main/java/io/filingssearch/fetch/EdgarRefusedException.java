package io.filingssearch.fetch;

import java.io.IOException;

/**
 * EDGAR kept refusing (429, 503, 403) after every retry: the run stops, because going on would only
 * prolong a block (the SEC blocks over-eager clients for about ten minutes).
 */
public final class EdgarRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  EdgarRefusedException(String message) {
    super(message);
  }
}
