package io.filingssearch.index;

import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.internal.PhrasePairs;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
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
      throw cannotWrite(indexDir, causes(e), e);
    }
    try (Closeable lock = taken) {
      if (lock == null) {
        throw cannotWrite(indexDir, "another run is writing it (wait for it to finish)", null);
      }
      // What killed runs left (a generation never switched to, unreferenced segment files).
      IndexLocation.deleteOrphans(indexDir);
      return indexLocked(indexDir, roots, full, removeMissing, listener, wrap);
    }
  }

  private static IOException cannotWrite(Path indexDir, String why, IOException cause) {
    return new IOException(
        "cannot write the index in " + indexDir.toAbsolutePath() + ": " + why, cause);
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
      IndexRun run = write(gen, fresh, removeMissing, files, walk, listener, wrap, since);
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
  private static IndexRun write(
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
      IndexOptions pairOptions = DocumentMapper.PAIRS;
      if (!fresh) {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
          read(r, known, since, sourceOfId);
          FieldInfo pairs = FieldInfos.getMergedFieldInfos(r).fieldInfo(Fields.BODY_PAIRS);
          if (pairs != null && pairs.getIndexOptions() != IndexOptions.NONE) {
            pairOptions = pairs.getIndexOptions();
          }
        }
      }
      IndexRun run = new IndexRun(writer, known, listener, fresh, since, sourceOfId);
      run.pairs = pairOptions;
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
      Map<String, String> data = new HashMap<>();
      data.put(Fields.COMMIT_INDEXED_AT, Instant.now().toString());
      // Whether every section has its word pairs: only if the index was built by this version.
      var pairs = PhrasePairs.commitEntry(fresh, writer.getLiveCommitData());
      if (pairs != null) {
        data.put(pairs.getKey(), pairs.getValue());
      }
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      return run;
    }
  }

  /** The largest indexing buffer, in MB: beyond it, bigger segments save little merging. */
  private static final long MAX_BUFFER_MB = 1024;

  private static IndexWriterConfig config(boolean fresh) {
    IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField());
    c.setOpenMode(
        fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // A bigger buffer flushes fewer, larger segments, so less is merged later (a corpus of a
    // million
    // sections flushes ten segments rather than forty); a quarter of the heap at most, so that a
    // small heap still indexes.
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    c.setRAMBufferSizeMB(Math.max(16, Math.min(MAX_BUFFER_MB, heapMb / 4)));
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
  static String accessionOf(String entryName) {
    String file = entryName.substring(entryName.lastIndexOf('/') + 1);
    int dot = file.indexOf('.');
    String stem = dot < 0 ? file : file.substring(0, dot);
    return ACCESSION.matcher(stem).matches() ? stem : null;
  }

  /** How much of an archived submission is read to find the form type its header declares. */
  static final int HEAD_BYTES = 16 * 1024;

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
