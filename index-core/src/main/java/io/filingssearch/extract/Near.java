package io.filingssearch.extract;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern in a text, trying it only where a literal word it needs (a
 * trigger) occurs.
 *
 * <p>{@link Matcher#find()} over a whole section tries the pattern at every position, and the
 * extraction patterns (lookbehinds, alternations of words, lazy bridges of 100 characters) are slow
 * to reject a position; scanning for their triggers with {@link String#indexOf(String, int)} is an
 * order of magnitude faster, and most sections have few triggers. Two ways keep the matches those
 * of a whole-text scan:
 *
 * <ul>
 *   <li>{@link #at}: the pattern is only tried at given positions, which must include every place a
 *       match can start (a pattern that starts with its trigger word);
 *   <li>{@link #find}: the pattern is searched in windows around each trigger, which must hold
 *       every match containing it: {@code before} must reach the earliest start and {@code after}
 *       the furthest end, counted from the trigger's start and end.
 * </ul>
 *
 * Bounds are transparent, so lookarounds and word boundaries still see the text outside a window.
 */
final class Near {
  private final Matcher m;
  private final int length;
  // Disjoint windows in text order (start, end, start, end...), or null when trying starts.
  private final int[] windows;
  // The positions a match may start at, ascending, or null when searching windows.
  private final int[] starts;
  // Where in a window a match may start (null: anywhere); the pattern is only tried there.
  private final IntPredicate startOk;
  private int w;
  private int from;
  private int floor;

  private Near(Matcher m, int length, int[] windows, int[] starts) {
    this(m, length, windows, starts, null);
  }

  private Near(Matcher m, int length, int[] windows, int[] starts, IntPredicate startOk) {
    this.m = m.useTransparentBounds(true).useAnchoringBounds(false);
    this.length = length;
    this.windows = windows;
    this.starts = starts;
    this.startOk = startOk;
  }

  /**
   * The matches of {@code p} in {@code text} near {@code triggers}, compared case-sensitively.
   *
   * @param before how far before a trigger a match may start
   * @param after how far past a trigger's end a match may end
   */
  static Near find(Pattern p, String text, int before, int after, String... triggers) {
    return windowed(p, text, false, false, before, after, null, triggers);
  }

  /**
   * As {@link #find}, with triggers that are whole words: neither preceded nor followed by a
   * letter, digit or underscore ("pay" is not a trigger in "payment"); and in a window the pattern
   * is only tried at the positions {@code startOk} accepts, which must include every start of a
   * match.
   *
   * @param earliest for a trigger starting at a position, the earliest position a match holding it
   *     may start at
   */
  static Near findWords(
      Pattern p,
      String text,
      IntUnaryOperator earliest,
      int after,
      IntPredicate startOk,
      String... words) {
    return new Near(
        p.matcher(text),
        text.length(),
        windows(text, false, true, earliest, after, words),
        null,
        startOk);
  }

  /**
   * As {@link #find}, trying the pattern only at the positions {@code startOk} accepts, which must
   * include every start of a match (such as {@link #afterWord}).
   */
  static Near find(
      Pattern p, String text, int before, int after, IntPredicate startOk, String... triggers) {
    return windowed(p, text, false, false, before, after, startOk, triggers);
  }

  /** As {@link #find}, with triggers compared ignoring ASCII case (give them in lower case). */
  static Near findIgnoreCase(Pattern p, String text, int before, int after, String... triggers) {
    return windowed(p, text, true, false, before, after, null, triggers);
  }

  /** As {@link #find(Pattern, String, int, int, IntPredicate, String...)}, ignoring ASCII case. */
  static Near findIgnoreCase(
      Pattern p, String text, int before, int after, IntPredicate startOk, String... triggers) {
    return windowed(p, text, true, false, before, after, startOk, triggers);
  }

  private static Near windowed(
      Pattern p,
      String text,
      boolean ignoreCase,
      boolean wholeWords,
      int before,
      int after,
      IntPredicate startOk,
      String... triggers) {
    return new Near(
        p.matcher(text),
        text.length(),
        windows(text, ignoreCase, wholeWords, i -> i - before, after, triggers),
        null,
        startOk);
  }

  /**
   * The positions where a cue written {@code (?<=[A-Za-z.)])} and then whitespace, a comma or a
   * parenthesis can start ("Globex, as agent", "Globex (the Buyer)", "Globex is acting as"): right
   * after a letter, a dot or a closing parenthesis, at one of those characters.
   */
  static IntPredicate afterWord(String text) {
    return i -> {
      if (i == 0) {
        return false;
      }
      char b = text.charAt(i - 1);
      char c = text.charAt(i);
      return ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '.' || b == ')')
          && (isSpace(c) || c == ',' || c == '(');
    };
  }

  /** The matches of a cue's pattern in {@code text} that start where one of its words does. */
  static Near at(Cue cue, String text) {
    return at(cue.pattern(), text, occurrences(text, cue.starts()));
  }

  /** The matches of {@code p} in {@code text} that start where one of {@code triggers} does. */
  static Near at(Pattern p, String text, String... triggers) {
    return at(p, text, occurrences(text, triggers));
  }

  /** The matches of {@code p} in {@code text} that start at one of {@code starts} (any order). */
  static Near at(Pattern p, String text, int[] starts) {
    int[] sorted = starts.clone();
    Arrays.sort(sorted);
    return new Near(p.matcher(text), text.length(), null, sorted);
  }

  /** Where the triggers occur in the text, case-sensitively, in no particular order. */
  static int[] occurrences(String text, String... triggers) {
    if (triggers.length == 1) {
      return TextIndex.occurrences(text, triggers[0], false);
    }
    TextIndex index = TextIndex.of(text).expect(triggers.length);
    int[] out = new int[16];
    int n = 0;
    for (String t : triggers) {
      int[] found = index.occurrences(t, false);
      if (n + found.length > out.length) {
        out = Arrays.copyOf(out, Math.max(2 * out.length, n + found.length));
      }
      System.arraycopy(found, 0, out, n, found.length);
      n += found.length;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Where {@code t} occurs in the text ignoring ASCII case, ascending.
   *
   * @param t the string, in lower case
   */
  static int[] occurrencesIgnoringCase(String text, String t) {
    return TextIndex.occurrences(text, t, true);
  }

  /**
   * The {@code starts} followed by one of {@code targets} within {@code reach} characters (a target
   * starting after a start and at most {@code reach} past it).
   */
  static int[] followedBy(int[] starts, String text, int reach, String... targets) {
    int[] t = occurrences(text, targets);
    Arrays.sort(t);
    int n = 0;
    int[] out = new int[starts.length];
    for (int s : starts) {
      int k = Arrays.binarySearch(t, s + 1);
      k = k < 0 ? -k - 1 : k;
      if (k < t.length && t[k] <= s + reach) {
        out[n++] = s;
      }
    }
    return Arrays.copyOf(out, n);
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
    // The windows or starts passed over so far were passed for positions from floor on; going back
    // before it starts over (callers move forward, so this is rare).
    if (pos < floor) {
      w = 0;
    }
    floor = pos;
    return starts != null ? lookingAt(pos) : search(pos);
  }

  private boolean lookingAt(int pos) {
    for (; w < starts.length; w++) {
      if (starts[w] >= pos && m.region(starts[w], length).lookingAt()) {
        from = m.end() > m.start() ? m.end() : m.end() + 1;
        floor = starts[w] + 1;
        w++;
        return true;
      }
    }
    return false;
  }

  private boolean search(int pos) {
    while (w < windows.length) {
      int end = windows[w + 1];
      if (pos < end && startOk == null) {
        m.region(Math.max(pos, windows[w]), end);
        if (m.find()) {
          from = m.end() > m.start() ? m.end() : m.end() + 1;
          return true;
        }
      } else if (pos < end) {
        for (int i = Math.max(pos, windows[w]); i < end; i++) {
          if (startOk.test(i) && m.region(i, end).lookingAt()) {
            from = m.end() > m.start() ? m.end() : m.end() + 1;
            return true;
          }
        }
      }
      w += 2;
    }
    return false;
  }

  private static int[] windows(
      String text,
      boolean ignoreCase,
      boolean wholeWords,
      IntUnaryOperator earliest,
      int after,
      String... triggers) {
    long[] spans = new long[16];
    int n = 0;
    int len = text.length();
    TextIndex index = TextIndex.of(text).expect(triggers.length);
    for (String t : triggers) {
      for (int i : index.occurrences(t, ignoreCase)) {
        int e = i + t.length();
        if (wholeWords
            && ((i > 0 && isWordChar(text.charAt(i - 1)))
                || (e < len && isWordChar(text.charAt(e))))) {
          continue;
        }
        if (n == spans.length) {
          spans = Arrays.copyOf(spans, n * 2);
        }
        long start = Math.max(0, earliest.applyAsInt(i));
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

  /** A character of the regular expressions' {@code \\s}: a space, tab, line end or form feed. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  /** A character of {@code \\w} as {@code \\b} sees it. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * {@link String#indexOf(String, int)}, optionally ignoring ASCII case; {@code t} in lower case.
   */
  static int indexOf(String text, String t, int from, boolean ignoreCase) {
    return ignoreCase ? TextIndex.lowerCase(text).indexOf(t, from) : text.indexOf(t, from);
  }
}
