package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.filing.Section;
import io.filingssearch.parse.FilingParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures amount and partner extraction throughput over every section of the shared corpus and
 * prints it. Timing is not asserted: the build machine is shared.
 */
class ExtractionThroughputTest {
  @Test
  void printsExtractionThroughputOverTheWholeCorpus() throws Exception {
    Path corpus = Repo.corpus();
    assumeTrue(Files.isDirectory(corpus), "shared corpus absent: " + corpus);
    FilingParser parser = new FilingParser();
    List<Section> sections = new ArrayList<>();
    List<String> registrants = new ArrayList<>();
    int skipped = 0;
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".md") || name.endsWith(".json")) {
          continue;
        }
        try {
          var f = parser.parse(p);
          for (Section s : f.sections()) {
            sections.add(s);
            registrants.add(f.company());
          }
        } catch (Exception e) {
          skipped++; // not a filing (an index page, a header-only file): not extraction's concern
        }
      }
    }
    long chars = sections.stream().mapToLong(s -> s.text().length()).sum();
    FactExtractor extractor = new FactExtractor();
    run(extractor, sections, registrants); // warm-up
    long start = System.nanoTime();
    long facts = run(extractor, sections, registrants);
    double seconds = (System.nanoTime() - start) / 1e9;
    double mb = chars / 1e6;
    System.out.printf(
        Locale.ROOT,
        "[extract-throughput] %d sections, %.1f MB of section text (%d files skipped), %.2f s:"
            + " %.1f MB/s, %d facts%n",
        sections.size(),
        mb,
        skipped,
        seconds,
        mb / seconds,
        facts);
    assertTrue(facts > 0, "the corpus states some facts");
  }

  private static long run(FactExtractor extractor, List<Section> sections, List<String> regs) {
    long facts = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section s = extractor.extract(sections.get(i), regs.get(i));
      facts += s.amounts().size() + s.partners().size();
    }
    return facts;
  }
}
