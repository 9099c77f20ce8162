package io.filingssearch.extract;

import java.util.Arrays;

/**
 * Where each three-character sequence of a text occurs, for the texts that are searched for many
 * literal strings: the extractors look for hundreds of trigger words in each section, and one
 * {@link String#indexOf} pass per word over the whole text was a third of extraction's time. With
 * the positions sorted by their first three characters (a counting sort, two passes), the
 * occurrences of a word are found among the few positions that start like it.
 *
 * <p>Per thread, the last few texts searched are remembered, and a text gets its index only once it
 * has been searched several times; until then, and for strings shorter than three characters,
 * {@link String#indexOf} is used. Either way the answer is the same: every position where the
 * string occurs, overlapping occurrences included, in ascending order.
 */
final class TextIndex {
  // A text is indexed once it has been searched this many times.
  private static final int SEARCHES_BEFORE_INDEX = 32;
  // How many texts each thread remembers (a section's text, its body, their lower-case forms).
  private static final int REMEMBERED = 4;
  private static final int BITS = 12;
  private static final int BUCKETS = 1 << BITS;

  private static final ThreadLocal<TextIndex[]> RECENT =
      ThreadLocal.withInitial(
          () -> {
            TextIndex[] recent = new TextIndex[REMEMBERED];
            for (int i = 0; i < REMEMBERED; i++) {
              recent[i] = new TextIndex();
            }
            return recent;
          });

  private String text;
  private int searches;
  private boolean indexed;
  // Bucket b's positions are pos[first[b]] .. pos[first[b + 1] - 1], ascending.
  private final int[] first = new int[BUCKETS + 1];
  private int[] pos = new int[0];
  // When it was last used, to replace the least recently used.
  private long used;
  private static final ThreadLocal<long[]> CLOCK = ThreadLocal.withInitial(() -> new long[1]);

  private TextIndex() {}

  /**
   * Every position where {@code s} occurs in {@code text}, ascending.
   *
   * @param text the text
   * @param s a non-empty string
   * @return the positions
   */
  static int[] occurrences(String text, String s) {
    TextIndex index = of(text);
    if (index.indexed && s.length() >= 3) {
      return index.find(s);
    }
    int[] out = new int[8];
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = i;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static TextIndex of(String text) {
    TextIndex[] recent = RECENT.get();
    long now = ++CLOCK.get()[0];
    TextIndex oldest = recent[0];
    for (TextIndex r : recent) {
      if (r.text == text) {
        r.used = now;
        if (!r.indexed && ++r.searches >= SEARCHES_BEFORE_INDEX) {
          r.build();
        }
        return r;
      }
      if (r.used < oldest.used) {
        oldest = r;
      }
    }
    oldest.text = text;
    oldest.searches = 1;
    oldest.indexed = false;
    oldest.used = now;
    return oldest;
  }

  private static int key(char a, char b, char c) {
    return ((a << 16 ^ b << 8 ^ c) * 0x9E3779B1) >>> (32 - BITS);
  }

  private void build() {
    int n = text.length() - 2;
    Arrays.fill(first, 0);
    if (n <= 0) {
      indexed = true;
      return;
    }
    if (pos.length < n) {
      pos = new int[Math.max(n, pos.length * 2)];
    }
    char[] c = text.toCharArray();
    for (int i = 0; i < n; i++) {
      first[key(c[i], c[i + 1], c[i + 2]) + 1]++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      first[b + 1] += first[b];
    }
    // Filled through each bucket's own cursor, kept in a copy of the starts.
    int[] next = Arrays.copyOf(first, BUCKETS);
    for (int i = 0; i < n; i++) {
      pos[next[key(c[i], c[i + 1], c[i + 2])]++] = i;
    }
    indexed = true;
  }

  private int[] find(String s) {
    int b = key(s.charAt(0), s.charAt(1), s.charAt(2));
    int from = first[b];
    int to = first[b + 1];
    int[] out = new int[Math.min(8, to - from)];
    int n = 0;
    for (int k = from; k < to; k++) {
      int i = pos[k];
      if (text.startsWith(s, i)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
