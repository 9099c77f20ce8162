package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of the seed filings and of small corpus files: each either parses or is refused
 * with one line naming it, and the work stays bounded by the input's size (characters the SGML scan
 * looks at, characters of text produced).
 */
class FuzzTest {
  private static final long SEED = 16;
  private static final int MUTATIONS = 2000;

  private static final String[] TOKENS = {
    "<DOCUMENT>",
    "</DOCUMENT>",
    "<TEXT>",
    "</TEXT>",
    "<TYPE>8-K\n",
    "<TYPE>EX-99.1\n",
    "<SEC-HEADER>",
    "\nITEM 5. Other Events\n",
    "\nItem 1.01 Entry\n",
    "\nSIGNATURES\n",
    "\nEXHIBIT 99.1\n",
    "\0",
    "\uFEFF",
    "\f",
    "\r",
    "<PAGE>",
    "\nbegin 644 x.gif\n",
    "\nend\n",
    "<html><body><table><tr><td>",
    "</td></tr></table>",
    "$1,000,000",
    "-".repeat(5000) + "x",
    "*".repeat(300),
    "\\$",
    "FILE:x\nTIME:y\nEVENTS:z\n"
  };

  @Test
  void mutatedFilingsParseOrAreRefusedWithOneLineInBoundedWork() throws Exception {
    List<byte[]> bases = new ArrayList<>();
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.sorted().toList()) {
        bases.add(Files.readAllBytes(p));
      }
    }
    for (Path p : Fixtures.corpusFiles()) {
      // Small files only, a few dozen, so that the test stays well under a minute.
      if (Files.size(p) < 20_000 && bases.size() < 60 && p.hashCode() % 5 == 0) {
        bases.add(Files.readAllBytes(p));
      }
    }
    Random random = new Random(SEED);
    FilingParser parser = new FilingParser();
    FactExtractor facts = new FactExtractor();
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      byte[] input = mutate(bases.get(random.nextInt(bases.size())), random);
      String source = "fuzz-" + i;
      try {
        Filing f = facts.extract(parser.parse(source, input));
        long text = f.sections().stream().mapToLong(sec -> sec.text().length()).sum();
        assertTrue(text <= 2L * input.length + 1000, source + ": text grew to " + text);
        // Some text is kept: a filing without any is refused.
        assertTrue(f.sections().stream().anyMatch(sec -> !sec.text().isBlank()), source);
        parsed++;
      } catch (BadFilingException e) {
        assertEquals(source, e.source());
        assertTrue(e.getMessage().startsWith(source + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        // The parser's own failure is a bug, not a refusal.
        assertFalse(e.getMessage().contains("could not be parsed"), e.getMessage());
        refused++;
      }
      String decoded = new String(input, StandardCharsets.ISO_8859_1);
      if (SgmlSubmission.looksLikeSgml(decoded)) {
        long scanned = SgmlSubmission.read(decoded).charsScanned;
        assertTrue(scanned <= 3L * decoded.length(), source + ": scanned " + scanned);
      }
    }
    System.out.printf(
        "[fuzz] %d inputs from %d files: %d parsed, %d refused%n",
        MUTATIONS, bases.size(), parsed, refused);
    assertEquals(MUTATIONS, parsed + refused);
  }

  private static byte[] mutate(byte[] base, Random r) {
    byte[] b = base.clone();
    int steps = 1 + r.nextInt(4);
    for (int s = 0; s < steps; s++) {
      int n = b.length;
      int at = n == 0 ? 0 : r.nextInt(n);
      switch (r.nextInt(7)) {
        case 0 -> { // flip bytes
          for (int k = 0; k < 1 + r.nextInt(20) && n > 0; k++) {
            b[r.nextInt(n)] = (byte) r.nextInt(256);
          }
        }
        case 1 -> b = splice(b, at, Math.min(n, at + r.nextInt(2000)), new byte[0]); // delete
        case 2 -> { // duplicate a range many times
          int end = Math.min(n, at + 1 + r.nextInt(200));
          byte[] part = java.util.Arrays.copyOfRange(b, at, end);
          ByteArrayOutputStream o = new ByteArrayOutputStream();
          for (int k = 0; k < 1 + r.nextInt(100); k++) {
            o.writeBytes(part);
          }
          b = splice(b, at, at, o.toByteArray());
        }
        case 3 -> b = java.util.Arrays.copyOf(b, n == 0 ? 0 : r.nextInt(n)); // truncate
        default -> { // insert a token, sometimes many times
          String t = TOKENS[r.nextInt(TOKENS.length)].repeat(r.nextInt(10) == 0 ? 500 : 1);
          b = splice(b, at, at, t.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(b.length + insert.length);
    o.write(b, 0, from);
    o.writeBytes(insert);
    o.write(b, to, b.length - to);
    return o.toByteArray();
  }
}
