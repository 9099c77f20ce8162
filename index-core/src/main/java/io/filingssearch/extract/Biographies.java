package io.filingssearch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a text that tell a person's career ("Mr. Doe previously served as president of
 * Coral Energy, LLC, a subsidiary of Shell Oil Company"): the organizations named there are where
 * the person worked, not parties to what the section reports. Stateless.
 */
final class Biographies {
  private Biographies() {}

  /** After a title of address, the person's name: "Mr. Doe", "Ms. Roe", "Dr. Poe". */
  private static final Pattern PERSON_AFTER = Pattern.compile("\\s+[A-Z]");

  /** Words of a career: where a person served, worked or was employed before. */
  private static final Pattern CAREER =
      Pattern.compile(
          "\\b(?:previously\\s+(?:served|was|held|worked)|has\\s+served|had\\s+served|served\\s+as"
              + "|was\\s+employed|worked\\s+(?:at|for)|prior\\s+to\\s+joining|began\\s+(?:his|her)"
              + "\\s+career|held\\s+(?:various|several|senior|a\\s+number\\s+of)\\s+\\w*\\s*positions"
              // "Prior to Yahoo!, Ms. Taylor spent over thirteen years at PricewaterhouseCoopers
              // LLP"
              + "|spent\\s+(?:over\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+)?\\w+\\s+years\\s+(?:at|with)"
              + "|[Pp]rior\\s+to\\s+(?:that|[A-Z][\\w!.&-]*),)\\b");

  /**
   * Words that tell a career whoever they name, with no title of address: "Before joining Alcoa,
   * Joe was ...", "began his career with", "Olivier's most recent position was", "joined Alcoa in
   * 2002 as president".
   */
  private static final Pattern CAREER_OF_ANYONE =
      Pattern.compile(
          "\\b(?:(?:[Bb]efore|[Pp]rior\\s+to)\\s+joining\\b|began\\s+(?:his|her)\\s+career\\b"
              + "|(?:\\b(?:his|her)|'s)\\s+(?:most\\s+recent|previous|prior|former)\\s+"
              + "(?:position|role|assignment)\\b"
              + "|joined\\s+[A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,4}\\s+in\\s+(?:19|20)\\d\\d"
              + "\\s+as\\b)");

  /** The words every match of {@link #CAREER_OF_ANYONE} holds one of. */
  private static final String[] CAREER_WORDS = {
    "joining", "career", "position", "role", "assignment", "joined"
  };

  // A match of CAREER_OF_ANYONE starts at most this far before its word's start and ends at most
  // this far past its word's end.
  private static final int CAREER_LEAD = 40;
  private static final int CAREER_TAIL = 100;

  /** Where a sentence ends: a period, then white space and a capital or a line break. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s+[A-Z\u201c\"(]|\\s*\\n)");

  /**
   * The spans (start, end pairs) of the text's career sentences: those naming a person by title
   * ("Mr. Doe") that tell where the person served or worked, and those whose words tell a career
   * whoever they name ({@link #CAREER_OF_ANYONE}); empty when there are none.
   */
  static int[] spans(String text) {
    List<Integer> out = new ArrayList<>();
    titled(text, out);
    // The pattern is tried only around its words (scanning the whole text with it took a third
    // of the extractor's time).
    Near career = Near.find(CAREER_OF_ANYONE, text, CAREER_LEAD, CAREER_TAIL, CAREER_WORDS);
    Matcher m = career.matcher();
    for (boolean found = career.find(); found; ) {
      int end = sentenceEnd(text, m.end());
      out.add(sentenceStart(text, m.start()));
      out.add(end);
      found = career.find(end); // the next career sentence
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Adds the spans of the career sentences that name a person by title ("Mr. Doe"). */
  private static void titled(String text, List<Integer> out) {
    int[] titles = Near.occurrences(text, "Mr.", "Ms.", "Mrs.", "Dr.");
    if (titles.length == 0) {
      return;
    }
    Arrays.sort(titles);
    int done = 0;
    for (int at : titles) {
      int dot = text.indexOf('.', at);
      if (at < done
          || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))
          || !PERSON_AFTER
              .matcher(text)
              .region(dot + 1, Math.min(text.length(), dot + 4))
              .lookingAt()) {
        continue;
      }
      int start = sentenceStart(text, at);
      int end = sentenceEnd(text, dot + 1);
      if (CAREER.matcher(text).region(start, end).find()) {
        out.add(start);
        out.add(end);
      }
      done = end;
    }
  }

  /** Whether {@code pos} lies in one of {@code spans}. */
  static boolean covers(int[] spans, int pos) {
    for (int i = 0; i + 1 < spans.length; i += 2) {
      if (spans[i] <= pos && pos < spans[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceStart(String text, int from) {
    int i = from;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (c == '\n'
          || (c == ' ' && i >= 2 && ".;".indexOf(text.charAt(i - 2)) >= 0 && !title(text, i - 2))) {
        break;
      }
      i--;
    }
    return i;
  }

  private static int sentenceEnd(String text, int from) {
    Matcher m = SENTENCE_END.matcher(text).region(from, text.length());
    while (m.find()) {
      if (!title(text, m.start())) {
        return m.end();
      }
    }
    return text.length();
  }

  /** Whether the dot at {@code dot} ends a title of address or an initial ("Mr.", "J."). */
  private static boolean title(String text, int dot) {
    int w = dot;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    // Not "Inc." or "Co.": a sentence may end with a company's name ("its merger with Beta Inc.").
    return word.equals("Mr")
        || word.equals("Ms")
        || word.equals("Mrs")
        || word.equals("Dr")
        || word.length() == 1;
  }
}
