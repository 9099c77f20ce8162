package io.filingssearch.parse;

/** A file that cannot be read as an 8-K filing; the message names the file and the reason. */
public final class BadFilingException extends Exception {
  private final String source;

  /**
   * Creates the exception.
   *
   * @param source the file or name of the input
   * @param reason why it is not a filing, in words a user understands
   */
  public BadFilingException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param source the file or name of the input
   * @param reason why it is not a filing
   * @param cause what went wrong underneath
   */
  public BadFilingException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
  }

  /**
   * The file or name of the input that failed.
   *
   * @return the source given when the exception was made
   */
  public String source() {
    return source;
  }
}
