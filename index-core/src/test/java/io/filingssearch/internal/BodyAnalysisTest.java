package io.filingssearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class BodyAnalysisTest {
  private static final FieldType BODY = new FieldType(TextField.TYPE_NOT_STORED);
  private static final FieldType EXACT = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY.freeze();
    EXACT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    EXACT.freeze();
  }

  /** Texts where an analysis done by hand could go wrong. */
  private static final List<String> AWKWARD =
      List.of(
          "",
          "   ",
          "the and of",
          "The Company's COMPANY'S company’S company＇s Companies' rock'n'roll",
          "İstanbul ISTANBUL Straße STRASSE ΣΊΣΥΦΟΣ σίσυφος Kelvin \u212A ǅemal ǄEMAL ﬁnance",
          "𝐀𝐁𝐂 𝐚𝐛𝐜 \uD801\uDC00 \uD801\uDC28 emoji 😀 mixed",
          "x".repeat(300) + " after a word too long " + "y".repeat(256) + " the end of the",
          "$1,234.56 million 3.5% 2024-01-02 U.S.A. e-mail foo@example.com www.sec.gov",
          "Merger merger MERGER mergers merging merged, the merger's end; of the",
          "a".repeat(255) + " " + "B".repeat(255) + " c");

  @Test
  void bothBodyFieldsIndexExactlyAsTheirAnalyzersWouldOnAwkwardText() throws IOException {
    assertSameIndex(AWKWARD);
  }

  @Test
  void bothBodyFieldsIndexExactlyAsTheirAnalyzersWouldOnTheSeedsAndTheCorpus() throws IOException {
    assertSameIndex(seedAndCorpusTexts());
  }

  @Test
  void thePairsAreEveryTwoNeighbouringStemmedWordsWithAtMostTwoStopWordsBetween()
      throws IOException {
    List<String> texts = new ArrayList<>(AWKWARD);
    texts.add("The Board of Directors approved the stock purchase agreement.");
    texts.add(
        "Revenue of $1,234 million in 2024 and 12 of the 2,000 new stores, Item 2.02 results");
    texts.add("rights of the holders to the end of all of the time and a an the to be");
    texts.addAll(seedAndCorpusTexts());
    assertPairs(texts, true);
    // The pairs field alone (no body field read the text before it) gives the same pairs.
    assertPairs(texts, false);
  }

  @Test
  void aSentenceHasThePairsItsPhrasesNeed() throws IOException {
    List<String> pairs =
        expectedPairs("The Board of Directors approved the stock purchase agreement.").stream()
            .map(b -> b.utf8ToString().replace('\u0001', '+').replace('\u0002', '_'))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "approv_stock",
            "board_director",
            "director+approv",
            "purchas+agreement",
            "stock+purchas"),
        pairs);
  }

  private static List<String> seedAndCorpusTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      s.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    files.addAll(Fixtures.corpusFiles());
    FilingParser parser = new FilingParser();
    for (Path p : files) {
      try {
        Filing f = parser.parse(p);
        for (Section sec : f.sections()) {
          texts.add(sec.text());
        }
      } catch (BadFilingException e) {
        // not a filing: nothing to index
      }
    }
    assertTrue(texts.size() > 20, "sections read: " + texts.size());
    return texts;
  }

  private static final FieldType PAIRS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    PAIRS.setIndexOptions(IndexOptions.DOCS);
    PAIRS.setOmitNorms(true);
    PAIRS.freeze();
  }

  /**
   * The pairs by their definition, from the English analyzer's tokens: every two neighbouring
   * stemmed words at most three positions apart (two stop words between), neither holding a digit.
   */
  private static List<BytesRef> expectedPairs(String text) throws IOException {
    List<BytesRef> terms = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = Analyzers.perField().tokenStream(Fields.BODY, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
        positions.add(pos);
      }
      ts.end();
    }
    Set<BytesRef> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < terms.size(); i++) {
      int d = positions.get(i + 1) - positions.get(i);
      if (d <= PhrasePairs.MAX_DISTANCE && noDigit(terms.get(i)) && noDigit(terms.get(i + 1))) {
        out.add(PhrasePairs.term(terms.get(i), d, terms.get(i + 1)));
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean noDigit(BytesRef word) {
    return !word.utf8ToString().matches(".*[0-9].*");
  }

  /** A stream of given terms. */
  private static final class GivenTerms extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final List<BytesRef> terms;
    private int next;

    GivenTerms(List<BytesRef> terms) {
      this.terms = terms;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      if (next == terms.size()) {
        return false;
      }
      term.setBytesRef(terms.get(next++));
      return true;
    }
  }

  private static void assertPairs(List<String> texts, boolean withBody) throws IOException {
    List<List<BytesRef>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(expectedPairs(t));
    }
    try (Directory want = new ByteBuffersDirectory();
        Directory got = new ByteBuffersDirectory()) {
      int[] i = {0};
      write(
          want,
          texts,
          (d, t) ->
              d.add(new Field(Fields.BODY_PAIRS, new GivenTerms(expected.get(i[0]++)), PAIRS)));
      write(
          got,
          texts,
          (d, t) -> {
            if (withBody) {
              d.add(BodyAnalysis.stemmed(Fields.BODY, t, BODY));
              d.add(BodyAnalysis.exact(Fields.BODY_EXACT, t, EXACT));
            }
            d.add(BodyAnalysis.pairs(Fields.BODY_PAIRS, t, PAIRS));
          });
      try (DirectoryReader e = DirectoryReader.open(want);
          DirectoryReader a = DirectoryReader.open(got)) {
        comparePostings(Fields.BODY_PAIRS, e.leaves().get(0).reader(), a.leaves().get(0).reader());
      }
    }
  }

  @Test
  void theExactFieldAnalyzesItsTextItselfWhenItComesFirst() throws IOException {
    List<String> texts = List.of("Alpha beta's BETA gamma the", "one two two three three three");
    try (Directory expected = new ByteBuffersDirectory();
        Directory actual = new ByteBuffersDirectory()) {
      write(expected, texts, (d, t) -> plainFields(d, t));
      write(
          actual,
          texts,
          (d, t) -> {
            // The exact field first: it cannot use what the stemmed one read.
            d.add(BodyAnalysis.exact(Fields.BODY_EXACT, t, EXACT));
            d.add(BodyAnalysis.stemmed(Fields.BODY, t, BODY));
          });
      compare(expected, actual);
    }
  }

  private interface Mapping {
    void add(Document d, String text);
  }

  private static void plainFields(Document d, String text) {
    d.add(new Field(Fields.BODY, text, BODY));
    d.add(new Field(Fields.BODY_EXACT, text, EXACT));
  }

  private static void assertSameIndex(List<String> texts) throws IOException {
    // With the pairs field after them, as the index has it: it must not change the other two.
    try (Directory expected = new ByteBuffersDirectory();
        Directory actual = new ByteBuffersDirectory()) {
      write(expected, texts, BodyAnalysisTest::plainFields);
      write(
          actual,
          texts,
          (d, t) -> {
            d.add(BodyAnalysis.stemmed(Fields.BODY, t, BODY));
            d.add(BodyAnalysis.exact(Fields.BODY_EXACT, t, EXACT));
            d.add(BodyAnalysis.pairs(Fields.BODY_PAIRS, t, PAIRS));
          });
      compare(expected, actual);
    }
  }

  private static void write(Directory dir, List<String> texts, Mapping mapping) throws IOException {
    // Segments merged in order (documents keep their order whatever flushes them), compared by
    // document number.
    IndexWriterConfig config =
        new IndexWriterConfig(Analyzers.perField()).setMergePolicy(new LogDocMergePolicy());
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (String t : texts) {
        Document d = new Document();
        mapping.add(d, t);
        w.addDocument(d);
      }
      w.forceMerge(1);
    }
  }

  private static void compare(Directory expected, Directory actual) throws IOException {
    try (DirectoryReader e = DirectoryReader.open(expected);
        DirectoryReader a = DirectoryReader.open(actual)) {
      assertEquals(1, e.leaves().size());
      assertEquals(1, a.leaves().size());
      LeafReader le = e.leaves().get(0).reader();
      LeafReader la = a.leaves().get(0).reader();
      assertEquals(le.maxDoc(), la.maxDoc());
      for (String field : List.of(Fields.BODY, Fields.BODY_EXACT)) {
        comparePostings(field, le, la);
        NumericDocValues ne = le.getNormValues(field);
        NumericDocValues na = la.getNormValues(field);
        assertNotNull(ne, field);
        assertNotNull(na, field);
        for (int doc = 0; doc < le.maxDoc(); doc++) {
          boolean he = ne.advanceExact(doc);
          assertEquals(he, na.advanceExact(doc), field + " norm present, doc " + doc);
          if (he) {
            assertEquals(ne.longValue(), na.longValue(), field + " norm, doc " + doc);
          }
        }
      }
    }
  }

  private static void comparePostings(String field, LeafReader le, LeafReader la)
      throws IOException {
    Terms te = le.terms(field);
    Terms ta = la.terms(field);
    if (te == null) {
      assertEquals(null, ta, field);
      return;
    }
    assertEquals(te.size(), ta.size(), field + " terms");
    assertEquals(te.getSumTotalTermFreq(), ta.getSumTotalTermFreq(), field + " sumTotalTermFreq");
    assertEquals(te.getSumDocFreq(), ta.getSumDocFreq(), field + " sumDocFreq");
    assertEquals(te.getDocCount(), ta.getDocCount(), field + " docCount");
    TermsEnum ee = te.iterator();
    TermsEnum ea = ta.iterator();
    int flags = field.equals(Fields.BODY) ? PostingsEnum.ALL : PostingsEnum.FREQS;
    PostingsEnum pe = null;
    PostingsEnum pa = null;
    for (BytesRef t = ee.next(); t != null; t = ee.next()) {
      BytesRef u = ea.next();
      String where = field + ":" + t.utf8ToString();
      assertEquals(t, u, field + " term");
      assertEquals(ee.docFreq(), ea.docFreq(), where);
      assertEquals(ee.totalTermFreq(), ea.totalTermFreq(), where);
      pe = ee.postings(pe, flags);
      pa = ea.postings(pa, flags);
      for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
        assertEquals(doc, pa.nextDoc(), where);
        assertEquals(pe.freq(), pa.freq(), where + " freq, doc " + doc);
        if (flags == PostingsEnum.ALL) {
          for (int i = 0; i < pe.freq(); i++) {
            assertEquals(pe.nextPosition(), pa.nextPosition(), where + " position, doc " + doc);
            assertEquals(pe.startOffset(), pa.startOffset(), where + " start, doc " + doc);
            assertEquals(pe.endOffset(), pa.endOffset(), where + " end, doc " + doc);
          }
        }
      }
      assertEquals(PostingsEnum.NO_MORE_DOCS, pa.nextDoc(), where);
    }
    assertEquals(null, ea.next(), field + " extra terms");
  }
}
