package io.filingssearch.internal;

import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The word pairs of the stemmed body ({@link Fields#BODY_PAIRS}), in one place for the indexer that
 * writes them and the searcher that reads them.
 *
 * <p>A pair is two neighbouring kept words of the stemmed body (stop words are not kept) and the
 * distance between their positions: 1 when nothing stood between them, 2 or 3 when one or two stop
 * words did. It is written as the first word's UTF-8, one byte holding the distance, and the second
 * word's UTF-8, at the position of its first word (an index written before 2026-12-03 keeps each
 * distinct pair once per section, documents only or with its count). Words holding a digit make no
 * pairs: numbers, which fill the financial tables, make pairs that are nearly all different, and a
 * phrase of numbers is rare and quick anyway.
 *
 * <p>What it is for: a phrase whose words are all common ({@code "stock purchase agreement"}) must
 * otherwise read the positions of every section holding all of them; its pairs are far rarer, so a
 * phrase first asks for the sections holding all of its pairs. For neighbouring words with nothing
 * between them that is exact (a section matching the phrase holds the pair). Where the phrase has a
 * stop word, the pair asks that the section have the two words with a stop word between them, as
 * the phrase says, where a plain Lucene phrase would also take any word there ({@code "board of
 * directors"} matched {@code "board member directors"}).
 */
public final class PhrasePairs {
  private PhrasePairs() {}

  /** The largest distance between the two words of a pair: two stop words between them. */
  public static final int MAX_DISTANCE = 3;

  /** Commit user-data value of {@link Fields#COMMIT_PHRASE_PAIRS} when every section has pairs. */
  static final String ALL = "all";

  /**
   * The pair term of two stemmed words of a phrase, or null when they make no pair (too far apart,
   * or one holds a digit): what a phrase asks the index for.
   *
   * @param first the first word as the stemmed body holds it
   * @param distance how many positions the second word follows the first
   * @param second the second word
   * @return the term's bytes, or null
   */
  public static BytesRef termOf(BytesRef first, int distance, BytesRef second) {
    return within(distance) && pairable(first) && pairable(second)
        ? term(first, distance, second)
        : null;
  }

  /** Whether two kept words this many positions apart make a pair. */
  static boolean within(int distance) {
    return distance >= 1 && distance <= MAX_DISTANCE;
  }

  /**
   * The pair term of two stemmed words.
   *
   * @param first the first word as the stemmed body holds it
   * @param distance how many positions the second word follows the first (1 to {@link
   *     #MAX_DISTANCE})
   * @param second the second word
   * @return the term's bytes
   */
  public static BytesRef term(BytesRef first, int distance, BytesRef second) {
    if (!within(distance)) {
      throw new IllegalArgumentException("distance " + distance + " is not 1 to " + MAX_DISTANCE);
    }
    BytesRefBuilder b = new BytesRefBuilder();
    write(b, first, distance, second);
    return b.toBytesRef();
  }

  /**
   * Whether a stemmed word can be one of a pair: it holds no digit.
   *
   * @param word the word as the stemmed body holds it
   * @return whether pairs with it are indexed and asked for
   */
  public static boolean pairable(BytesRef word) {
    for (int i = word.offset, end = word.offset + word.length; i < end; i++) {
      byte b = word.bytes[i];
      if (b >= '0' && b <= '9') {
        return false;
      }
    }
    return true;
  }

  /** Writes a pair term into {@code to}, replacing what it held. */
  static void write(BytesRefBuilder to, BytesRef first, int distance, BytesRef second) {
    to.clear();
    to.append(first);
    to.append((byte) distance);
    to.append(second);
  }

  /**
   * Whether every section of the index that a reader reads has its pairs: the index was built whole
   * by a version that writes them (an older index, or one updated by a newer version after an older
   * one built it, has sections without, and a phrase there must not ask for pairs).
   *
   * @param reader the searcher's reader
   * @return whether phrases may be narrowed by their pairs
   */
  public static boolean indexed(IndexReader reader) {
    Map<String, String> data;
    if (reader instanceof StandardDirectoryReader s) {
      data = s.getSegmentInfos().getUserData();
    } else if (reader instanceof DirectoryReader d) {
      try {
        data = d.getIndexCommit().getUserData();
      } catch (java.io.IOException e) {
        return false; // cannot tell: plain phrases, which are right on any index
      }
    } else {
      return false;
    }
    return ALL.equals(data.get(Fields.COMMIT_PHRASE_PAIRS));
  }

  /**
   * The commit user data that keeps the pairs' promise across commits: {@link #ALL} when the index
   * is written whole ({@code fresh}) or the commit before said so.
   *
   * @param fresh whether the index is being built from nothing
   * @param previous the user data of the commit written before (empty for none)
   * @return the entry to write, or null for none
   */
  public static Map.Entry<String, String> commitEntry(
      boolean fresh, Iterable<Map.Entry<String, String>> previous) {
    boolean all = fresh;
    if (!all && previous != null) {
      for (Map.Entry<String, String> e : previous) {
        all |= e.getKey().equals(Fields.COMMIT_PHRASE_PAIRS) && ALL.equals(e.getValue());
      }
    }
    return all ? Map.entry(Fields.COMMIT_PHRASE_PAIRS, ALL) : null;
  }
}
