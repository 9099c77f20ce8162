package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.filing.Section;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures amount and partner extraction throughput over every section of the shared corpus and
 * prints it. Timing is not asserted: the build machine is shared. Wall-clock time varies with the
 * load of the machine, so the thread's CPU time is printed too, as the throughput of one core; each
 * is the median of three runs after a warm-up.
 */
class ExtractionThroughputTest {
  @Test
  void printsExtractionThroughputOverTheWholeCorpus() throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "../shared/corpus is absent");
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
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
    int runs = 3;
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    long facts = 0;
    for (int r = 0; r < runs; r++) {
      long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      facts = run(extractor, sections, registrants);
      wall[r] = (System.nanoTime() - start) / 1e9;
      cpu[r] = cpuTimed ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;
    }
    double seconds = median(wall);
    double cpuSeconds = median(cpu);
    double mb = chars / 1e6;
    System.out.printf(
        Locale.ROOT,
        "[extract-throughput] %d sections, %.1f MB of section text (%d files skipped), median of"
            + " %d runs: %.2f s wall (%.1f MB/s), %.2f s CPU (%.1f MB/s on one core), %d facts%n",
        sections.size(),
        mb,
        skipped,
        runs,
        seconds,
        mb / seconds,
        cpuSeconds,
        mb / cpuSeconds,
        facts);
    assertTrue(facts > 0, "the corpus states some facts");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
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
