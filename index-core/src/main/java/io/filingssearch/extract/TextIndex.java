package io.filingssearch.extract;

import java.util.Arrays;

/**
 * Where each three-character sequence of a text occurs, for the texts that are searched for many
 * literal strings: the extractors look for hundreds of trigger words in each section, and one
 * {@link String#indexOf} pass per word over the whole text was a third of extraction's time. With
 * the positions sorted by their first three characters (a counting sort, two passes), the
 * occurrences of a word are found among the few positions that start like it.
 *
 * <p>The sequences are those of the text with its ASCII letters in lower case, so that one index
 * answers searches that respect case (checked against the text) and searches that ignore it
 * (checked against the lower-case text). Per thread, the last few texts searched are remembered,
 * and a text gets its index only once it has been searched several times; until then, and for
 * strings shorter than three characters, {@link String#indexOf} is used. Either way the answer is
 * the same: every position where the string occurs, overlapping occurrences included, ascending.
 */
final class TextIndex {
  // A text is indexed once it has been searched this many times (an index costs about as much as a
  // dozen indexOf passes; 12 and 32 measured no faster over the corpus).
  private static final int SEARCHES_BEFORE_INDEX = 24;
  // How many texts each thread remembers (a section's text and its body without boilerplate).
  private static final int REMEMBERED = 3;
  private static final int BITS = 12;
  private static final int BUCKETS = 1 << BITS;
  // Buffers grown past this many entries (a section of a million characters) are let go when the
  // entry moves on to another text, so that a thread does not hold them for good.
  private static final int KEEP_BUFFER = 1 << 20;

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
  // The text with ASCII letters in lower case, or null until needed.
  private String lower;
  private char[] lowerChars = new char[0];
  private int searches;
  private boolean indexed;
  // Bucket b's positions are pos[first[b]] .. pos[first[b + 1] - 1], ascending.
  private final int[] first = new int[BUCKETS + 1];
  private final int[] next = new int[BUCKETS];
  private int[] pos = new int[0];
  // When it was last used, to replace the least recently used; the thread's clock is kept in the
  // first entry.
  private long used;
  private long clock;

  private TextIndex() {}

  /**
   * Every position where {@code s} occurs in {@code text}, ascending.
   *
   * @param text the text
   * @param s a non-empty string
   * @param ignoreCase whether ASCII case is ignored ({@code s} then in lower case)
   * @return the positions
   */
  static int[] occurrences(String text, String s, boolean ignoreCase) {
    return of(text).occurrences(s, ignoreCase);
  }

  /**
   * The entry of a text, to search it for several strings in a row (while no other text is searched
   * on this thread, which could take the entry over).
   */
  static TextIndex of(String text) {
    TextIndex[] recent = RECENT.get();
    long now = ++recent[0].clock;
    TextIndex oldest = recent[0];
    for (TextIndex r : recent) {
      if (r.text == text) {
        r.used = now;
        return r;
      }
      if (r.used < oldest.used) {
        oldest = r;
      }
    }
    oldest.reuseFor(text);
    oldest.used = now;
    return oldest;
  }

  /**
   * Says that {@code n} searches of this text follow, so that the index is built before them when
   * they bring the text to the threshold (instead of after the first few).
   *
   * @return this entry
   */
  TextIndex expect(int n) {
    if (!indexed && searches + n >= SEARCHES_BEFORE_INDEX) {
      build();
    }
    return this;
  }

  /**
   * Every position where {@code s} occurs in this entry's text, ascending.
   *
   * @param s a non-empty string
   * @param ignoreCase whether ASCII case is ignored ({@code s} then in lower case)
   * @return the positions
   */
  int[] occurrences(String s, boolean ignoreCase) {
    if (!indexed && ++searches >= SEARCHES_BEFORE_INDEX) {
      build();
    }
    String searched = ignoreCase ? lower() : text;
    if (indexed && s.length() >= 3) {
      return find(s, searched);
    }
    int[] out = new int[8];
    int n = 0;
    for (int i = searched.indexOf(s); i >= 0; i = searched.indexOf(s, i + 1)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = i;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * The text with its ASCII letters in lower case and every other character as it is (so of the
   * same length: positions in one are positions in the other), computed once per text and thread.
   */
  static String lowerCase(String text) {
    return of(text).lower();
  }

  /** Makes this entry the one of {@code text}, letting go of buffers grown for a very long text. */
  private void reuseFor(String text) {
    if (pos.length > KEEP_BUFFER || lowerChars.length > KEEP_BUFFER) {
      pos = new int[0];
      lowerChars = new char[0];
    }
    this.text = text;
    lower = null;
    searches = 0;
    indexed = false;
  }

  private String lower() {
    if (lower == null) {
      int n = text.length();
      if (lowerChars.length < n) {
        lowerChars = new char[Math.max(n, 2 * lowerChars.length)];
      }
      char[] c = lowerChars;
      text.getChars(0, n, c, 0);
      for (int i = 0; i < n; i++) {
        // Without a branch, so that the loop is vectorized: 0x20 is added to A-Z only.
        int x = c[i];
        c[i] = (char) (x | (((x - 'A') & 0xFFFF) < 26 ? 0x20 : 0));
      }
      lower = new String(c, 0, n);
    }
    return lower;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  private static int key(char a, char b, char c) {
    return ((a << 16 ^ b << 8 ^ c) * 0x9E3779B1) >>> (32 - BITS);
  }

  private void build() {
    lower();
    char[] c = lowerChars; // holds the lower-case text
    int n = text.length() - 2;
    Arrays.fill(first, 0);
    indexed = true;
    if (n <= 0) {
      return;
    }
    if (pos.length < n) {
      pos = new int[Math.max(n, pos.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      first[key(c[i], c[i + 1], c[i + 2]) + 1]++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      first[b + 1] += first[b];
    }
    System.arraycopy(first, 0, next, 0, BUCKETS);
    for (int i = 0; i < n; i++) {
      pos[next[key(c[i], c[i + 1], c[i + 2])]++] = i;
    }
  }

  /** The positions where {@code s} starts in {@code searched}: the text or its lower case. */
  private int[] find(String s, String searched) {
    int b = key(fold(s.charAt(0)), fold(s.charAt(1)), fold(s.charAt(2)));
    int from = first[b];
    int to = first[b + 1];
    int[] out = new int[Math.min(8, to - from)];
    int n = 0;
    for (int k = from; k < to; k++) {
      int i = pos[k];
      if (searched.startsWith(s, i)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
