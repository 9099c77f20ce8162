package io.filingssearch.search;

import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the query with each word replaced by a more frequent similar word of the index.
 */
final class SpellingSuggester {
  /** Words worth correcting: four letters or more (shorter ones have too many neighbours). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]{3,}");

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private SpellingSuggester() {}

  /**
   * A corrected query.
   *
   * @param text the query's free text
   * @return the text with its words corrected, or null when no word has a better spelling
   */
  static String suggest(String text, IndexReader reader) throws IOException {
    if (text.isBlank()) {
      return null;
    }
    DirectSpellChecker spell = new DirectSpellChecker();
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean changed = false;
    while (m.find()) {
      String word = m.group();
      if (OPERATORS.contains(word)) {
        continue;
      }
      SuggestWord[] s =
          spell.suggestSimilar(
              new Term(Fields.BODY_EXACT, word.toLowerCase(Locale.ROOT)),
              1,
              reader,
              SuggestMode.SUGGEST_MORE_POPULAR);
      if (s.length > 0) {
        out.append(text, last, m.start()).append(s[0].string);
        last = m.end();
        changed = true;
      }
    }
    out.append(text.substring(last));
    return changed ? out.toString() : null;
  }
}
