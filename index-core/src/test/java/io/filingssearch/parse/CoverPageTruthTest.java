package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cover-page metadata against the expected values that the corpus's upstream project wrote by hand
 * ({@code correct_data.json} beside six of its filings).
 */
class CoverPageTruthTest {
  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(null|\"([^\"]*)\")");

  @Test
  void coverPageFieldsMatchTheHandWrittenExpectations() throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "../shared/corpus is absent");
    List<Path> truths;
    try (Stream<Path> s = Files.walk(corpus)) {
      truths =
          s.filter(p -> p.getFileName().toString().equals("correct_data.json")).sorted().toList();
    }
    assumeTrue(!truths.isEmpty());
    FilingParser parser = new FilingParser();
    int checked = 0;
    List<String> wrong = new ArrayList<>();
    for (Path truth : truths) {
      String json = Files.readString(truth);
      Path folder = truth.getParent();
      Path submission = folder.resolve(folder.getFileName() + ".txt");
      Filing f = parser.parse(submission);
      Matcher m = FIELD.matcher(json);
      while (m.find()) {
        String expected = m.group(3);
        String actual =
            switch (m.group(1)) {
              case "name" -> f.company();
              case "state_of_incorporation" -> f.stateOfIncorporation();
              case "date" -> f.dateOfReport() == null ? null : f.dateOfReport().toString();
              case "commission_file_number" -> f.fileNumber();
              case "irs_employer_id" -> f.irsNumber();
              default -> "skip";
            };
        if ("skip".equals(actual) || expected == null) {
          continue;
        }
        if (m.group(1).equals("commission_file_number") && actual != null) {
          // "000-11596" and "0-11596" are the same number, written with more zeros.
          actual = actual.replaceFirst("^0+-", "0-");
          expected = expected.replaceFirst("^0+-", "0-");
        }
        if (m.group(1).equals("date")) {
          expected = Dates.first(expected).map(Object::toString).orElse(expected);
        }
        checked++;
        if (actual == null
            || !actual.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT))) {
          wrong.add(
              folder.getFileName()
                  + " "
                  + m.group(1)
                  + ": expected "
                  + expected
                  + ", got "
                  + actual);
        }
      }
    }
    System.out.printf("cover pages: %d of %d fields right%n", checked - wrong.size(), checked);
    wrong.forEach(w -> System.out.println("  " + w));
    assertTrue(checked >= 25);
    assertEquals(List.of(), wrong);
  }
}
