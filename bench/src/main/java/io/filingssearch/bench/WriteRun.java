package io.filingssearch.bench;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The index writer alone, timed in thread CPU time: the filings under a folder are parsed and
 * extracted once, then their section documents ({@link DocumentMapper}) are written to an index in
 * memory, on one thread, round after round (one segment, no merging, the final flush included).
 * Each round writes them twice, in turn: as indexing does ({@code mapper}) and with the two body
 * fields handed to the writer as plain text for the analyzers of {@link Analyzers#perField()} to
 * analyze each ({@code analyzers}, how the body was indexed before it was analyzed once for both
 * fields). So two ways of writing the same documents are compared in the same minutes, apart from
 * parsing and extraction. With a fourth argument, a comma-separated list of field names, the other
 * way is the mapper's documents without those fields ({@code without}): what they cost the writer.
 *
 * <p>Usage: {@code java -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
 * io.filingssearch.bench.WriteRun FOLDER [MAX_FILES] [ROUNDS] [FIELD,...]} (defaults: every file, 5
 * rounds; the first warms up).
 */
public final class WriteRun {
  private WriteRun() {}

  /**
   * Runs the rounds.
   *
   * @param args the folder of filings, then optionally how many of its files and how many rounds
   * @throws Exception when the folder cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: WriteRun FOLDER [MAX_FILES] [ROUNDS]");
      System.exit(2);
    }
    List<Path> files = Corpora.files(Path.of(args[0]));
    int max = args.length > 1 ? Integer.parseInt(args[1]) : files.size();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Set<String> dropped = args.length > 3 ? Set.of(args[3].split(",")) : Set.of();
    String other = dropped.isEmpty() ? "analyzers" : "without";
    FilingParser parser = new FilingParser();
    FactExtractor extractor = new FactExtractor();
    List<Filing> filings = new ArrayList<>();
    long bytes = 0;
    for (Path p : files.subList(0, Math.min(max, files.size()))) {
      try {
        filings.add(extractor.extract(parser.parse(p)));
        bytes += java.nio.file.Files.size(p);
      } catch (BadFilingException e) {
        // not the writer's concern
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < 2; k++) {
        boolean mapper = (round + k) % 2 == 0;
        long c0 = cpu.getCurrentThreadCpuTime();
        long sections = 0;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriter w = new IndexWriter(dir, config())) {
          for (Filing f : filings) {
            List<Document> docs = DocumentMapper.toDocuments(f, "hash", 0L);
            if (!mapper) {
              docs =
                  docs.stream()
                      .map(d -> dropped.isEmpty() ? plainBody(d) : without(d, dropped))
                      .toList();
            }
            w.addDocuments(docs);
            sections += docs.size();
          }
          w.commit();
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(
            "[write-run] round %d %-9s: %d filings, %d sections, %.1f MB of files, %.2f s thread"
                + " CPU, %.2f MB/s%n",
            round,
            mapper ? "mapper" : other,
            filings.size(),
            sections,
            bytes / 1e6,
            seconds,
            bytes / 1e6 / seconds);
      }
    }
  }

  /** One segment written on this thread: a buffer larger than the documents, no merging. */
  private static IndexWriterConfig config() {
    IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField());
    c.setRAMBufferSizeMB(1024);
    c.setUseCompoundFile(false);
    c.setMergePolicy(NoMergePolicy.INSTANCE);
    c.setCommitOnClose(false);
    return c;
  }

  /** The document without the fields named. */
  private static Document without(Document d, Set<String> names) {
    Document out = new Document();
    for (IndexableField f : d) {
      if (!names.contains(f.name())) {
        out.add(f);
      }
    }
    return out;
  }

  /** The document with its body fields as plain text, analyzed by the writer's analyzer. */
  private static Document plainBody(Document d) {
    Document out = new Document();
    for (IndexableField f : d) {
      if (f.name().equals(Fields.BODY) || f.name().equals(Fields.BODY_EXACT)) {
        out.add(new Field(f.name(), f.stringValue(), f.fieldType()));
      } else {
        out.add(f);
      }
    }
    return out;
  }
}
