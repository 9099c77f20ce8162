package io.filingssearch.index;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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
    return index(indexDir, roots, full, true, listener, UnaryOperator.identity());
  }

  /**
   * Indexes the given files (or folders) and leaves every other filing of the index as it is: what
   * a fetch just brought in is added without walking, or removing from the index, the rest of the
   * data folder. Unchanged files are skipped and changed ones replaced, as in {@link #index}.
   *
   * @param indexDir where the index lives (created when missing)
   * @param files files (or folders) of filings to add
   * @param listener progress callbacks
   * @return what was done ({@code removed} is 0)
   * @throws IOException when a file list cannot be read, or when the index cannot be written
   */
  public static IndexReport add(Path indexDir, List<Path> files, IndexListener listener)
      throws IOException {
    return index(indexDir, files, false, false, listener, UnaryOperator.identity());
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
    return index(indexDir, roots, full, true, listener, wrap);
  }

  /**
   * Indexes under the index folder's lock, after deleting what killed runs left; {@code
   * removeMissing}: filings whose file is not among the roots' are deleted.
   */
  private static IndexReport index(
      Path indexDir,
      List<Path> roots,
      boolean full,
      boolean removeMissing,
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
      return indexLocked(indexDir, roots, full, removeMissing, listener, wrap);
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
      boolean removeMissing,
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
      // A rebuild keeps the moment each filing became searchable, as an update does.
      Map<String, Long> since =
          fresh && IndexLocation.exists(indexDir)
              ? previousSince(IndexLocation.current(indexDir))
              : null;
      gen = fresh ? IndexLocation.newGeneration(indexDir) : IndexLocation.current(indexDir);
      Run run = write(gen, fresh, removeMissing, files, walk, listener, wrap, since);
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
          ms,
          run.otherForms.get());
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
      boolean removeMissing,
      List<Path> files,
      FileWalk walk,
      IndexListener listener,
      UnaryOperator<Directory> wrap,
      Map<String, Long> previousSince)
      throws IOException {
    try (Directory dir = wrap.apply(FSDirectory.open(gen));
        IndexWriter writer = new IndexWriter(dir, config(fresh))) {
      Map<String, Long> since = previousSince == null ? new HashMap<>() : previousSince;
      Map<String, String> known = new HashMap<>();
      Map<String, String> sourceOfId = new HashMap<>();
      if (!fresh) {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
          read(r, known, since, sourceOfId);
        }
      }
      Run run = new Run(writer, known, listener, fresh, since, sourceOfId);
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
      Set<String> present = new HashSet<>(run.archived);
      files.forEach(f -> present.add(f.toString()));
      for (String source : removeMissing ? known.keySet() : Set.<String>of()) {
        // A file in a folder that could not be listed is not known to be gone: it stays.
        if (!present.contains(source) && !run.kept(source) && !walk.inUnreadFolder(source)) {
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

  private static final Set<String> KNOWN_FIELDS =
      Set.of(Fields.SOURCE, Fields.SOURCE_HASH, Fields.FILING_ID, Fields.SEARCHABLE_SINCE);

  /**
   * Reads, for every filing in the index, its source's content hash ({@code known}, by source),
   * when it became searchable ({@code since}, by filing id) and its source ({@code sourceOfId}).
   */
  private static void read(
      DirectoryReader r,
      Map<String, String> known,
      Map<String, Long> since,
      Map<String, String> sourceOfId)
      throws IOException {
    for (var leaf : r.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live != null && !live.get(i)) {
          continue;
        }
        Document d = stored.document(i, KNOWN_FIELDS);
        known.putIfAbsent(d.get(Fields.SOURCE), d.get(Fields.SOURCE_HASH));
        sourceOfId.putIfAbsent(d.get(Fields.FILING_ID), d.get(Fields.SOURCE));
        var t = d.getField(Fields.SEARCHABLE_SINCE);
        if (t != null) {
          since.merge(d.get(Fields.FILING_ID), t.numericValue().longValue(), Math::min);
        }
      }
    }
  }

  /** When each filing of an index's generation became searchable, by filing id. */
  private static Map<String, Long> previousSince(Path gen) throws IOException {
    Map<String, Long> since = new HashMap<>();
    try (Directory dir = FSDirectory.open(gen);
        DirectoryReader r = DirectoryReader.open(dir)) {
      read(r, new HashMap<>(), since, new HashMap<>());
    }
    return since;
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

  /**
   * The accession number an archive entry is named by ({@code 0001193125-24-000005.nc}), or null.
   */
  private static String accessionOf(String entryName) {
    String file = entryName.substring(entryName.lastIndexOf('/') + 1);
    int dot = file.indexOf('.');
    String stem = dot < 0 ? file : file.substring(0, dot);
    return ACCESSION.matcher(stem).matches() ? stem : null;
  }

  /** How much of an archived submission is read to find the form type its header declares. */
  private static final int HEAD_BYTES = 16 * 1024;

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
    final AtomicInteger otherForms = new AtomicInteger();
    final List<IndexReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());

    /** The sources of the filings read from archives in this run (indexed or unchanged). */
    final Set<String> archived = Collections.synchronizedSet(new HashSet<>());

    /**
     * Archives that could not be read to the end: the filings the index has from them stay, since
     * the run cannot tell whether they are still there.
     */
    final Set<String> unreadArchives = Collections.synchronizedSet(new HashSet<>());

    /** Filings deleted because their file is gone (counted after the files are indexed). */
    int removed;

    /** A new index: nothing to replace, so documents are added without a delete term each. */
    final boolean fresh;

    /** When the filings the index had became searchable, by filing id; read-only during the run. */
    final Map<String, Long> since;

    /** The source of each filing id the index has or this run wrote. */
    final Map<String, String> sourceOfId;

    Run(
        IndexWriter writer,
        Map<String, String> known,
        IndexListener listener,
        boolean fresh,
        Map<String, Long> since,
        Map<String, String> sourceOfId) {
      this.since = since;
      this.sourceOfId = new ConcurrentHashMap<>(sourceOfId);
      this.writer = writer;
      this.known = known;
      this.listener = listener;
      this.fresh = fresh;
    }

    /** Whether a filing the run did not see stays in the index (its archive could not be read). */
    boolean kept(String source) {
      int cut = source.indexOf(Archives.SEPARATOR);
      return cut > 0 && unreadArchives.contains(source.substring(0, cut));
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
        List<Path> archives = new ArrayList<>();
        List<Path> large = new ArrayList<>();
        for (Path f : files) {
          if (Archives.isArchive(f)) {
            archives.add(f);
            continue;
          }
          if (isLarge(f)) {
            large.add(f); // a concatenation of submissions, read as an archive is, or too large
            continue;
          }
          futures.add(
              pool.submit(
                  () -> {
                    indexOne(f);
                    return null;
                  }));
        }
        // Archives come after the files, so that they know which accessions the files gave.
        // They are read one at a time on this thread; their filings are parsed by the pool, a few
        // at a time, so that a multi-gigabyte day never sits in memory.
        if (!archives.isEmpty() || !large.isEmpty()) {
          await(futures);
          futures.clear();
        }
        Semaphore inFlight = new Semaphore(threads + 1);
        for (Path a : archives) {
          readArchive(a, pool, inFlight, futures);
        }
        for (Path f : large) {
          readLargeFile(f, pool, inFlight, futures);
        }
        await(futures);
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

    /** Whether a regular file is larger than a filing can be; what cannot be told is not. */
    private static boolean isLarge(Path f) {
      try {
        return Files.isRegularFile(f) && Files.size(f) > FilingParser.MAX_BYTES;
      } catch (IOException e) {
        return false; // reading it fails with its reason
      }
    }

    private static void await(List<Future<?>> futures) throws IOException {
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
     * Reads an archive's entries and hands each filing of the 8-K family to the pool. A damaged or
     * unreadable archive is a failure of that archive; what was read from it before stays.
     */
    private void readArchive(
        Path archive, ExecutorService pool, Semaphore inFlight, List<Future<?>> futures)
        throws IOException {
      String prefix = archive + Archives.SEPARATOR;
      long size = 0;
      try {
        size = Files.size(archive);
        Archives.forEach(
            archive,
            (name, entrySize, in, whole) ->
                readSubmissions(
                    prefix + name,
                    accessionOf(name),
                    whole ? archive.toString() : prefix + name,
                    true,
                    in,
                    member -> submit(member, pool, inFlight, futures)));
      } catch (IOException e) {
        unreadArchives.add(archive.toString());
        failures.add(
            new IndexReport.Failure(
                archive.toString(), "cannot be read as an archive: " + causes(e), e));
      } finally {
        listener.fileDone(size);
      }
    }

    /**
     * Reads a file too large to be one filing: when it is a concatenation of submissions (EDGAR's
     * {@code Oldloads}), its submissions are indexed as an archive's are; otherwise it fails as too
     * large.
     */
    private void readLargeFile(
        Path file, ExecutorService pool, Semaphore inFlight, List<Future<?>> futures)
        throws IOException {
      String source = file.toString();
      long size = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        size = Files.size(file);
        boolean split =
            readSubmissions(
                source, null, source, false, in, member -> submit(member, pool, inFlight, futures));
        if (!split) {
          fail(source, "is too large to be an 8-K", null);
        }
      } catch (IOException e) {
        unreadArchives.add(source);
        fail(source, "cannot be read: " + causes(e), e);
      } finally {
        listener.fileDone(size);
      }
    }

    /** A submission read from an archive or a concatenation, ready to be parsed. */
    private record Member(String source, byte[] content) {}

    /** Hands a member to the pool, a few at a time, so that a large file never sits in memory. */
    private void submit(
        Member member, ExecutorService pool, Semaphore inFlight, List<Future<?>> futures)
        throws IOException {
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("indexing was interrupted", e);
      }
      futures.add(
          pool.submit(
              () -> {
                try {
                  indexContent(member.source(), member.content());
                } finally {
                  inFlight.release();
                }
                return null;
              }));
    }

    /** Receives the members of the 8-K family that a stream of submissions holds. */
    private interface MemberSink {
      void accept(Member member) throws IOException;
    }

    /**
     * Reads one stream of submissions: a single submission (an archive's entry) is known as {@code
     * source}; when it holds several one after another (EDGAR's {@code Oldloads}, detected by the
     * content), each is known as {@code container!/<accession>}. Other forms are counted and
     * skipped; a submission the index has from another file is counted unchanged.
     *
     * @param source the stream's name when it holds one submission
     * @param accession the accession its name gives, or null
     * @param container what the members of a concatenation are named under
     * @param single whether a stream of one submission is handed on too (else the caller reads it)
     * @return whether the stream held more than one submission
     */
    private boolean readSubmissions(
        String source,
        String accession,
        String container,
        boolean single,
        InputStream in,
        MemberSink sink)
        throws IOException {
      Concatenation c = new Concatenation(in);
      InputStream first = c.next();
      if (first == null) {
        return false;
      }
      // The first submission waits until the stream says whether another follows.
      Read head = read(first);
      InputStream next = c.next();
      if (next == null) {
        if (single) {
          member(source, accession, head, sink);
        }
        return false;
      }
      forget(source); // what the index had from this file when it was one filing
      Set<String> names = new HashSet<>();
      member(memberName(container, head, 1, names), head.accession, head, sink);
      for (; next != null; next = c.next()) {
        Read r = read(next);
        member(memberName(container, r, c.pieces(), names), r.accession, r, sink);
      }
      return true;
    }

    /** {@code container!/<accession>}, or the submission's place when its header has none. */
    private static String memberName(String container, Read r, int n, Set<String> names) {
      String name = r.accession != null ? r.accession : "submission-" + n;
      if (!names.add(name)) {
        name = name + "-" + n; // the same accession twice in one file: both are kept apart
        names.add(name);
      }
      return container + Archives.SEPARATOR + name;
    }

    /**
     * What was read of one submission: its declared form and accession, and its bytes when it is of
     * the 8-K family (null for another form, or for one too large to be an 8-K).
     */
    private record Read(String form, String accession, byte[] content, boolean tooLarge) {}

    private static Read read(InputStream in) throws IOException {
      byte[] head = in.readNBytes(HEAD_BYTES);
      String form = Archives.declaredForm(head);
      String accession = Concatenation.accession(head);
      if (form != null && !Archives.isEightK(form)) {
        return new Read(form, accession, null, false);
      }
      byte[] rest = in.readNBytes((int) FilingParser.MAX_BYTES + 1 - head.length);
      if (head.length + rest.length > FilingParser.MAX_BYTES) {
        return new Read(form, accession, null, true);
      }
      byte[] content = new byte[head.length + rest.length];
      System.arraycopy(head, 0, content, 0, head.length);
      System.arraycopy(rest, 0, content, head.length, rest.length);
      return new Read(form, accession, content, false);
    }

    /** Counts, deduplicates and hands on one submission. */
    private void member(String source, String accession, Read r, MemberSink sink)
        throws IOException {
      if (r.content == null && !r.tooLarge) {
        otherForms.incrementAndGet();
        return;
      }
      if (accession != null) {
        // The same filing from another file (a fetched .txt, another archive) is kept once.
        String other = sourceOfId.putIfAbsent(accession, source);
        if (other != null && !other.equals(source)) {
          unchanged.incrementAndGet();
          return;
        }
      }
      archived.add(source);
      if (r.tooLarge) {
        fail(source, "is too large to be an 8-K", null);
        return;
      }
      sink.accept(new Member(source, r.content));
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
        if (Concatenation.mayHoldSeveral(content)
            && readSubmissions(
                source,
                null,
                source,
                false,
                new ByteArrayInputStream(content),
                member -> indexContent(member.source(), member.content()))) {
          return; // EDGAR's submissions one after another: each was indexed as its own filing
        }
        indexContent(source, content);
      } finally {
        listener.fileDone(size);
      }
    }

    /**
     * Indexes one filing's content, unless the index has the same content from the same source. A
     * problem with the content is counted as its failure; an {@link IOException} is the index's.
     */
    private void indexContent(String source, byte[] content) throws IOException {
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
      String other = sourceOfId.putIfAbsent(filing.id(), source);
      if (other != null
          && other.contains(Archives.SEPARATOR)
          && !source.contains(Archives.SEPARATOR)) {
        // A file of a filing the index has from an archive (a watch fetched what a feed held).
        unchanged.incrementAndGet();
        return;
      }
      long searchable = since.getOrDefault(filing.id(), System.currentTimeMillis());
      List<Document> docs = DocumentMapper.toDocuments(filing, hash, searchable);
      if (fresh) {
        writer.addDocuments(docs);
      } else {
        writer.updateDocuments(new Term(Fields.SOURCE, source), docs);
      }
      filings.incrementAndGet();
      sections.addAndGet(docs.size());
      bytes.addAndGet(content.length);
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
