package io.filingssearch.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
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
    return new Near(
        p.matcher(text), text.length(), windows(text, false, false, before, after, triggers), null);
  }

  /**
   * As {@link #find}, with triggers that are whole words: neither preceded nor followed by a
   * letter, digit or underscore ("pay" is not a trigger in "payment"); and in a window the pattern
   * is only tried at the positions {@code startOk} accepts, which must include every start of a
   * match.
   */
  static Near findWords(
      Pattern p, String text, int before, int after, IntPredicate startOk, String... words) {
    return new Near(
        p.matcher(text),
        text.length(),
        windows(text, false, true, before, after, words),
        null,
        startOk);
  }

  /** As {@link #find}, with triggers compared ignoring ASCII case (give them in lower case). */
  static Near findIgnoreCase(Pattern p, String text, int before, int after, String... triggers) {
    return new Near(
        p.matcher(text), text.length(), windows(text, true, false, before, after, triggers), null);
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
    if (triggers.length >= ONE_PASS) {
      long[] found = Literals.of(triggers, false).scan(text);
      int[] out = new int[found.length];
      for (int i = 0; i < found.length; i++) {
        out[i] = (int) (found[i] >>> 32);
      }
      return out;
    }
    int[] out = new int[16];
    int n = 0;
    for (String t : triggers) {
      for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
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
      int before,
      int after,
      String... triggers) {
    long[] spans = new long[16];
    int n = 0;
    int len = text.length();
    if (triggers.length >= ONE_PASS) {
      for (long found : Literals.of(triggers, ignoreCase).scan(text)) {
        int i = (int) (found >>> 32);
        int e = i + triggers[(int) found].length();
        if (wholeWords
            && ((i > 0 && isWordChar(text.charAt(i - 1)))
                || (e < len && isWordChar(text.charAt(e))))) {
          continue;
        }
        if (n == spans.length) {
          spans = Arrays.copyOf(spans, n * 2);
        }
        spans[n++] = (long) Math.max(0, i - before) << 32 | Math.min(len, e + after);
      }
      return merge(spans, n);
    }
    for (String t : triggers) {
      for (int i = indexOf(text, t, 0, ignoreCase);
          i >= 0;
          i = indexOf(text, t, i + 1, ignoreCase)) {
        int e = i + t.length();
        if (wholeWords
            && ((i > 0 && isWordChar(text.charAt(i - 1)))
                || (e < len && isWordChar(text.charAt(e))))) {
          continue;
        }
        if (n == spans.length) {
          spans = Arrays.copyOf(spans, n * 2);
        }
        long start = Math.max(0, i - before);
        long end = Math.min(len, i + t.length() + after);
        spans[n++] = start << 32 | end;
      }
    }
    return merge(spans, n);
  }

  /** The first {@code n} spans ({@code start << 32 | end}) sorted, overlapping ones merged. */
  private static int[] merge(long[] spans, int n) {
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
   * From this many triggers, the text is read once for all of them rather than once for each (a cue
   * of legal forms has over a hundred).
   */
  private static final int ONE_PASS = 6;

  /** Literals of trigger lists looked for in one pass, by the identity of their array. */
  private static final Map<String[], Literals> LITERALS = new ConcurrentHashMap<>();

  /** Bound of {@link #LITERALS}: arrays built per call (not a cue's) are not kept beyond it. */
  private static final int MAX_KEPT = 256;

  /**
   * A list of triggers looked for in one pass over a text: at each character, only the triggers
   * that start with it and the next character are compared. Finds what {@link #indexOf} finds for
   * each trigger.
   */
  private static final class Literals {
    private final String[] words;
    private final boolean ignoreCase;
    // The triggers (indexes into words) by their first two characters, when both are ASCII (folded
    // to lower case when ignoring case): see key.
    private final int[][] byPair = new int[128 * 128][];
    // The other triggers: by their first character when it is ASCII, else in others.
    private final int[][] byFirst = new int[128][];
    private final int[] others;
    private static final int[] NONE = {};

    private Literals(String[] words, boolean ignoreCase) {
      this.words = words;
      this.ignoreCase = ignoreCase;
      int[] rest = new int[words.length];
      int r = 0;
      for (int k = 0; k < words.length; k++) {
        String w = words[k];
        char first = w.charAt(0);
        char upper = ignoreCase ? Character.toUpperCase(first) : first;
        if (first >= 128 || upper >= 128) {
          rest[r++] = k;
        } else if (w.length() > 1 && pairable(w.charAt(1))) {
          byPair[key(first, w.charAt(1))] = add(byPair[key(first, w.charAt(1))], k);
          if (upper != first) {
            byPair[key(upper, w.charAt(1))] = add(byPair[key(upper, w.charAt(1))], k);
          }
        } else {
          byFirst[first] = add(byFirst[first], k);
          if (upper != first) {
            byFirst[upper] = add(byFirst[upper], k);
          }
        }
      }
      others = Arrays.copyOf(rest, r);
    }

    /**
     * Whether a trigger's second character can key it: any ASCII one when comparing case; when
     * ignoring it, a lower-case letter (compared as {@link Near#indexOf} does, folding ASCII case).
     */
    private boolean pairable(char second) {
      return ignoreCase ? second >= 'a' && second <= 'z' : second < 128;
    }

    /** The slot of two ASCII characters, the second folded to lower case when ignoring case. */
    private int key(char first, char second) {
      return first << 7 | (ignoreCase ? (second | 0x20) & 0x7f : second);
    }

    private static int[] add(int[] a, int k) {
      a = a == null ? new int[1] : Arrays.copyOf(a, a.length + 1);
      a[a.length - 1] = k;
      return a;
    }

    static Literals of(String[] words, boolean ignoreCase) {
      Literals l = LITERALS.get(words);
      if (l == null || l.ignoreCase != ignoreCase) {
        l = new Literals(words, ignoreCase);
        if (LITERALS.size() < MAX_KEPT) {
          LITERALS.put(words, l);
        }
      }
      return l;
    }

    /** Each occurrence as {@code position << 32 | trigger index}, in text order. */
    long[] scan(String text) {
      long[] out = new long[16];
      int n = 0;
      int len = text.length();
      for (int i = 0; i < len; i++) {
        char c = text.charAt(i);
        int[] first = c < 128 ? byFirst[c] : others;
        int[] pair = null;
        if (c < 128 && i + 1 < len) {
          char d = text.charAt(i + 1);
          // A trigger keyed by its second character has an ASCII one there.
          pair = d < 128 ? byPair[key(c, d)] : null;
        }
        if (first == null && pair == null) {
          continue;
        }
        for (int[] candidates : new int[][] {first, pair}) {
          for (int k : candidates == null ? NONE : candidates) {
            if (matchesAt(text, i, c, words[k])) {
              if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
              }
              out[n++] = (long) i << 32 | k;
            }
          }
        }
      }
      return Arrays.copyOf(out, n);
    }

    /** Whether {@code t} occurs at {@code i}, compared as {@link Near#indexOf} compares. */
    private boolean matchesAt(String text, int i, char c, String t) {
      if (!ignoreCase) {
        return text.startsWith(t, i);
      }
      char lower = t.charAt(0);
      if (c != lower && c != Character.toUpperCase(lower)) {
        return false; // a trigger of another first character (not ASCII)
      }
      char second = t.length() > 1 && t.charAt(1) >= 'a' && t.charAt(1) <= 'z' ? t.charAt(1) : 0;
      return (second == 0 || (i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == second))
          && text.regionMatches(true, i + 1, t, 1, t.length() - 1);
    }
  }

  /** A character of {@code \\w} as {@code \\b} sees it. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
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
    // The second character, when an ASCII letter, is compared first: most first letters are
    // followed by something else, and regionMatches ignoring case is slow.
    char second = t.length() > 1 && t.charAt(1) >= 'a' && t.charAt(1) <= 'z' ? t.charAt(1) : 0;
    while (a >= 0 || b >= 0) {
      int i = b < 0 || (a >= 0 && a < b) ? a : b;
      boolean candidate =
          second == 0 || (i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == second);
      if (candidate && text.regionMatches(true, i + 1, t, 1, t.length() - 1)) {
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
