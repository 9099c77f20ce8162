package io.filingssearch.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers of the index's text fields; the same ones parse queries. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * One analyzer for every field: English stemming for body and title, plain words (no stemming, no
   * stop words) for the exact body and for names.
   */
  public static Analyzer perField() {
    Analyzer english = new EnglishAnalyzer();
    Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    return new PerFieldAnalyzerWrapper(
        english,
        Map.of(
            Fields.BODY_EXACT, plain,
            Fields.PARTNER_TEXT, plain,
            Fields.COMPANY_TEXT, plain));
  }
}
