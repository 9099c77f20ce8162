package io.filingssearch.filing;

/** The format a filing was read from, detected from its content. */
public enum FilingFormat {
  /** A plain-text 8-K, as filed in the 1990s and kept in {@code data/filings}. */
  TEXT("text"),
  /** An EDGAR full-submission SGML file ({@code <SEC-DOCUMENT>} or {@code <SUBMISSION>}). */
  SGML("sgml"),
  /** An HTML or inline-XBRL primary document. */
  HTML("html"),
  /** Text extracted by Stanford's 8-K data set ({@code FILE:}/{@code TIME:}/{@code EVENTS:}). */
  STANFORD("stanford");

  private final String label;

  FilingFormat(String label) {
    this.label = label;
  }

  /**
   * The lower-case name used in JSON, such as {@code sgml}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
