package io.filingssearch.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Analyzes a section's text once for the body fields, giving exactly the terms, positions, offsets
 * and frequencies that {@link Analyzers#perField()} gives them field by field.
 *
 * <p>Why: the two fields were the largest cost of a build. Each ran the same {@link
 * StandardTokenizer} over the same text, and the exact body, which keeps only documents and
 * frequencies, added every occurrence of a word to the writer's term table (a lookup in a table of
 * the whole segment's words, a cache miss each). Here the text is tokenized once; each distinct
 * lower-cased word of the section is looked up in a small table of the section's own words, which
 * counts its occurrences and remembers its stemmed form (the English chain of possessive, lower
 * case, stop words and Porter stemming, run once per distinct word instead of once per occurrence).
 * The stemmed body is then fed token by token, and the exact body once per distinct word with its
 * count as a custom term frequency, which Lucene indexes as that many occurrences (same postings,
 * same norms).
 *
 * <p>While the stemmed body is read, the pairs of neighbouring kept words ({@link PhrasePairs}) are
 * collected in a table of the section's distinct pairs with their counts and a list of their
 * occurrences, and fed after the exact body: each occurrence at its position.
 *
 * <p>The stemmed chain depends on a word's lower-cased form only: the possessive filter strips
 * {@code 's}/{@code 'S} before lower-casing, which is the same as stripping {@code 's} after it.
 *
 * <p>Each indexing thread has its own analysis state; the writer consumes one field's tokens at a
 * time on the thread that adds the document, the body field before the exact one. When the exact
 * field finds the state holding another text (a document built otherwise), it analyzes the text
 * itself: the order of fields is a matter of speed, never of what is indexed.
 */
final class BodyAnalysis {
  private static final ThreadLocal<BodyAnalysis> PER_THREAD =
      ThreadLocal.withInitial(BodyAnalysis::new);

  /** Beyond this many distinct words, a section's tables are dropped after it (memory). */
  private static final int KEEP_WORDS = 1 << 16;

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final CharTermAttribute rawTerm = tokenizer.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute rawOffset = tokenizer.addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute rawPosInc =
      tokenizer.addAttribute(PositionIncrementAttribute.class);
  private boolean tokenizerOpen;

  private final Stemmer stemmer = new Stemmer();

  /** The text whose words the tables hold, and whether all of them were read. */
  private String owner;

  private boolean complete;

  // The section's distinct lower-cased words: open addressing over ids, chars in one array.
  private int[] slots = new int[64];
  private int size;
  private char[] chars = new char[1024];
  private int charsUsed;
  private int[] start = new int[32];
  private int[] length = new int[32];
  private int[] hash = new int[32];
  private int[] freq = new int[32];
  private int[] slotOf = new int[32];
  // The stemmed form of each word as UTF-8, length -1 for a stop word.
  private byte[] stems = new byte[1024];
  private int stemsUsed;
  private int[] stemStart = new int[32];
  private int[] stemLength = new int[32];
  // Whether a kept word may be one of a pair (PhrasePairs.pairable).
  private boolean[] pairable = new boolean[32];

  private char[] key = new char[64];

  // What the tokenizer's end() left: the final offset and position increment.
  private int endOffset;
  private int endPosInc;

  // For pairs: the position of the last kept word, and the kept word before it with its own.
  private int position;
  private int prev;
  private int prevPos;

  /** The position increment of the kept word {@link #nextKept} returned (at the end: the rest). */
  private int keptInc;

  // The section's pairs of kept words: distinct, counted, and every occurrence.
  private final SectionPairs pairTable = new SectionPairs(KEEP_WORDS);

  private final StemmedStream stemmed = new StemmedStream();
  private final ExactStream exact = new ExactStream();
  private final PairStream pairStream = new PairStream();

  private BodyAnalysis() {}

  /**
   * The stemmed body field of a text: indexed as {@code type} says, its value the text.
   *
   * @param name the field's name
   * @param text the section's text
   * @param type its field type (tokenized, not stored)
   * @return the field
   */
  static Field stemmed(String name, String text, IndexableFieldType type) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return PER_THREAD.get().stemmed.of(text);
      }
    };
  }

  /**
   * The exact body field of a text, its words lower-cased and not stemmed: documents and
   * frequencies only.
   *
   * @param name the field's name
   * @param text the section's text
   * @param type its field type (documents and frequencies, not stored)
   * @return the field
   */
  static Field exact(String name, String text, IndexableFieldType type) {
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return PER_THREAD.get().exact.of(text);
      }
    };
  }

  /**
   * The word pairs of a text ({@link PhrasePairs}): each distinct pair once, with its count as its
   * frequency where the type keeps frequencies.
   *
   * @param name the field's name
   * @param text the section's text
   * @param type its field type (documents, frequencies or positions; not stored)
   * @return the field
   */
  static Field pairs(String name, String text, IndexableFieldType type) {
    IndexOptions options = type.indexOptions();
    return new Field(name, text, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        PairStream s = PER_THREAD.get().pairStream;
        s.options = options;
        return s.of(text);
      }
    };
  }

  /** Starts reading a text: the tables empty, the tokenizer on the text. */
  private void begin(String text) throws IOException {
    if (tokenizerOpen) {
      tokenizer.close();
      tokenizerOpen = false;
    }
    clear();
    owner = text;
    complete = false;
    position = -1;
    prev = -1;
    tokenizer.setReader(new StringReader(text));
    tokenizer.reset();
    tokenizerOpen = true;
  }

  /**
   * The id of the text's next word, its occurrence counted; -1 at the end, when the tokenizer's
   * final offset and position increment are kept.
   */
  private int next() throws IOException {
    if (!tokenizer.incrementToken()) {
      tokenizer.end();
      endOffset = rawOffset.endOffset();
      endPosInc = rawPosInc.getPositionIncrement();
      tokenizer.close();
      tokenizerOpen = false;
      complete = true;
      return -1;
    }
    int len = rawTerm.length();
    if (key.length < len) {
      key = new char[ArrayUtil.oversize(len, Character.BYTES)];
    }
    System.arraycopy(rawTerm.buffer(), 0, key, 0, len);
    // As LowerCaseFilter does: code point by code point, in place.
    CharacterUtils.toLowerCase(key, 0, len);
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + key[i];
    }
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    while (true) {
      int id = slots[slot] - 1;
      if (id < 0) {
        return add(h, len, slot);
      }
      if (hash[id] == h && length[id] == len && same(chars, start[id], key, len)) {
        freq[id]++;
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The id of the text's next word that is not a stop word, its position increment (counting the
   * stop words before it, as {@code StopFilter} does) in {@link #keptInc}, its pair with the kept
   * word before it recorded; -1 at the end, {@link #keptInc} then holding the increments of the
   * stop words after the last kept word.
   */
  private int nextKept() throws IOException {
    int skipped = 0;
    while (true) {
      int id = next();
      if (id < 0) {
        keptInc = skipped;
        return -1;
      }
      int inc = rawPosInc.getPositionIncrement();
      if (stemLength[id] < 0) {
        skipped += inc;
        continue;
      }
      keptInc = inc + skipped;
      position += keptInc;
      int d = position - prevPos;
      if (prev >= 0 && PhrasePairs.within(d) && pairable[id] && pairable[prev]) {
        pairTable.add(prev, id, d, prevPos);
      }
      prev = id;
      prevPos = position;
      return id;
    }
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }

  private int add(int h, int len, int slot) throws IOException {
    int id = size++;
    if (id == start.length) {
      int n = ArrayUtil.oversize(id + 1, Integer.BYTES);
      start = Arrays.copyOf(start, n);
      length = Arrays.copyOf(length, n);
      hash = Arrays.copyOf(hash, n);
      freq = Arrays.copyOf(freq, n);
      slotOf = Arrays.copyOf(slotOf, n);
      stemStart = Arrays.copyOf(stemStart, n);
      stemLength = Arrays.copyOf(stemLength, n);
      pairable = Arrays.copyOf(pairable, n);
    }
    if (charsUsed + len > chars.length) {
      chars = ArrayUtil.grow(chars, charsUsed + len);
    }
    System.arraycopy(key, 0, chars, charsUsed, len);
    start[id] = charsUsed;
    length[id] = len;
    charsUsed += len;
    hash[id] = h;
    freq[id] = 1;
    slots[slot] = id + 1;
    slotOf[id] = slot;
    BytesRef stem = stemmer.stem(key, len);
    if (stem == null) {
      stemLength[id] = -1;
    } else {
      if (stemsUsed + stem.length > stems.length) {
        stems = ArrayUtil.grow(stems, stemsUsed + stem.length);
      }
      System.arraycopy(stem.bytes, stem.offset, stems, stemsUsed, stem.length);
      stemStart[id] = stemsUsed;
      stemLength[id] = stem.length;
      stemsUsed += stem.length;
      pairable[id] = PhrasePairs.pairable(stem);
    }
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return id;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    int mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      int slot = mix(hash[id]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
      slotOf[id] = slot;
    }
  }

  private void clear() {
    if (size > KEEP_WORDS) {
      slots = new int[64];
      chars = new char[1024];
      stems = new byte[1024];
    } else {
      for (int id = 0; id < size; id++) {
        slots[slotOf[id]] = 0;
      }
    }
    pairTable.clear();
    size = 0;
    charsUsed = 0;
    stemsUsed = 0;
    owner = null;
  }

  /** Reads the whole text unless the tables already hold all of its words and pairs. */
  private void analyze(String text) throws IOException {
    if (owner == text && complete) {
      return;
    }
    begin(text);
    while (nextKept() >= 0) {}
  }

  /** Runs the English chain of {@link EnglishAnalyzer} on one lower-cased word. */
  private static final class Stemmer {
    private final OneWord source = new OneWord();
    private final TokenStream chain =
        new PorterStemFilter(
            new StopFilter(
                new LowerCaseFilter(new EnglishPossessiveFilter(source)),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    private final TermToBytesRefAttribute term = chain.getAttribute(TermToBytesRefAttribute.class);

    /** The stemmed word as UTF-8 (valid until the next call), or null for a stop word. */
    BytesRef stem(char[] word, int len) throws IOException {
      source.set(word, len);
      chain.reset();
      BytesRef out = chain.incrementToken() ? term.getBytesRef() : null;
      chain.end();
      chain.close();
      return out;
    }
  }

  /** Whether {@code a[from..from+len)} holds the same chars as {@code b[0..len)}. */
  private static boolean same(char[] a, int from, char[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (a[from + i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  /** A stream of one word, the source of {@link Stemmer}'s chain. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] word;
    private int len;
    private boolean done;

    void set(char[] word, int len) {
      this.word = word;
      this.len = len;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(word, 0, len);
      done = true;
      return true;
    }
  }

  /** The stemmed body: every word that is not a stop word, at its position, with its offsets. */
  private final class StemmedStream extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final BytesRef bytes = new BytesRef();
    private String text;

    StemmedStream of(String text) {
      this.text = text;
      return this;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      begin(text);
    }

    @Override
    public boolean incrementToken() throws IOException {
      clearAttributes();
      // As StopFilter does: a removed word's position increment goes to the next word kept.
      int id = nextKept();
      if (id < 0) {
        skippedAtEnd = keptInc;
        return false;
      }
      bytes.bytes = stems;
      bytes.offset = stemStart[id];
      bytes.length = stemLength[id];
      term.setBytesRef(bytes);
      posInc.setPositionIncrement(keptInc);
      offset.setOffset(rawOffset.startOffset(), rawOffset.endOffset());
      return true;
    }

    private int skippedAtEnd;

    @Override
    public void end() throws IOException {
      super.end();
      posInc.setPositionIncrement(endPosInc + skippedAtEnd);
      offset.setOffset(endOffset, endOffset);
    }

    @Override
    public void close() throws IOException {
      super.close();
      text = null;
      skippedAtEnd = 0;
    }
  }

  /**
   * A field read from the section's tables after the stemmed body filled them (or, when it did not,
   * after reading the text itself): the next item by number, from 0.
   */
  private abstract class FromTables extends TokenStream {
    final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    final BytesRefBuilder bytes = new BytesRefBuilder();
    private String text;
    int next;

    FromTables of(String text) {
      this.text = text;
      return this;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      analyze(text);
      next = 0;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(endOffset, endOffset);
    }

    @Override
    public void close() throws IOException {
      super.close();
      text = null;
    }
  }

  /** The exact body: each distinct lower-cased word once, with its count as its frequency. */
  private final class ExactStream extends FromTables {
    private final TermFrequencyAttribute termFreq = addAttribute(TermFrequencyAttribute.class);

    @Override
    public boolean incrementToken() {
      clearAttributes();
      if (next == size) {
        return false;
      }
      int id = next++;
      bytes.copyChars(chars, start[id], length[id]);
      term.setBytesRef(bytes.get());
      termFreq.setTermFrequency(freq[id]);
      return true;
    }
  }

  /**
   * The word pairs ({@link PhrasePairs#term}): with positions, each occurrence at the position of
   * its first word; otherwise each distinct pair of the section once, with how often it occurs as
   * its frequency where the field keeps frequencies.
   */
  private final class PairStream extends FromTables {
    private final TermFrequencyAttribute termFreq = addAttribute(TermFrequencyAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final BytesRef a = new BytesRef();
    private final BytesRef b = new BytesRef();

    /** What the field keeps (an index written by an earlier version keeps less). */
    IndexOptions options = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;

    private int lastPos;

    @Override
    public void reset() throws IOException {
      super.reset();
      lastPos = -1;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      boolean positions = options.compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
      int i;
      if (positions) {
        if (next == pairTable.occurrences()) {
          return false;
        }
        int o = next++;
        i = pairTable.pairAt(o);
        posInc.setPositionIncrement(pairTable.positionAt(o) - lastPos);
        lastPos = pairTable.positionAt(o);
      } else {
        if (next == pairTable.size()) {
          return false;
        }
        i = next++;
        if (options == IndexOptions.DOCS_AND_FREQS) {
          termFreq.setTermFrequency(pairTable.count(i));
        }
      }
      int first = pairTable.first(i);
      int second = pairTable.second(i);
      int distance = pairTable.distance(i);
      a.bytes = stems;
      a.offset = stemStart[first];
      a.length = stemLength[first];
      b.bytes = stems;
      b.offset = stemStart[second];
      b.length = stemLength[second];
      PhrasePairs.write(bytes, a, distance, b);
      term.setBytesRef(bytes.get());
      return true;
    }
  }
}
