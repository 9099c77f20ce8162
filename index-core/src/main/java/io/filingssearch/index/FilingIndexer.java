package io.filingssearch.index;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
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
   * <p>A file that cannot be read or is not a filing is counted in {@link IndexReport#failures()}
   * and the run goes on; a failure to write the index (a full disk, say) stops the run, and the
   * index stays as the last run left it.
   *
   * @param indexDir where the index lives (created when missing)
   * @param roots folders (or single files) of filings
   * @param full rebuild from scratch instead of updating
   * @param listener progress callbacks
   * @return what was done
   * @throws IOException when a folder cannot be read, or when the index cannot be written (the
   *     message names the index folder and the cause)
   */
  public static IndexReport index(
      Path indexDir, List<Path> roots, boolean full, IndexListener listener) throws IOException {
    return index(indexDir, roots, full, listener, UnaryOperator.identity());
  }

  /**
   * {@link #index(Path, List, boolean, IndexListener)} writing through {@code wrap(directory)}: a
   * seam for tests that make the index's storage fail.
   */
  static IndexReport index(
      Path indexDir,
      List<Path> roots,
      boolean full,
      IndexListener listener,
      UnaryOperator<Directory> wrap)
      throws IOException {
    Closeable taken;
    try {
      taken = IndexLocation.tryLock(indexDir);
    } catch (IOException e) {
      throw new IOException(
          "cannot write the index in " + indexDir.toAbsolutePath() + ": " + causes(e), e);
    }
    try (Closeable lock = taken) {
      if (lock == null) {
        throw new IOException(
            "cannot write the index in "
                + indexDir.toAbsolutePath()
                + ": another run is writing it (wait for it to finish)");
      }
      // What killed runs left (a generation never switched to, unreferenced segment files).
      IndexLocation.deleteOrphans(indexDir);
      return indexLocked(indexDir, roots, full, listener, wrap);
    }
  }

  /**
   * Deletes what interrupted runs left in an index folder: generation folders that {@code CURRENT}
   * does not name and files no commit references. Every indexing run does this first; a server does
   * it when it starts. Does nothing while another run (in any process) is writing the folder, since
   * what it writes is not yet referenced.
   *
   * @param indexDir the index folder
   * @return how many folders and files were deleted; -1 when another run holds the folder
   * @throws IOException when the folder cannot be read or the index cannot be opened
   */
  public static int deleteOrphans(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return 0;
    }
    try (Closeable lock = IndexLocation.tryLock(indexDir)) {
      return lock == null ? -1 : IndexLocation.deleteOrphans(indexDir);
    }
  }

  private static IndexReport indexLocked(
      Path indexDir,
      List<Path> roots,
      boolean full,
      IndexListener listener,
      UnaryOperator<Directory> wrap)
      throws IOException {
    long t0 = System.nanoTime();
    FileWalk walk = FileWalk.of(roots);
    List<Path> found = walk.files;
    List<Path> files = filesToIndex(found);
    int parts = found.size() - files.size();
    long totalBytes = 0;
    for (Path f : files) {
      // A file that vanished since the walk fails when it is read, with its reason.
      totalBytes += Files.exists(f) ? Files.size(f) : 0;
    }
    listener.started(files.size(), totalBytes);

    boolean fresh = full || !IndexLocation.exists(indexDir);
    Path gen = null;
    boolean switched = false;
    try {
      gen = fresh ? IndexLocation.newGeneration(indexDir) : IndexLocation.current(indexDir);
      Run run = write(gen, fresh, files, walk, listener, wrap);
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
          run.removed,
          run.failures,
          walk.skipped,
          run.bytes.get(),
          ms);
    } catch (IOException | RuntimeException e) {
      if (fresh && gen != null && !switched) {
        // The new generation was never switched to: the previous index stays in use.
        IndexLocation.deleteTree(gen);
      }
      throw new IOException(
          "cannot write the index in " + indexDir.toAbsolutePath() + ": " + causes(e), e);
    }
  }

  /** Indexes the files into one generation of the index and commits. */
  private static Run write(
      Path gen,
      boolean fresh,
      List<Path> files,
      FileWalk walk,
      IndexListener listener,
      UnaryOperator<Directory> wrap)
      throws IOException {
    try (Directory dir = wrap.apply(FSDirectory.open(gen));
        IndexWriter writer = new IndexWriter(dir, config(fresh))) {
      Map<String, String> known = fresh ? Map.of() : knownSources(writer);
      Run run = new Run(writer, known, listener, fresh);
      run.failures.addAll(walk.failed);
      try {
        run.indexAll(files);
      } catch (IOException | RuntimeException e) {
        // A write that failed may have closed the writer: what closed it is the cause to report.
        Throwable tragedy = writer.getTragicException();
        if (tragedy != null && tragedy != e && e.getCause() != tragedy) {
          throw new IOException(tragedy.getMessage(), tragedy);
        }
        throw e;
      }
      Set<String> present = new HashSet<>();
      files.forEach(f -> present.add(f.toString()));
      for (String source : known.keySet()) {
        // A file in a folder that could not be listed is not known to be gone: it stays.
        if (!present.contains(source) && !walk.inUnreadFolder(source)) {
          writer.deleteDocuments(new Term(Fields.SOURCE, source));
          run.removed++;
        }
      }
      writer.setLiveCommitData(
          Map.of(Fields.COMMIT_INDEXED_AT, Instant.now().toString()).entrySet());
      writer.commit();
      return run;
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
   * Every regular file under the roots, sorted, skipping hidden files and documentation. Symbolic
   * links are followed; what cannot be read is left out (an indexing run reports it).
   *
   * @param roots folders or files
   * @return the files
   * @throws IOException when a root is missing
   */
  public static List<Path> walk(List<Path> roots) throws IOException {
    return List.copyOf(FileWalk.of(roots).files);
  }

  private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

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

    /** Filings deleted because their file is gone (counted after the files are indexed). */
    int removed;

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
            throw new IOException(causes(e.getCause()), e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
          }
        }
      } finally {
        pool.shutdownNow();
        // After a failure, files still in hand finish before the caller closes the writer.
        try {
          pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /** A known file that changed into something unreadable keeps nothing stale in the index. */
    private void forget(String source) throws IOException {
      if (known.containsKey(source)) {
        writer.deleteDocuments(new Term(Fields.SOURCE, source));
      }
    }

    /** Counts an input that cannot be indexed; a file that was indexed before leaves the index. */
    private void fail(String source, String reason, Exception cause) throws IOException {
      failures.add(new IndexReport.Failure(source, reason, cause));
      forget(source);
    }

    /**
     * Indexes one file. A problem with the file is counted as its failure; an {@link IOException}
     * thrown from here is the index's own (its storage failed) and stops the run.
     */
    private void indexOne(Path f) throws IOException {
      String source = f.toString();
      long size = 0;
      try {
        byte[] content;
        try {
          if (!Files.isRegularFile(f)) {
            // Replaced since the walk by something that may never end (a named pipe).
            fail(source, "is not a regular file (a named pipe, device or socket)", null);
            return;
          }
          size = Files.size(f);
          if (size > FilingParser.MAX_BYTES) {
            fail(source, "is too large to be an 8-K", null);
            return;
          }
          content = Files.readAllBytes(f);
        } catch (IOException e) {
          fail(source, "cannot be read: " + causes(e), e);
          return;
        }
        String hash = FilingParser.contentHash(content);
        if (hash.equals(known.get(source))) {
          unchanged.incrementAndGet();
          return;
        }
        Filing filing;
        try {
          filing = extractor.extract(parser.parse(source, content, hash));
        } catch (BadFilingException e) {
          fail(source, reason(e, source), e);
          return;
        } catch (RuntimeException e) {
          fail(source, "could not be indexed: " + causes(e), e);
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
      } finally {
        listener.fileDone(size);
      }
    }
  }

  /** A bad filing's message without the file name the failure already carries, with its causes. */
  private static String reason(BadFilingException e, String source) {
    String prefix = source + ": ";
    String message = e.getMessage();
    String reason = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return e.getCause() == null || reason.contains(String.valueOf(e.getCause().getMessage()))
        ? reason
        : reason + ": " + causes(e.getCause());
  }

  /**
   * The messages of an exception and its causes, outermost first, each said once: {@code "write
   * failed: No space left on device"}.
   */
  static String causes(Throwable e) {
    StringBuilder out = new StringBuilder();
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      String m = t.getMessage() == null || t.getMessage().isBlank() ? t.toString() : t.getMessage();
      if (out.indexOf(m) < 0) {
        out.append(out.isEmpty() ? "" : ": ").append(m);
      }
    }
    return out.toString();
  }
}
