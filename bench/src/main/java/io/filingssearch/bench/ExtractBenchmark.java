package io.filingssearch.bench;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Fact extraction alone (amounts and partners) over the sections of a folder of filings, parsed
 * once beforehand; the {@code chars} counter gives characters of section text per second. Run by
 * {@code ./filings bench extract [FOLDER]} (default {@code ../shared/corpus}), which prints the
 * figure in MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@State(Scope.Thread)
public class ExtractBenchmark {

  /** The sections of the filings, with their filing's registrant, parsed once. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The folder (or a file listing files, one per line) to read. */
    @Param("")
    public String root;

    List<Section> sections;
    List<String> registrants;

    /** Parses every filing; files that are not filings are not extraction's concern. */
    @Setup(Level.Trial)
    public void load() throws IOException {
      sections = new ArrayList<>();
      registrants = new ArrayList<>();
      FilingParser parser = new FilingParser();
      for (Path p : Corpora.files(Path.of(root))) {
        try {
          Filing f = parser.parse(p);
          for (Section s : f.sections()) {
            sections.add(s);
            registrants.add(f.company());
          }
        } catch (BadFilingException e) {
          // An index page or a header-only file.
        }
      }
      if (sections.isEmpty()) {
        throw new IllegalArgumentException("root has no filings: " + root);
      }
    }
  }

  /** Characters of section text extracted, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    /** Characters of the sections done. */
    public long chars;

    int next;
  }

  private final FactExtractor extractor = new FactExtractor();

  /** Extracts the facts of the next section. */
  @Benchmark
  public Section extract(Input in, Chars counter) {
    int i = counter.next;
    counter.next = (i + 1) % in.sections.size();
    Section s = in.sections.get(i);
    counter.chars += s.text().length();
    return extractor.extract(s, in.registrants.get(i));
  }

  /**
   * Runs the benchmark and prints {@code [extract-throughput] ... MB/s}.
   *
   * @param args the folder of filings (default {@code ../shared/corpus})
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Path root =
        Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
    // The same warm-up and measurement as the parse+extract benchmark, so that figures compare.
    Options opts =
        new OptionsBuilder()
            .include(ExtractBenchmark.class.getName() + "\\.")
            .param("root", root.toString())
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(5))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(5))
            .forks(1)
            .threads(1)
            .jvmArgs("-Xmx2g")
            .build();
    for (RunResult rr : new Runner(opts).run()) {
      Result<?> chars = rr.getSecondaryResults().get("chars");
      if (chars != null) {
        System.out.printf(
            Locale.ROOT,
            "[extract-throughput] %s: fact extraction %.1f ± %.1f MB/s of section text on one"
                + " thread (a character counted as a byte)%n",
            root,
            chars.getScore() / 1e6,
            chars.getScoreError() / 1e6);
      }
    }
  }
}
