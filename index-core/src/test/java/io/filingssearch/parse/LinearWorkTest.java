package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.FilingFormat;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.internal.DocumentMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Doubling a hostile input doubles the work, never more: counted as characters scanned, characters
 * read by a check, or Lucene fields written, at 25k, 50k, 100k and 200k repetitions.
 */
class LinearWorkTest {
  private static final int[] SIZES = {25_000, 50_000, 100_000, 200_000};
  private static final int[] SMALL_SIZES = {2_500, 5_000, 10_000, 20_000};

  private static final String HEADER =
      "<SEC-DOCUMENT>0000950123-05-000001.txt : 20050503\n<SEC-HEADER>\n"
          + "ACCESSION NUMBER:\t\t0000950123-05-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n"
          + "FILED AS OF DATE:\t\t20050503\nCOMPANY CONFORMED NAME:\t\t\tACME CORP\n"
          + "</SEC-HEADER>\n";

  /** Each 8-K document left open, with a line of text: every line must stay in the filing. */
  private static String unclosed(int n) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      b.append("<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nThe company reported event number ")
          .append(i)
          .append(".\n");
    }
    return b.toString();
  }

  private static String tinyExhibits(int n) {
    StringBuilder b = new StringBuilder(HEADER);
    b.append("<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nItem 8.01 Other Events.\n\nAcme did things.\n");
    b.append("</TEXT>\n</DOCUMENT>\n");
    for (int i = 0; i < n; i++) {
      b.append("<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nPress release ")
          .append(i)
          .append("\n</TEXT>\n</DOCUMENT>\n");
    }
    return b.toString();
  }

  @Test
  void unclosedDocumentsAreScannedInLinearWork() {
    assertLinear("unclosed documents", n -> SgmlSubmission.read(unclosed(n)).charsScanned);
    // Bare open tags, nothing in them: the same.
    assertLinear(
        "bare open tags",
        n -> SgmlSubmission.read("<DOCUMENT><TYPE>8-K<TEXT>".repeat(n)).charsScanned);
  }

  @Test
  void theTextOfUnclosedDocumentsIsKept() throws Exception {
    Filing f =
        new FilingParser().parse("unclosed", unclosed(25_000).getBytes(StandardCharsets.UTF_8));
    String all = String.join("\n", f.sections().stream().map(Section::text).toList());
    for (int i : new int[] {0, 12_345, 24_999}) {
      assertTrue(all.contains("event number " + i + "."), "event " + i + " was lost");
    }
  }

  @Test
  void tinyCompleteExhibitsAreScannedInLinearWorkAndEachIsASection() throws Exception {
    assertLinear("tiny exhibits", n -> SgmlSubmission.read(tinyExhibits(n)).charsScanned);
    Filing f =
        new FilingParser().parse("tiny", tinyExhibits(25_000).getBytes(StandardCharsets.UTF_8));
    assertEquals(
        25_000, f.sections().stream().filter(s -> s.kind() == SectionKind.EXHIBIT).count());
  }

  @Test
  void sectionsNamingManyPartnersAreIndexedInLinearWork() {
    // Before, every section carried the partners of all the others: quadratic in the sections.
    // A tenth of the sizes: 200,000 Lucene documents held at once make this the slowest test.
    assertLinear(
        "fields indexed",
        SMALL_SIZES,
        n -> {
          List<Section> sections = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            sections.add(
                new Section(
                    "ex-" + i,
                    SectionKind.EXHIBIT,
                    null,
                    null,
                    "99." + i,
                    "Press release",
                    "x",
                    List.of("Partner " + i),
                    List.of()));
          }
          Filing f =
              new Filing(
                  "id",
                  "src",
                  FilingFormat.SGML,
                  "8-K",
                  "Acme",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  sections);
          long fields = 0;
          for (var d : DocumentMapper.toDocuments(f, "h", 0L)) {
            fields += d.getFields().size();
          }
          return fields;
        });
  }

  @Test
  void aLongLineIsCheckedForARuleInOnePass() {
    assertLinear(
        "rule check",
        n -> {
          Counting line = new Counting("-".repeat(n) + "x");
          TextCleaner.isRule(line);
          return line.reads;
        });
    assertTrue(TextCleaner.isRule("  ---------  "));
    assertTrue(TextCleaner.isRule("=*=*=*"));
    assertTrue(!TextCleaner.isRule("-- x --"));
  }

  private static void assertLinear(String what, IntToLongFunction work) {
    assertLinear(what, SIZES, work);
  }

  private static void assertLinear(String what, int[] sizes, IntToLongFunction work) {
    long previous = -1;
    List<Long> counts = new ArrayList<>();
    for (int n : sizes) {
      long w = work.applyAsLong(n);
      counts.add(w);
      if (previous > 0) {
        double ratio = (double) w / previous;
        assertTrue(ratio < 2.3, what + ": doubling the input multiplied the work by " + ratio);
      }
      previous = w;
    }
    System.out.println(
        "[linear] " + what + " at " + java.util.Arrays.toString(sizes) + ": " + counts);
  }

  /** A text that counts the characters read from it. */
  private static final class Counting implements CharSequence {
    private final String s;
    long reads;

    Counting(String s) {
      this.s = s;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return s.subSequence(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
