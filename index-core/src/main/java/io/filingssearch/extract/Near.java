package io.filingssearch.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern in a text, trying it only in windows around the places where a
 * literal word it needs (a trigger) occurs.
 *
 * <p>{@link Matcher#find()} over a whole section tries the pattern at every position, and the
 * extraction patterns (lookbehinds, alternations of words, lazy bridges of 100 characters) are slow
 * to reject a position; scanning for their triggers with {@link String#indexOf(String, int)} is an
 * order of magnitude faster, and most sections have few triggers. The matches are those of a
 * whole-text scan as long as each window holds every match containing its trigger: {@code before}
 * must reach the earliest start and {@code after} the furthest end, counted from the trigger's
 * start and end. Bounds are transparent, so lookarounds and word boundaries still see the text
 * outside a window.
 */
final class Near {
  private final Matcher m;
  // Disjoint windows in text order: start, end, start, end...
  private final int[] windows;
  private int w;
  private int from;

  private Near(Matcher m, int[] windows) {
    this.m = m.useTransparentBounds(true).useAnchoringBounds(false);
    this.windows = windows;
  }

  /**
   * The matches of {@code p} in {@code text} near {@code triggers}, compared case-sensitively.
   *
   * @param before how far before a trigger a match may start
   * @param after how far past a trigger's end a match may end
   */
  static Near find(Pattern p, String text, int before, int after, String... triggers) {
    return new Near(p.matcher(text), windows(text, false, before, after, triggers));
  }

  /** As {@link #find}, with triggers compared ignoring ASCII case (give them in lower case). */
  static Near findIgnoreCase(Pattern p, String text, int before, int after, String... triggers) {
    return new Near(p.matcher(text), windows(text, true, before, after, triggers));
  }

  /** The matcher holding the last match found. */
  Matcher matcher() {
    return m;
  }

  /** Finds the next match, after the end of the last one. */
  boolean find() {
    return find(from);
  }

  /** Finds the first match starting at or after {@code pos}, like {@link Matcher#find(int)}. */
  boolean find(int pos) {
    while (w < windows.length) {
      int end = windows[w + 1];
      if (pos < end) {
        m.region(Math.max(pos, windows[w]), end);
        if (m.find()) {
          from = m.end() > m.start() ? m.end() : m.end() + 1;
          return true;
        }
      }
      w += 2;
    }
    return false;
  }

  private static int[] windows(
      String text, boolean ignoreCase, int before, int after, String... triggers) {
    long[] spans = new long[16];
    int n = 0;
    int len = text.length();
    for (String t : triggers) {
      for (int i = indexOf(text, t, 0, ignoreCase);
          i >= 0;
          i = indexOf(text, t, i + 1, ignoreCase)) {
        if (n == spans.length) {
          spans = Arrays.copyOf(spans, n * 2);
        }
        long start = Math.max(0, i - before);
        long end = Math.min(len, i + t.length() + after);
        spans[n++] = start << 32 | end;
      }
    }
    Arrays.sort(spans, 0, n);
    int[] out = new int[2 * n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      int start = (int) (spans[i] >>> 32);
      int end = (int) spans[i];
      if (k > 0 && start <= out[k - 1]) {
        out[k - 1] = Math.max(out[k - 1], end);
      } else {
        out[k++] = start;
        out[k++] = end;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /**
   * {@link String#indexOf(String, int)}, optionally ignoring ASCII case; {@code t} in lower case.
   */
  static int indexOf(String text, String t, int from, boolean ignoreCase) {
    if (!ignoreCase) {
      return text.indexOf(t, from);
    }
    char lower = t.charAt(0);
    char upper = Character.toUpperCase(lower);
    // Two indexOf scans for the first letter, which are vectorized, then a check of the rest.
    int a = text.indexOf(lower, from);
    int b = lower == upper ? -1 : text.indexOf(upper, from);
    while (a >= 0 || b >= 0) {
      int i = b < 0 || (a >= 0 && a < b) ? a : b;
      if (text.regionMatches(true, i + 1, t, 1, t.length() - 1)) {
        return i;
      }
      if (i == a) {
        a = text.indexOf(lower, i + 1);
      } else {
        b = text.indexOf(upper, i + 1);
      }
    }
    return -1;
  }
}
