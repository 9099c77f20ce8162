package io.filingssearch.internal;

import java.util.Arrays;
import org.apache.lucene.util.ArrayUtil;

/**
 * The pairs of neighbouring kept words of one section ({@link PhrasePairs}), as {@link
 * BodyAnalysis} reads them: each distinct pair (two word ids of the section and their distance)
 * numbered in order of appearance with its count, and every occurrence in order with the position
 * of its first word. Cleared for each section; reused by one thread.
 */
final class SectionPairs {
  /** Beyond this many pairs or occurrences, the tables are dropped on clearing (memory). */
  private final int keep;

  // The distinct pairs' keys ({@link #key}), open addressing, and the pair number in each slot.
  private long[] slots = new long[64];
  private int[] numberAt = new int[64];
  // By pair number: its key, its count, its slot.
  private int count;
  private long[] keys = new long[32];
  private int[] counts = new int[32];
  private int[] slotOf = new int[32];
  // Every occurrence in order: its pair number and the position of its first word.
  private int occurrences;
  private int[] occurrencePair = new int[64];
  private int[] occurrencePosition = new int[64];

  /**
   * @param keep beyond this many pairs or occurrences, a section's tables are dropped after it
   */
  SectionPairs(int keep) {
    this.keep = keep;
  }

  /** A pair of word ids and their distance as one number, never 0. */
  private static long key(int first, int second, int distance) {
    return ((long) first << 32) | ((long) second << 2) | distance;
  }

  /**
   * Counts an occurrence of a pair, adding the pair when new.
   *
   * @param first the first word's id
   * @param second the second word's id
   * @param distance how many positions the second follows the first (1 to 3)
   * @param position the first word's position
   */
  void add(int first, int second, int distance, int position) {
    int number = number(key(first, second, distance));
    if (occurrences == occurrencePair.length) {
      int n = ArrayUtil.oversize(occurrences + 1, Integer.BYTES);
      occurrencePair = Arrays.copyOf(occurrencePair, n);
      occurrencePosition = Arrays.copyOf(occurrencePosition, n);
    }
    occurrencePair[occurrences] = number;
    occurrencePosition[occurrences++] = position;
  }

  /** The number of the pair with this key, counted once more; added when new. */
  private int number(long key) {
    int mask = slots.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (true) {
      long k = slots[slot];
      if (k == key) {
        int i = numberAt[slot];
        counts[i]++;
        return i;
      }
      if (k == 0) {
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (count == keys.length) {
      int n = ArrayUtil.oversize(count + 1, Long.BYTES);
      keys = Arrays.copyOf(keys, n);
      counts = Arrays.copyOf(counts, n);
      slotOf = Arrays.copyOf(slotOf, n);
    }
    slots[slot] = key;
    numberAt[slot] = count;
    keys[count] = key;
    counts[count] = 1;
    slotOf[count] = slot;
    count++;
    if (count * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return count - 1;
  }

  private void rehash(int capacity) {
    slots = new long[capacity];
    numberAt = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < count; i++) {
      long h = keys[i] * 0x9E3779B97F4A7C15L;
      int slot = (int) (h ^ (h >>> 32)) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = keys[i];
      numberAt[slot] = i;
      slotOf[i] = slot;
    }
  }

  /** Empties the tables for the next section. */
  void clear() {
    if (count > keep) {
      slots = new long[64];
      numberAt = new int[64];
      keys = new long[32];
      counts = new int[32];
      slotOf = new int[32];
    } else {
      for (int i = 0; i < count; i++) {
        slots[slotOf[i]] = 0;
      }
    }
    count = 0;
    if (occurrences > keep) {
      occurrencePair = new int[64];
      occurrencePosition = new int[64];
    }
    occurrences = 0;
  }

  /** How many distinct pairs the section has. */
  int size() {
    return count;
  }

  /** How many times pair {@code i} occurs. */
  int count(int i) {
    return counts[i];
  }

  /** The first word's id of pair {@code i}. */
  int first(int i) {
    return (int) (keys[i] >>> 32);
  }

  /** The second word's id of pair {@code i}. */
  int second(int i) {
    return (int) ((keys[i] & 0xFFFFFFFFL) >>> 2);
  }

  /** How many positions the second word of pair {@code i} follows its first. */
  int distance(int i) {
    return (int) (keys[i] & 3);
  }

  /** How many pair occurrences the section has. */
  int occurrences() {
    return occurrences;
  }

  /** The pair number of occurrence {@code o}. */
  int pairAt(int o) {
    return occurrencePair[o];
  }

  /** The position of the first word of occurrence {@code o}. */
  int positionAt(int o) {
    return occurrencePosition[o];
  }
}
