package io.filingssearch.index;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Builds and updates an index of filings. Parsing and extraction run on all cores.
 *
 * <p>Incremental by default: files whose content did not change are skipped, changed files replace
 * their filing's sections, files that are gone are deleted from the index. A full rebuild writes a
 * fresh index beside the current one and switches to it atomically. A crash or interrupt leaves the
 * previous index intact and searchable: nothing is visible until the final commit. Not thread-safe:
 * run one indexer per folder (Lucene's write lock refuses a second).
 */
public final class FilingIndexer {
  private FilingIndexer() {}

  /**
   * Indexes every file under the given folders (recursively) into {@code indexDir}.
   *
   * @param indexDir where the index lives (created when missing)
   * @param roots folders (or single files) of filings
   * @param full rebuild from scratch instead of updating
   * @param listener progress callbacks
   * @return what was done
   * @throws IOException when the index cannot be written or a folder cannot be read
   */
  public static IndexReport index(
      Path indexDir, List<Path> roots, boolean full, IndexListener listener) throws IOException {
    long t0 = System.nanoTime();
    List<Path> found = walk(roots);
    List<Path> files = filesToIndex(found);
    int parts = found.size() - files.size();
    long totalBytes = 0;
    for (Path f : files) {
      totalBytes += Files.size(f);
    }
    listener.started(files.size(), totalBytes);

    boolean fresh = full || !IndexLocation.exists(indexDir) || writtenByOlderVersion(indexDir);
    Path gen = fresh ? IndexLocation.newGeneration(indexDir) : IndexLocation.current(indexDir);
    boolean switched = false;
    try (Directory dir = FSDirectory.open(gen);
        IndexWriter writer = new IndexWriter(dir, config(fresh))) {
      Map<String, String> known = fresh ? Map.of() : knownSources(writer);
      Run run = new Run(writer, known, listener, fresh);
      run.indexAll(files);
      int removed = 0;
      Set<String> present = new HashSet<>();
      files.forEach(f -> present.add(f.toString()));
      for (String source : known.keySet()) {
        if (!present.contains(source)) {
          writer.deleteDocuments(new Term(Fields.SOURCE, source));
          removed++;
        }
      }
      writer.setLiveCommitData(
          Map.of(Fields.COMMIT_INDEXED_AT, Instant.now().toString()).entrySet());
      writer.commit();
      writer.close();
      if (fresh) {
        IndexLocation.switchTo(indexDir, gen);
        switched = true;
        IndexLocation.deleteOldGenerations(indexDir, gen);
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      return new IndexReport(
          found.size(),
          run.filings.get(),
          run.sections.get(),
          run.unchanged.get(),
          parts,
          removed,
          run.failures,
          run.bytes.get(),
          ms);
    } catch (IOException | RuntimeException e) {
      if (fresh && !switched) {
        // The new generation was never switched to: the previous index stays in use.
        IndexLocation.deleteTree(gen);
      }
      throw e;
    }
  }

  /**
   * True when the index was written with field settings this version cannot add to (the exact body
   * with positions, before phrases moved to the stemmed body): such an index is rebuilt whole,
   * since Lucene refuses documents whose field settings differ from the index's.
   */
  static boolean writtenByOlderVersion(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(IndexLocation.current(indexDir));
        DirectoryReader r = DirectoryReader.open(dir)) {
      org.apache.lucene.index.FieldInfo exact =
          org.apache.lucene.index.FieldInfos.getMergedFieldInfos(r).fieldInfo(Fields.BODY_EXACT);
      return exact != null
          && exact.getIndexOptions() != org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS;
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      return true;
    }
  }

  private static IndexWriterConfig config(boolean fresh) {
    IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField());
    c.setOpenMode(
        fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // A bigger buffer flushes fewer, larger segments, so less is merged later; a quarter of the
    // heap at most, so that a small heap still indexes.
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    c.setRAMBufferSizeMB(Math.max(16, Math.min(256, heapMb / 4)));
    c.setCommitOnClose(false);
    // Segments stay as their files: packing each into a compound file copies every byte again.
    c.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0);
    c.setMergePolicy(merges);
    return c;
  }

  /** Source path to content hash of every filing in the index. */
  private static Map<String, String> knownSources(IndexWriter writer) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      for (var leaf : r.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = stored.document(i, Set.of(Fields.SOURCE, Fields.SOURCE_HASH));
          out.putIfAbsent(d.get(Fields.SOURCE), d.get(Fields.SOURCE_HASH));
        }
      }
    }
    return out;
  }

  /**
   * Every regular file under the roots, sorted, skipping hidden files and documentation.
   *
   * @param roots folders or files
   * @return the files
   * @throws IOException when a root is missing or cannot be read
   */
  public static List<Path> walk(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    // A folder given twice, or inside another one given, is still indexed once.
    Set<Path> seen = new HashSet<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IOException(root + ": no such file or folder");
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .filter(
                p ->
                    !p.getFileName()
                        .toString()
                        .matches("(?i).*\\.(md|json|png|jpe?g|gif|pdf|zip)$"))
            .filter(p -> seen.add(p.toAbsolutePath().normalize()))
            .forEach(out::add);
      }
    }
    Collections.sort(out);
    return out;
  }

  private static final java.util.regex.Pattern ACCESSION =
      java.util.regex.Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

  /**
   * The files of a walk that a run indexes. EDGAR keeps a filing as {@code <accession>/} with the
   * complete submission {@code <accession>.txt} beside copies of its parts (the primary document
   * {@code d740679d8k.htm}, the index page, the header): when the complete submission is there, the
   * parts are skipped, so that one filing is one filing in the index.
   *
   * @param files files found under the folders
   * @return those to index, in the same order
   */
  public static List<Path> filesToIndex(List<Path> files) {
    Set<Path> submissionFolders = new HashSet<>();
    for (Path f : files) {
      Path dir = f.getParent();
      String name = dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
      if (ACCESSION.matcher(name).matches() && f.getFileName().toString().equals(name + ".txt")) {
        submissionFolders.add(dir);
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      Path dir = f.getParent();
      if (!submissionFolders.contains(dir)
          || f.getFileName().toString().equals(dir.getFileName() + ".txt")) {
        out.add(f);
      }
    }
    return out;
  }

  /** One indexing run: files are parsed on all cores and written by the thread-safe writer. */
  private static final class Run {
    final IndexWriter writer;
    final Map<String, String> known;
    final IndexListener listener;
    final FilingParser parser = new FilingParser();
    final FactExtractor extractor = new FactExtractor();
    final AtomicInteger filings = new AtomicInteger();
    final AtomicInteger sections = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();
    final List<IndexReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());

    /** A new index: nothing to replace, so documents are added without a delete term each. */
    final boolean fresh;

    Run(IndexWriter writer, Map<String, String> known, IndexListener listener, boolean fresh) {
      this.writer = writer;
      this.known = known;
      this.listener = listener;
      this.fresh = fresh;
    }

    void indexAll(List<Path> files) throws IOException {
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "indexer");
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (Path f : files) {
          futures.add(
              pool.submit(
                  () -> {
                    indexOne(f);
                    return null;
                  }));
        }
        for (Future<?> fu : futures) {
          try {
            fu.get();
          } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
              throw io;
            }
            if (e.getCause() instanceof UncheckedIOException u) {
              throw u.getCause();
            }
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }

    /** A known file that changed into something unreadable keeps nothing stale in the index. */
    private void forget(String source) throws IOException {
      if (known.containsKey(source)) {
        writer.deleteDocuments(new Term(Fields.SOURCE, source));
      }
    }

    private void indexOne(Path f) throws IOException {
      long size = 0;
      try {
        size = Files.size(f);
        if (size > FilingParser.MAX_BYTES) {
          failures.add(new IndexReport.Failure(f.toString(), "is too large to be an 8-K"));
          forget(f.toString());
          return;
        }
        byte[] content = Files.readAllBytes(f);
        String hash = sha256(content);
        String source = f.toString();
        if (hash.equals(known.get(source))) {
          unchanged.incrementAndGet();
          return;
        }
        Filing filing;
        try {
          filing = extractor.extract(parser.parse(source, content));
        } catch (BadFilingException e) {
          failures.add(new IndexReport.Failure(source, reason(e.getMessage(), source)));
          forget(source);
          return;
        } catch (RuntimeException e) {
          failures.add(new IndexReport.Failure(source, "could not be indexed (" + e + ")"));
          forget(source);
          return;
        }
        List<Document> docs = DocumentMapper.toDocuments(filing, hash);
        if (fresh) {
          writer.addDocuments(docs);
        } else {
          writer.updateDocuments(new Term(Fields.SOURCE, source), docs);
        }
        filings.incrementAndGet();
        sections.addAndGet(docs.size());
        bytes.addAndGet(content.length);
      } catch (IOException e) {
        failures.add(
            new IndexReport.Failure(f.toString(), "cannot be read (" + e.getMessage() + ")"));
      } finally {
        listener.fileDone(size);
      }
    }
  }

  private static String reason(String message, String source) {
    String prefix = source + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
