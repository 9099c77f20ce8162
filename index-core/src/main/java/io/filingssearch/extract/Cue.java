package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A wording that marks a party ("agreement with", "acquired by", "renewed"): a pattern built around
 * a list of literal words, and the same words as the triggers that {@link Near} searches for before
 * trying the pattern. Both come from one list, so a word added to a cue is also looked for.
 *
 * <p>A word ending in {@code *} is a stem: it matches any word it starts ({@code divest*} matches
 * "divested"), and the stem is its trigger.
 *
 * @param pattern the compiled pattern
 * @param triggers literal strings, one of which every match contains
 * @param starts the triggers without those that start with another of them ("Inc." beside "Inc",
 *     "Corp" beside "Co"): where a longer one occurs its prefix does too, so they find the same
 *     places, in fewer scans of a text: what {@link Near#at(Cue, String)} looks for
 */
record Cue(Pattern pattern, String[] triggers, String[] starts) {
  /** Where a template takes the alternation of its words. */
  static final String WORDS = "@WORDS";

  /**
   * A cue whose pattern is {@code template} with {@link #WORDS} replaced by an alternation of the
   * words, tried in the order given.
   *
   * @param template a regular expression holding {@link #WORDS} once
   * @param words the literal words (or stems ending in {@code *}), in the order to try them
   * @return the cue
   * @throws IllegalArgumentException when the template does not hold {@link #WORDS}
   */
  static Cue of(String template, List<String> words) {
    if (!template.contains(WORDS)) {
      throw new IllegalArgumentException("template has no " + WORDS + ": " + template);
    }
    List<String> alternatives = new ArrayList<>();
    List<String> triggers = new ArrayList<>();
    for (String w : words) {
      boolean stem = w.endsWith("*");
      String literal = stem ? w.substring(0, w.length() - 1) : w;
      alternatives.add(Pattern.quote(literal) + (stem ? "\\w*" : ""));
      triggers.add(literal);
    }
    String regex = template.replace(WORDS, "(?:" + String.join("|", alternatives) + ")");
    return new Cue(
        Pattern.compile(regex), triggers.toArray(String[]::new), withoutLonger(triggers));
  }

  private static String[] withoutLonger(List<String> triggers) {
    List<String> keep = new ArrayList<>();
    for (String a : triggers) {
      boolean covered = false;
      for (String b : triggers) {
        if (a.startsWith(b) && (b.length() < a.length() || keep.contains(b))) {
          covered = true;
          break;
        }
      }
      if (!covered && !a.isEmpty()) {
        keep.add(a);
      }
    }
    return keep.toArray(String[]::new);
  }

  /** As {@link #of(String, List)}. */
  static Cue of(String template, String... words) {
    return of(template, List.of(words));
  }
}
