package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filings in the encodings they come in read as the same text; binaries are still refused. */
class EncodingTest {
  private final FilingParser parser = new FilingParser();

  private static String seedText() throws Exception {
    return Files.readString(Fixtures.seed("003"), StandardCharsets.UTF_8)
        + "\nSociété Générale signed it.\n";
  }

  private static String text(Filing f) {
    return String.join("\n", f.sections().stream().map(Section::text).toList());
  }

  @ParameterizedTest
  @CsvSource({
    "UTF-8, true",
    "UTF-16BE, true",
    "UTF-16LE, true",
    "UTF-16BE, false",
    "UTF-16LE, false",
    "UTF-32BE, true",
    "UTF-32LE, true",
    "UTF-32BE, false",
    "UTF-32LE, false"
  })
  void aFilingReadsTheSameInAnyUnicodeEncodingWithOrWithoutAMark(String charset, boolean mark)
      throws Exception {
    String s = seedText();
    byte[] bytes = ((mark ? "\uFEFF" : "") + s).getBytes(Charset.forName(charset));
    Filing f = parser.parse("x", bytes);
    Filing expected = parser.parse("x", s.getBytes(StandardCharsets.UTF_8));
    assertEquals(expected.items(), f.items());
    assertEquals(text(expected), text(f));
    assertTrue(text(f).contains("Société Générale"));
  }

  @Test
  void linesInLatin1AndLinesInUtf8EachReadRight() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(Files.readAllBytes(Fixtures.seed("003")));
    b.write("\nSociété Générale, in UTF-8.\n".getBytes(StandardCharsets.UTF_8));
    b.write("Crédit Agricole, in Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1));
    String t = text(parser.parse("x", b.toByteArray()));
    assertTrue(t.contains("Société Générale"), t);
    assertTrue(t.contains("Crédit Agricole"), t);
    assertFalse(t.contains("Ã"), t);
  }

  @Test
  void strayNulBytesAreDroppedNotARefusal() throws Exception {
    String s = seedText();
    int mid = s.indexOf("Genentech");
    byte[] bytes = (s.substring(0, mid) + "\0" + s.substring(mid)).getBytes(StandardCharsets.UTF_8);
    assertTrue(text(parser.parse("x", bytes)).contains("Genentech"));
  }

  @Test
  void realBinariesAreStillRefused() {
    byte[] blob = new byte[4096];
    for (int i = 0; i < blob.length; i++) {
      blob[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 13);
    }
    BadFilingException e = assertThrows(BadFilingException.class, () -> parser.parse("b", blob));
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void aFileWhoseNameIsNotValidInTheSystemEncodingIsRead(@TempDir Path tmp) throws Exception {
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "cp \"$0\" \"$1/$(printf 'soci\\351t\\351.txt')\"",
                Fixtures.seed("003").toString(),
                tmp.toString())
            .inheritIO()
            .start();
    assumeTrue(p.waitFor() == 0, "cannot make a file with a Latin-1 name here");
    List<Path> listed;
    try (Stream<Path> s = Files.list(tmp)) {
      listed = s.toList();
    }
    assertEquals(1, listed.size());
    // What a command line gives: the name as a string, its bad byte replaced.
    Path asTyped = Path.of(listed.get(0).toString());
    Filing f = parser.parse(asTyped);
    assertEquals(List.of("1.01", "9.01"), f.items());
  }
}
