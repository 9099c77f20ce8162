package io.filingssearch.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The layout of an index folder: generations {@code gen-1}, {@code gen-2}, ... and a file {@code
 * CURRENT} naming the one in use. A full rebuild writes a new generation and then replaces {@code
 * CURRENT} with an atomic rename, so a reader always sees a whole index.
 */
public final class IndexLocation {
  private static final String CURRENT = "CURRENT";

  /** The lock a writing run holds on the whole index folder, across processes. */
  private static final String LOCK = "index.lock";

  private IndexLocation() {}

  /**
   * The generation in use.
   *
   * @param indexDir the index folder
   * @return its current generation's folder
   * @throws NoSuchFileException when the folder holds no index
   * @throws IOException when it cannot be read
   */
  public static Path current(Path indexDir) throws IOException {
    Path pointer = indexDir.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      throw new NoSuchFileException(
          indexDir.toString(), null, "no index here (run: filings index)");
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
    if (!name.matches("gen-\\d+")) {
      throw new IOException(pointer + " is damaged: '" + name + "'");
    }
    return indexDir.resolve(name);
  }

  /**
   * Whether the folder holds an index.
   *
   * @param indexDir the index folder
   * @return true when it has a current generation
   */
  public static boolean exists(Path indexDir) {
    return Files.isRegularFile(indexDir.resolve(CURRENT));
  }

  /**
   * Creates the next generation's folder, never one another rebuild took.
   *
   * @param indexDir the index folder
   * @return the new, empty generation folder
   * @throws IOException when it cannot be created
   */
  public static Path newGeneration(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    int max = 0;
    try (Stream<Path> s = Files.list(indexDir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String n = p.getFileName().toString();
        if (n.matches("gen-\\d+")) {
          max = Math.max(max, Integer.parseInt(n.substring(4)));
        }
      }
    }
    // createDirectory fails when the folder exists: two rebuilds never share a generation.
    for (int n = max + 1; ; n++) {
      try {
        return Files.createDirectory(indexDir.resolve("gen-" + n));
      } catch (FileAlreadyExistsException e) {
        // another rebuild took this one
      }
    }
  }

  /**
   * Makes a generation the current one, atomically and durably.
   *
   * @param indexDir the index folder
   * @param gen the generation to switch to
   * @throws IOException when the pointer cannot be written
   */
  public static void switchTo(Path indexDir, Path gen) throws IOException {
    Path tmp = indexDir.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, gen.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    // Durable before and after the rename, so a power cut leaves one whole pointer.
    IOUtils.fsync(tmp, false);
    try {
      Files.move(
          tmp,
          indexDir.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, indexDir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    IOUtils.fsync(indexDir, true);
  }

  /**
   * Deletes generations other than the current one (left by earlier rebuilds or crashes).
   *
   * @param indexDir the index folder
   * @param keep the generation to keep
   */
  public static void deleteOldGenerations(Path indexDir, Path keep) {
    try (Stream<Path> s = Files.list(indexDir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.getFileName().toString().matches("gen-\\d+") && !p.equals(keep)) {
          deleteTree(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Old generations only waste space; a searcher may still hold one open.
    }
  }

  /**
   * Takes the index folder's lock, held by a run for as long as it writes (across processes, with
   * the operating system's file lock): what a run is building is never taken for an orphan.
   *
   * @param indexDir the index folder (created when missing)
   * @return the lock, to close when the run is done; null when another run holds it
   * @throws IOException when the lock file cannot be created
   */
  public static Closeable tryLock(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    FileChannel channel =
        FileChannel.open(
            indexDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run in this process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    FileLock held = lock;
    return () -> {
      try (channel) {
        held.release();
      }
    };
  }

  /**
   * Deletes what interrupted runs left: generations {@code CURRENT} does not name, a half-written
   * pointer, and (through the Lucene writer, which deletes what no commit references when it opens)
   * segment files of the current generation that no commit references. The caller holds {@link
   * #tryLock(Path)}.
   *
   * @param indexDir the index folder
   * @return the generation folders and files deleted
   * @throws IOException when the current generation cannot be opened
   */
  public static int deleteOrphans(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return 0;
    }
    int deleted = Files.deleteIfExists(indexDir.resolve(CURRENT + ".tmp")) ? 1 : 0;
    Path keep = exists(indexDir) ? current(indexDir) : null;
    try (Stream<Path> s = Files.list(indexDir)) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().matches("gen-\\d+") && !p.equals(keep)) {
          deleteTree(p);
          deleted++;
        }
      }
    }
    if (keep != null && Files.isDirectory(keep)) {
      int before = fileCount(keep);
      try (Directory dir = FSDirectory.open(keep);
          IndexWriter w =
              new IndexWriter(
                  dir,
                  new IndexWriterConfig()
                      .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                      .setCommitOnClose(false))) {
        w.rollback();
      }
      deleted += Math.max(0, before - fileCount(keep));
    }
    return deleted;
  }

  private static int fileCount(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return (int) s.count();
    }
  }

  /**
   * Deletes a folder and everything in it.
   *
   * @param p the folder
   * @throws IOException when something cannot be deleted
   */
  public static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(q);
      }
    }
  }

  /**
   * Bytes on disk of a generation.
   *
   * @param gen the generation's folder
   * @return the sum of its files' sizes
   * @throws IOException when it cannot be listed
   */
  public static long size(Path gen) throws IOException {
    try (Stream<Path> s = Files.walk(gen)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
