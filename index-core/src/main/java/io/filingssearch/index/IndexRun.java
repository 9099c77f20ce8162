package io.filingssearch.index;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * One indexing run of {@link FilingIndexer}: files are parsed on all cores and written by the
 * thread-safe writer; it counts what it did for the report.
 */
final class IndexRun {
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
   * Archives that could not be read to the end: the filings the index has from them stay, since the
   * run cannot tell whether they are still there.
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

  /**
   * What the word pairs keep: what this version writes in a new index, and what an older index's
   * pairs keep when adding to it (a field cannot change what it keeps).
   */
  IndexOptions pairs = DocumentMapper.PAIRS;

  IndexRun(
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
      futures.clear();
      // What the threads buffered is written on all cores, rather than by the final commit on one.
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  writer.flushNextBuffer();
                  return null;
                }));
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
        throw new IOException(FilingIndexer.causes(e.getCause()), e.getCause());
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
                  FilingIndexer.accessionOf(name),
                  whole ? archive.toString() : prefix + name,
                  true,
                  in,
                  member -> submit(member, pool, inFlight, futures)));
    } catch (IOException e) {
      unreadArchives.add(archive.toString());
      failures.add(
          new IndexReport.Failure(
              archive.toString(), "cannot be read as an archive: " + FilingIndexer.causes(e), e));
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
      fail(source, "cannot be read: " + FilingIndexer.causes(e), e);
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
   * content), each is known as {@code container!/<accession>}. Other forms are counted and skipped;
   * a submission the index has from another file is counted unchanged.
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
    byte[] head = in.readNBytes(FilingIndexer.HEAD_BYTES);
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
  private void member(String source, String accession, Read r, MemberSink sink) throws IOException {
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
        fail(source, "cannot be read: " + FilingIndexer.causes(e), e);
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
      fail(source, "could not be indexed: " + FilingIndexer.causes(e), e);
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
    List<Document> docs = DocumentMapper.toDocuments(filing, hash, searchable, pairs);
    if (fresh) {
      writer.addDocuments(docs);
    } else {
      writer.updateDocuments(new Term(Fields.SOURCE, source), docs);
    }
    filings.incrementAndGet();
    sections.addAndGet(docs.size());
    bytes.addAndGet(content.length);
  }

  /** A bad filing's message without the file name the failure already carries, with its causes. */
  private static String reason(BadFilingException e, String source) {
    String prefix = source + ": ";
    String message = e.getMessage();
    String reason = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return e.getCause() == null || reason.contains(String.valueOf(e.getCause().getMessage()))
        ? reason
        : reason + ": " + FilingIndexer.causes(e.getCause());
  }
}
