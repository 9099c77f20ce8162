package io.filingssearch.bench;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse+extract throughput over a folder of filings, one filing per operation in turn; the {@code
 * bytes} counter gives bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@State(Scope.Thread)
public class ParseExtractBenchmark {

  /** The filings, read into memory once so that the disk is not measured. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The folder (or a file listing files, one per line) to read. */
    @Param("")
    public String root;

    List<String> sources;
    List<byte[]> contents;

    /** Reads every filing. */
    @Setup(Level.Trial)
    public void load() throws IOException {
      sources = new ArrayList<>();
      contents = new ArrayList<>();
      for (Path p : Corpora.files(Path.of(root))) {
        sources.add(p.toString());
        contents.add(Files.readAllBytes(p));
      }
      if (contents.isEmpty()) {
        throw new IllegalArgumentException("root has no filings: " + root);
      }
    }
  }

  /** Bytes parsed, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes of the filings done. */
    public long bytes;

    int next;
  }

  private final FilingParser parser = new FilingParser();
  private final FactExtractor extractor = new FactExtractor();

  /** Parses the next filing, without extracting (to tell the two stages apart). */
  @Benchmark
  public Filing parseOnly(Input in, Bytes counter) {
    int i = counter.next;
    counter.next = (i + 1) % in.contents.size();
    byte[] content = in.contents.get(i);
    counter.bytes += content.length;
    try {
      return parser.parse(in.sources.get(i), content);
    } catch (BadFilingException e) {
      return null;
    }
  }

  /** Parses and extracts the next filing. */
  @Benchmark
  public Filing parseAndExtract(Input in, Bytes counter) {
    int i = counter.next;
    counter.next = (i + 1) % in.contents.size();
    byte[] content = in.contents.get(i);
    counter.bytes += content.length;
    try {
      return extractor.extract(parser.parse(in.sources.get(i), content));
    } catch (BadFilingException e) {
      return null;
    }
  }
}
