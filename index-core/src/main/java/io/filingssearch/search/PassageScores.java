package io.filingssearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over a passage's distinct terms, times the norm of where it starts),
 * computed without a new {@code BytesRefHash} per passage: Lucene's {@link PassageScorer#score}
 * builds one, with a 32 KB block, for every candidate passage of every hit, which was about 6 % of
 * a search's CPU at a million sections. A passage holds a handful of matches, so its distinct terms
 * are found by comparing each with those before it; terms are summed in the order they first occur,
 * as Lucene sums them, so the scores are the same float for float.
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] first = new int[n]; // the first match of each distinct term, in order
    int[] inPassage = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      int t = 0;
      while (t < distinct && !terms[first[t]].bytesEquals(terms[i])) {
        t++;
      }
      if (t == distinct) {
        first[distinct++] = i;
      }
      inPassage[t]++;
    }
    double score = 0;
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
