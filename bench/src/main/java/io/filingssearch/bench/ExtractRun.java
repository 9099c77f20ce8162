package io.filingssearch.bench;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Fact extraction alone, timed in thread CPU time: every filing under a folder is parsed once, then
 * extracted whole (registrant names, partners, amounts) on one thread, round after round. Each
 * round prints MB of section text per CPU second, and the first a checksum of every section's
 * partners, amounts and roles, so that two builds can be shown to extract the same.
 *
 * <p>Usage: {@code java -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
 * io.filingssearch.bench.ExtractRun FOLDER [ROUNDS]} (default 6 rounds; the first two warm up).
 */
public final class ExtractRun {
  private ExtractRun() {}

  /**
   * Runs the rounds.
   *
   * @param args the folder of filings, then optionally the number of rounds
   * @throws Exception when the folder cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ExtractRun FOLDER [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    FilingParser parser = new FilingParser();
    List<Filing> filings = new ArrayList<>();
    long chars = 0;
    for (Path p : Corpora.files(Path.of(args[0]))) {
      try {
        Filing f = parser.parse(p);
        filings.add(f);
        for (Section s : f.sections()) {
          chars += s.text().length();
        }
      } catch (BadFilingException e) {
        // not extraction's concern
      }
    }
    FactExtractor extractor = new FactExtractor();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long checksum = 0;
      for (Filing f : filings) {
        Filing e = extractor.extract(f);
        for (Section s : e.sections()) {
          String facts = s.partners() + "" + s.amounts() + new TreeMap<>(s.partnerRoles());
          checksum = checksum * 31 + facts.hashCode();
        }
      }
      double seconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(
          "[extract-run] round %d: %d filings, %.1f MB, %.2f MB/s (thread CPU)%s%n",
          round,
          filings.size(),
          chars / 1e6,
          chars / 1e6 / seconds,
          round == 0 ? ", checksum " + checksum : "");
    }
  }
}
