package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.Fields;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages score as Lucene's own scorer scores them, float for float. */
class PassageScoresTest {
  /** Words (stemmed) the seeds use often, some in the same passages. */
  private static final Set<String> QUERY =
      Set.of("agreement", "compani", "collabor", "licens", "payment", "immunogen", "product");

  private record Match(int start, int end, String term) {}

  @Test
  void passagesOfTheSeedsScoreAsLuceneScoresThem() throws Exception {
    Analyzer analyzer = Analyzers.perField();
    PassageScorer lucene = new PassageScorer();
    PassageScorer ours = new PassageScores();
    int passages = 0;
    int withRepeats = 0;
    try (Stream<Path> files = Files.list(Fixtures.seeds())) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<Match> matches = new ArrayList<>();
        Map<String, Integer> inDoc = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            String t = term.toString();
            if (QUERY.contains(t)) {
              matches.add(new Match(offset.startOffset(), offset.endOffset(), t));
              inDoc.merge(t, 1, Integer::sum);
            }
          }
          ts.end();
        }
        // Passages of 160 characters, each with the matches inside it.
        for (int from = 0; from < text.length(); from += 160) {
          Passage p = new Passage();
          p.setStartOffset(from);
          p.setEndOffset(Math.min(text.length(), from + 160));
          Set<String> seen = new java.util.HashSet<>();
          boolean repeat = false;
          for (Match m : matches) {
            if (m.start() >= from && m.end() <= p.getEndOffset()) {
              p.addMatch(m.start(), m.end(), new BytesRef(m.term()), inDoc.get(m.term()));
              repeat |= !seen.add(m.term());
            }
          }
          if (p.getNumMatches() == 0) {
            continue;
          }
          passages++;
          withRepeats += repeat ? 1 : 0;
          assertEquals(
              lucene.score(p, text.length()),
              ours.score(p, text.length()),
              0f,
              file.getFileName() + " at " + from);
        }
      }
    }
    assertTrue(passages > 50, "the seeds give passages with matches: " + passages);
    assertTrue(withRepeats > 5, "some passages repeat a term: " + withRepeats);
  }
}
