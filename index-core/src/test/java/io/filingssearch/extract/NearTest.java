package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Near finds exactly the matches of a whole-text scan when its windows or starts are right. */
class NearTest {
  private static final String[] WORDS = {
    "the",
    "agreement",
    "with",
    "Acme",
    "Inc.",
    "signed",
    "pay",
    "payment",
    "(",
    ")",
    ",",
    ".",
    "to",
    "sold",
    "Beta",
    "Corp",
    "  ",
    "\n",
    "invest",
    "by",
    "acquired"
  };

  /** Random text made of the words above, so that the patterns below match now and then. */
  private static String text(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  private static List<String> all(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  private static List<String> all(Near near) {
    List<String> out = new ArrayList<>();
    while (near.find()) {
      out.add(near.matcher().start() + ":" + near.matcher().group());
    }
    return out;
  }

  @Test
  void windowsAroundTriggersFindWhatAWholeScanFinds() {
    Pattern p = Pattern.compile("(?<=[A-Za-z.])\\s+(?:was\\s+)?acquired by\\b");
    Pattern q = Pattern.compile("\\bagreement\\b[^.;]{0,40}?\\bwith\\s+(?:the\\s+)?");
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      String t = text(random, 300);
      assertEquals(all(p.matcher(t)), all(Near.find(p, t, 20, 0, "acquired by")), t);
      assertEquals(all(q.matcher(t)), all(Near.find(q, t, 60, 10, "with")), t);
    }
  }

  @Test
  void windowsTriedOnlyAfterWordsFindWhatAWholeScanFinds() {
    Pattern p = Pattern.compile("(?<=[A-Za-z.)]),?\\s+(?:to\\s+)?(?:acquired by|pay)\\b");
    Pattern q = Pattern.compile("(?<=[A-Za-z.)])\\s*\\((?i:beta|acme)");
    Random random = new Random(5);
    for (int i = 0; i < 200; i++) {
      String t = text(random, 300);
      assertEquals(
          all(p.matcher(t)),
          all(Near.find(p, t, 20, 0, Near.afterWord(t), "acquired by", "pay")),
          t);
      assertEquals(
          all(q.matcher(t)),
          all(Near.findIgnoreCase(q, t, 5, 0, Near.afterWord(t), "(beta", "(acme")),
          t);
    }
  }

  @Test
  void startsAtTriggersFindWhatAWholeScanFinds() {
    Pattern p = Pattern.compile("\\b(?:sold|pay)\\b[^.;]{0,30}?\\bto\\s+");
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      String t = text(random, 300);
      assertEquals(all(p.matcher(t)), all(Near.at(p, t, "sold", "pay")), t);
    }
  }

  @Test
  void wholeWordTriggersWithStartsFindWhatAWholeScanFinds() {
    Pattern p = Pattern.compile("(?<=[A-Za-z.)]),?\\s+(?:to )?(?:invest|pay|signed)\\b");
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      String t = text(random, 300);
      assertEquals(
          all(p.matcher(t)),
          all(
              Near.findWords(
                  p,
                  t,
                  k -> k - 20,
                  0,
                  k -> k > 0 && (t.charAt(k) == ',' || Character.isWhitespace(t.charAt(k))),
                  "invest",
                  "pay",
                  "signed")),
          t);
    }
  }

  @Test
  void findFromAPositionIsMatcherFindFromIt() {
    Pattern p = Pattern.compile("\\$\\d+");
    String t = "a $1 b $22 c $333";
    Near near = Near.at(p, t, "$");
    Matcher m = p.matcher(t);
    for (int pos : new int[] {0, 3, 4, 8, 12, 1, 14}) {
      boolean expected = m.find(pos);
      assertEquals(expected, near.find(pos));
      if (expected) {
        assertEquals(m.start(), near.matcher().start());
        assertEquals(m.end(), near.matcher().end());
      }
    }
    assertEquals(2, Near.indexOf("A DOLLARS dollars", "dollars", 0, true));
    assertEquals(10, Near.indexOf("A DOLLARS dollars", "dollars", 3, true));
  }
}
