package io.filingssearch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The layout of an index folder: generations {@code gen-1}, {@code gen-2}, ... and a file {@code
 * CURRENT} naming the one in use. A full rebuild writes a new generation and then replaces {@code
 * CURRENT} with an atomic rename, so a reader always sees a whole index.
 */
public final class IndexLocation {
  private static final String CURRENT = "CURRENT";

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
