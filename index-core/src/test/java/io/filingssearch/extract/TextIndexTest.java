package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TextIndex finds what repeated String.indexOf calls find, before and after a text is indexed. */
class TextIndexTest {
  private static final String[] PIECES = {
    "agreement",
    "Agreement",
    "aaa",
    "aa",
    "a",
    " ",
    "\n",
    "with",
    "Inc.",
    "Inc",
    "S.A.",
    "(",
    "\u2019s",
    "caf\u00e9",
    "\u201cBuyer\u201d",
    "000",
    "thousands",
    "Thousands",
    "WITH",
    "-"
  };

  private static int[] naive(String text, String s) {
    int[] out = new int[text.length() + 1];
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      out[n++] = i;
    }
    return Arrays.copyOf(out, n);
  }

  @Test
  void everyOccurrenceIncludingOverlapsInAscendingOrderAsIndexOfFindsThem() {
    Random random = new Random(11);
    String[] sought = {
      "aaa",
      "aa",
      "a",
      "agreement",
      "with",
      "Inc",
      "Inc.",
      "S.A",
      "(",
      "\u2019s",
      "thousands",
      "000",
      "caf\u00e9",
      "\u201cBuyer",
      "zzz",
      "greement with",
      "a\n"
    };
    for (int t = 0; t < 50; t++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      String lower = TextIndex.lowerCase(text);
      // Many rounds over the same texts: the first searches use indexOf, the later ones the index.
      for (int round = 0; round < 5; round++) {
        for (String s : sought) {
          assertArrayEquals(
              naive(text, s), TextIndex.occurrences(text, s, false), s + " in " + text);
          assertArrayEquals(
              naive(lower, s.toLowerCase(java.util.Locale.ROOT)),
              Near.occurrencesIgnoringCase(text, s.toLowerCase(java.util.Locale.ROOT)),
              s + " ignoring case in " + text);
        }
      }
    }
  }

  @Test
  void aVeryLongTextAndTheTextsAfterItAreSearchedRight() {
    String unit = "The Agreement with Globex Inc. (the \u201cBuyer\u201d) ";
    String longText = unit.repeat(1_300_000 / unit.length());
    String[] texts = {longText, "Agreement with Acme Corp. and with Globex Inc.", longText};
    for (String text : texts) {
      for (int round = 0; round < 30; round++) {
        for (String s : new String[] {"with", "Inc.", "\u201cBuyer", "Acme"}) {
          assertArrayEquals(naive(text, s), TextIndex.occurrences(text, s, false), s);
        }
        assertArrayEquals(
            naive(TextIndex.lowerCase(text), "agreement"),
            Near.occurrencesIgnoringCase(text, "agreement"));
      }
    }
  }

  @Test
  void textsShorterThanThreeCharactersAndEmptyTexts() {
    for (int round = 0; round < 40; round++) {
      assertArrayEquals(new int[0], TextIndex.occurrences("", "abc", false));
      assertArrayEquals(new int[] {0}, TextIndex.occurrences("ab", "ab", false));
      assertArrayEquals(new int[] {0, 1}, TextIndex.occurrences("aaa", "aa", false));
      assertArrayEquals(new int[] {0}, TextIndex.occurrences("aaa", "aaa", false));
    }
  }
}
