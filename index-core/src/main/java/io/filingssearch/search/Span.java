package io.filingssearch.search;

/**
 * A stretch of a text: UTF-16 offsets, as {@link String#substring(int, int)} takes them.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 */
public record Span(int start, int end) {
  /** Validates the offsets. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets: start=" + start + " end=" + end);
    }
  }
}
