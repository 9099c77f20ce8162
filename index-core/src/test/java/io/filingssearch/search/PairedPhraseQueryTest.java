package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.internal.PhrasePairs;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phrase narrowed by its word pairs finds exactly what the phrase finds, with the same scores, on
 * the seeds and the shared corpus; and only where the index promises every section its pairs.
 */
class PairedPhraseQueryTest {
  private static final List<String> PHRASES =
      List.of(
          "\"definitive agreement\"",
          "\"stock purchase agreement\"",
          "\"board of directors\"",
          "\"chief financial officer\"",
          "\"press release\"",
          "\"agreement and plan of merger\"",
          "\"net income\"",
          "\"license agreement\"",
          "\"of the\"",
          "\"item 2.02\"",
          "\"fiscal 2005 results\"",
          "\"no such phrase anywhere here\"");

  @Test
  void aNarrowedPhraseFindsWhatThePhraseFindsWithTheSameScores(@TempDir Path tmp) throws Exception {
    List<Path> roots = new ArrayList<>(List.of(Fixtures.seeds()));
    if (Fixtures.corpus() != null) {
      roots.add(Fixtures.corpus());
    }
    Path index = tmp.resolve("idx");
    FilingIndexer.index(index, roots, false, IndexListener.NONE);
    try (Directory dir = FSDirectory.open(IndexLocation.current(index));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(PhrasePairs.indexed(reader), "a fresh index promises every section its pairs");
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> fromText = phrasesFromTheText(reader, 300);
      Set<String> phrases = new LinkedHashSet<>(PHRASES);
      phrases.addAll(fromText);
      int narrowed = 0;
      long found = 0;
      int gappedAlike = 0;
      int gappedSections = 0;
      for (String phrase : phrases) {
        Query plain = new QueryParser(Fields.BODY, Analyzers.perField()).parse(phrase);
        Query paired = PairedPhraseQuery.narrow(plain);
        if (paired != plain) {
          narrowed++;
          assertInstanceOf(PhraseQuery.class, plain, phrase);
          assertInstanceOf(PairedPhraseQuery.class, searcher.rewrite(paired), phrase);
        }
        TopDocs want = searcher.search(plain, reader.maxDoc() + 1);
        TopDocs got = searcher.search(paired, reader.maxDoc() + 1);
        if (adjacent(plain)) {
          // Words next to each other: exactly the phrase's sections, with the same scores.
          assertEquals(want.totalHits.value(), got.totalHits.value(), phrase);
          assertEquals(scores(want), scores(got), phrase);
        } else {
          // Stop words between them: some of the phrase's sections (the gap must be stop words),
          // scored from how often the words stand so (a two-word phrase: its pair's count), so no
          // higher than the phrase, which also counts other words in the gap.
          Map<Integer, Float> plainScores = new HashMap<>();
          for (ScoreDoc sd : want.scoreDocs) {
            plainScores.put(sd.doc, sd.score);
          }
          for (ScoreDoc sd : got.scoreDocs) {
            Float w = plainScores.get(sd.doc);
            assertTrue(w != null && sd.score <= w, phrase + ": section " + sd.doc);
            gappedAlike += w == sd.score ? 1 : 0;
            gappedSections++;
          }
        }
        assertEquals(got.totalHits.value(), searcher.count(paired), phrase);
        // Its explanations say what the search found and scored.
        Set<Integer> hit = new java.util.HashSet<>(docs(got));
        for (int i = 0; i < Math.min(10, got.scoreDocs.length); i++) {
          ScoreDoc sd = got.scoreDocs[i];
          var e = searcher.explain(paired, sd.doc);
          assertTrue(e.isMatch(), phrase + ": " + e);
          assertEquals(sd.score, e.getValue().floatValue(), 1e-5f, phrase + ": " + e);
        }
        for (int i = 0; i < Math.min(10, want.scoreDocs.length); i++) {
          int doc = want.scoreDocs[i].doc;
          assertEquals(hit.contains(doc), searcher.explain(paired, doc).isMatch(), phrase);
        }
        // Without scores (as facets are counted), the same sections.
        TopDocs unscored = searcher.search(new ConstantScoreQuery(paired), reader.maxDoc() + 1);
        assertEquals(docs(got), docs(unscored), phrase);
        found += docs(got).size();
        boolean onlyStopWords = plain instanceof BooleanQuery b && b.clauses().isEmpty();
        if (fromText.contains(phrase) && !onlyStopWords) {
          // A phrase taken from a section's text finds at least that section.
          assertTrue(want.totalHits.value() > 0, phrase);
        }
      }
      assertTrue(narrowed >= phrases.size() / 2, narrowed + " of " + phrases.size() + " narrowed");
      assertTrue(
          gappedAlike * 10 >= gappedSections * 9,
          gappedAlike + " of " + gappedSections + " sections of gapped phrases scored alike");
      System.out.printf(
          "phrase pairs: %d of %d phrases narrowed; %d sections found%n",
          narrowed, phrases.size(), found);
    }
  }

  @Test
  void aPhrasesStopWordStandsForAStopWordNotForAnyWord(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    String[] bodies = {
      "The board of directors met on Monday.",
      "The board member directors met on Tuesday.",
      "The board and directors met on Wednesday.",
      "The directors of the board met on Thursday."
    };
    for (int i = 0; i < bodies.length; i++) {
      Files.writeString(
          data.resolve("f" + i + ".txt"),
          Fixtures.stanford("EXW", "2009041016395" + i, "Item 8.01 Other Events.\n" + bodies[i]),
          StandardCharsets.UTF_8);
    }
    Path index = tmp.resolve("idx");
    FilingIndexer.index(index, List.of(data), false, IndexListener.NONE);
    try (FilingSearcher s = FilingSearcher.open(index, 0)) {
      SearchResults r = s.search(SearchRequest.of("\"board of directors\""));
      List<String> days = new ArrayList<>();
      for (Hit h : r.hits()) {
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday")) {
          if (String.join(" ", h.snippets()).contains(day)) {
            days.add(day);
          }
        }
      }
      days.sort(null);
      // Not "board member directors": a plain Lucene phrase would take any word for "of".
      assertEquals(List.of("Monday", "Wednesday"), days);
      // The highlighter marks the phrase where it stands, not its words elsewhere.
      String snippet =
          String.join(
              " ", s.search(SearchRequest.of("\"met on monday\"")).hits().get(0).snippets());
      assertTrue(snippet.contains("<mark>met</mark> on <mark>Monday</mark>"), snippet);
      for (Hit h : s.search(SearchRequest.of("\"directors met\" thursday")).hits()) {
        String text = String.join(" ", h.snippets());
        if (text.contains("Thursday")) {
          // "The directors of the board met on Thursday": found by its day; the phrase is not
          // there, so neither of its words is marked.
          assertFalse(text.contains("<mark>directors</mark>"), text);
          assertFalse(text.contains("<mark>met</mark>"), text);
        }
      }
    }
  }

  @Test
  void anIndexWithoutThePromiseSearchesPlainPhrasesAndAnUpdateKeepsIt(@TempDir Path tmp)
      throws Exception {
    Path index = tmp.resolve("idx");
    FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    Query plain =
        new QueryParser(Fields.BODY, Analyzers.perField()).parse("\"definitive agreement\"");
    Query paired = PairedPhraseQuery.narrow(plain);
    assertInstanceOf(PairedPhraseQuery.class, paired);

    // An update of a fresh index keeps its promise.
    FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    try (Directory dir = FSDirectory.open(IndexLocation.current(index));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(PhrasePairs.indexed(reader));
    }

    // An index whose last commit does not promise pairs (an older version's) gets the phrase.
    try (Directory dir = FSDirectory.open(IndexLocation.current(index))) {
      try (IndexWriter w =
          new IndexWriter(
              dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        Map<String, String> data = new HashMap<>();
        w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        data.remove(Fields.COMMIT_PHRASE_PAIRS);
        w.setLiveCommitData(data.entrySet());
        w.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertFalse(PhrasePairs.indexed(reader));
        assertEquals(plain, new IndexSearcher(reader).rewrite(paired));
      }
    }
    // ... and an update by this version does not make the promise for sections it did not write.
    FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    try (Directory dir = FSDirectory.open(IndexLocation.current(index));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertFalse(PhrasePairs.indexed(reader));
    }
    // A rebuild does.
    FilingIndexer.index(index, List.of(Fixtures.seeds()), true, IndexListener.NONE);
    try (Directory dir = FSDirectory.open(IndexLocation.current(index));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(PhrasePairs.indexed(reader));
    }
  }

  @Test
  void aLongPhrasesBoundMatchesEverySectionThePhraseMatchesAndScoresNoLower(@TempDir Path tmp)
      throws Exception {
    try (DirectoryReader reader = corpusIndex(tmp)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int bounded = 0;
      int equal = 0;
      int sections = 0;
      for (String phrase : longPhrases(reader)) {
        Query paired =
            PairedPhraseQuery.narrow(
                new QueryParser(Fields.BODY, Analyzers.perField()).parse(phrase));
        Query bound = PairedPhraseQuery.bounded(paired);
        if (bound == paired) {
          continue;
        }
        bounded++;
        Map<Integer, Float> loose = new HashMap<>();
        for (ScoreDoc sd : searcher.search(bound, reader.maxDoc() + 1).scoreDocs) {
          loose.put(sd.doc, sd.score);
        }
        for (ScoreDoc sd : searcher.search(paired, reader.maxDoc() + 1).scoreDocs) {
          Float b = loose.get(sd.doc);
          assertTrue(b != null, phrase + ": section " + sd.doc + " outside its bound");
          assertTrue(b >= sd.score, phrase + ": bound " + b + " below score " + sd.score);
          equal += b == sd.score ? 1 : 0;
          sections++;
        }
      }
      assertTrue(bounded >= 20, bounded + " phrases bounded");
      // The bound is tight where it matters: most sections score exactly as the phrase does.
      assertTrue(equal * 10 >= sections * 9, equal + " of " + sections + " scored alike");
    }
  }

  @Test
  void aPageFoundThroughItsBoundIsThePageOfTheQuerySearchedWhole(@TempDir Path tmp)
      throws Exception {
    try (DirectoryReader reader = corpusIndex(tmp)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryParser parser = new QueryParser(Fields.BODY, Analyzers.perField());
      int tried = 0;
      int answered = 0;
      for (String phrase : longPhrases(reader)) {
        for (String form :
            List.of("%s", "%s merger", "%s AND agreement", "agreement NOT %s", "(%s) credit")) {
          Query main =
              new KindBoostQuery(PairedPhraseQuery.narrow(parser.parse(form.formatted(phrase))));
          for (Sort sort : new Sort[] {null, SearchExecution.sortBy(Fields.DATE)}) {
            for (int n : new int[] {1, 10}) {
              TopDocs got = SearchExecution.boundedPage(searcher, main, n, sort);
              if (PairedPhraseQuery.bounded(main) == main) {
                assertEquals(null, got, form.formatted(phrase));
                continue;
              }
              tried++;
              if (got == null) {
                continue;
              }
              answered++;
              TopDocs want = SearchExecution.top(searcher, main, n, sort);
              String what = form.formatted(phrase) + " n=" + n + " sort=" + sort;
              assertEquals(keys(want), keys(got), what);
            }
          }
        }
      }
      assertTrue(tried >= 100, tried + " pages tried");
      assertTrue(answered * 10 >= tried * 8, answered + " of " + tried + " answered by the bound");
      System.out.printf("bounded pages: %d of %d answered by the bound%n", answered, tried);
    }
  }

  @Test
  void anIndexWhosePairsKeepNoCountsIsUpdatedWithoutThemAndItsPhrasesReadPositions(
      @TempDir Path tmp) throws Exception {
    // An index as an earlier version wrote it: every section's pairs, documents only.
    Path index = tmp.resolve("idx");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    FilingIndexer.index(index, List.of(empty), true, IndexListener.NONE);
    Filing old = new FactExtractor().extract(new FilingParser().parse(Fixtures.seed("001")));
    try (Directory dir = FSDirectory.open(IndexLocation.current(index));
        IndexWriter w =
            new IndexWriter(
                dir,
                new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.addDocuments(DocumentMapper.toDocuments(old, "old", 1L, IndexOptions.DOCS));
      w.commit();
    }
    // An update by this version adds to it (a field cannot change what it keeps) ...
    var report = FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    assertEquals(List.of(), report.failures());
    assertTrue(report.filings() >= 3, report.toString());
    try (Directory dir = FSDirectory.open(IndexLocation.current(index));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(PhrasePairs.indexed(reader));
      assertEquals(
          IndexOptions.DOCS,
          FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.BODY_PAIRS).getIndexOptions());
      // ... and its phrases, read by their positions, find and score as the plain phrase.
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryParser parser = new QueryParser(Fields.BODY, Analyzers.perField());
      for (String phrase :
          List.of(
              "\"milestone payments\"", "\"press release\"", "\"private securities litigation\"")) {
        Query plain = parser.parse(phrase);
        Query paired = PairedPhraseQuery.narrow(plain);
        TopDocs want = searcher.search(plain, reader.maxDoc() + 1);
        assertTrue(want.totalHits.value() > 0, phrase);
        assertEquals(scores(want), scores(searcher.search(paired, reader.maxDoc() + 1)), phrase);
        assertEquals(
            scores(want),
            scores(searcher.search(PairedPhraseQuery.bounded(paired), reader.maxDoc() + 1)),
            phrase);
      }
    }
  }

  /** The seeds and (when present) the shared corpus indexed; the reader of the index. */
  private static DirectoryReader corpusIndex(Path tmp) throws IOException {
    List<Path> roots = new ArrayList<>(List.of(Fixtures.seeds()));
    if (Fixtures.corpus() != null) {
      roots.add(Fixtures.corpus());
    }
    Path index = tmp.resolve("idx");
    FilingIndexer.index(index, roots, false, IndexListener.NONE);
    return DirectoryReader.open(FSDirectory.open(IndexLocation.current(index)));
  }

  /** The phrases of three words or more: the fixed ones and those cut from the text. */
  private static List<String> longPhrases(DirectoryReader reader) throws IOException {
    Set<String> all = new LinkedHashSet<>(PHRASES);
    all.addAll(phrasesFromTheText(reader, 300));
    return all.stream().filter(p -> p.split(" ").length >= 3).toList();
  }

  /** Each hit's document, score and sort values, in order. */
  private static List<String> keys(TopDocs td) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(
          sd.doc
              + ":"
              + sd.score
              + (sd instanceof FieldDoc fd ? java.util.Arrays.toString(fd.fields) : ""));
    }
    return out;
  }

  /** Whether a query is a phrase of words at neighbouring positions (no stop word between). */
  private static boolean adjacent(Query q) {
    if (!(q instanceof PhraseQuery p)) {
      return true;
    }
    int[] pos = p.getPositions();
    for (int i = 0; i + 1 < pos.length; i++) {
      if (pos[i + 1] - pos[i] != 1) {
        return false;
      }
    }
    return true;
  }

  /** The hits' documents, in document order. */
  private static List<Integer> docs(TopDocs td) {
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(sd.doc);
    }
    out.sort(null);
    return out;
  }

  /** Each hit's document and score, in order. */
  private static List<String> scores(TopDocs td) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(sd.doc + ":" + sd.score);
    }
    return out;
  }

  /**
   * Phrases of two to four neighbouring words of sections' text (stop words and all), from every
   * {@code step}-th section: the words as a user would type them.
   */
  private static List<String> phrasesFromTheText(DirectoryReader reader, int count)
      throws IOException {
    List<String> out = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    int step = Math.max(1, reader.maxDoc() / count);
    try (StandardAnalyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
      for (int doc = 0; doc < reader.maxDoc() && out.size() < count; doc += step) {
        String text = stored.document(doc).get(Fields.BODY_HEAD);
        if (text == null) {
          continue;
        }
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts =
            words.tokenStream("x", text.substring(0, Math.min(4000, text.length())))) {
          CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            tokens.add(t.toString());
          }
          ts.end();
        }
        if (tokens.size() < 6) {
          continue;
        }
        int len = 2 + doc % 3;
        int from = (doc * 7919) % (tokens.size() - len);
        out.add("\"" + String.join(" ", tokens.subList(from, from + len)) + "\"");
      }
    }
    return out;
  }
}
