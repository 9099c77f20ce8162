package io.filingssearch.fetch;

import java.util.regex.Pattern;

/**
 * The User-Agent EDGAR requires of automated clients: who you are and an e-mail address to reach
 * you ("Jane Doe jane@example.com"). The SEC blocks clients that do not declare one.
 *
 * @param value the header value, with an e-mail address in it
 */
public record UserAgent(String value) {
  /** The environment variable read when no {@code --user-agent} is given. */
  public static final String ENV = "FILINGS_USER_AGENT";

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException naming {@code --user-agent} when the value is missing, has no
   *     e-mail address or contains a line break
   */
  public UserAgent {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "--user-agent is required by the SEC's fair-access rules: give your name and e-mail,"
              + " e.g. --user-agent \"Jane Doe jane@example.com\" (or set "
              + ENV
              + ")");
    }
    value = value.strip();
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("--user-agent must be one line");
    }
    if (!EMAIL.matcher(value).find()) {
      throw new IllegalArgumentException(
          "--user-agent \""
              + value
              + "\" has no e-mail address; the SEC requires one to reach you,"
              + " e.g. \"Jane Doe jane@example.com\"");
    }
  }

  /**
   * The given value, else the one in {@value #ENV}.
   *
   * @param given the option's value, or null
   * @return the checked User-Agent
   * @throws IllegalArgumentException when neither holds a valid one
   */
  public static UserAgent of(String given) {
    return new UserAgent(given != null ? given : System.getenv(ENV));
  }
}
