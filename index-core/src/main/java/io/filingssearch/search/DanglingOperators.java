package io.filingssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the boolean operators of a query's free text that have nothing to join: a leading {@code
 * AND}/{@code OR}, a trailing operator, and an operator right after another ({@code merger AND},
 * {@code OR merger}, {@code merger AND OR deal}). Lucene's query parser refuses them, and read as
 * plain words they would leave an empty query that matches every section. Phrases in quotes are
 * left alone. Stateless and thread-safe.
 */
final class DanglingOperators {
  /** Operators that join two clauses. */
  private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");

  /** Operators that negate the clause after them. */
  private static final Set<String> UNARY = Set.of("NOT", "!");

  private DanglingOperators() {}

  /**
   * The text without its dangling operators.
   *
   * @param text a query's free text
   * @return the same text when no operator dangles; otherwise its words joined by single spaces,
   *     without those operators
   */
  static String drop(String text) {
    List<String> tokens = tokens(text);
    List<String> kept = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (BINARY.contains(t) && (last == null || isOperator(last))) {
        continue;
      }
      if (UNARY.contains(t) && last != null && UNARY.contains(last)) {
        continue;
      }
      kept.add(t);
    }
    while (!kept.isEmpty() && isOperator(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    return kept.size() == tokens.size() ? text : String.join(" ", kept);
  }

  /**
   * The text with every operator word taken out, for reading it as plain words.
   *
   * @param text words, with no quotes or brackets
   * @return the words that are not operators, joined by single spaces
   */
  static String dropAll(String text) {
    return String.join(" ", tokens(text).stream().filter(t -> !isOperator(t)).toList());
  }

  private static boolean isOperator(String token) {
    return BINARY.contains(token) || UNARY.contains(token);
  }

  /** Whitespace-separated tokens; a quoted phrase (closed or not) is one token. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder t = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && Character.isWhitespace(c)) {
        if (!t.isEmpty()) {
          out.add(t.toString());
          t.setLength(0);
        }
      } else {
        t.append(c);
      }
    }
    if (!t.isEmpty()) {
      out.add(t.toString());
    }
    return out;
  }
}
