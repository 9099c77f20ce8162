package io.filingssearch.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the files under the folders of a run, following symbolic links. What cannot be read is
 * never dropped silently: a folder that cannot be listed is a failure (its files are not known, so
 * they are not removed from the index either), and what is not a regular file (a named pipe, a
 * device, a socket, a dangling link, a link loop) is skipped with its reason. Not thread-safe.
 */
final class FileWalk implements FileVisitor<Path> {
  /** Files a walk does not look at: hidden files and documentation or images beside filings. */
  private static final Pattern IGNORED = Pattern.compile("(?i).*\\.(md|json|png|jpe?g|gif|pdf)$");

  final List<Path> files = new ArrayList<>();
  final List<IndexReport.Failure> skipped = new ArrayList<>();
  final List<IndexReport.Failure> failed = new ArrayList<>();

  /** Folders that could not be listed: what the index has from them is kept. */
  final List<Path> unreadFolders = new ArrayList<>();

  // A folder given twice, or inside another one given, is still indexed once.
  private final Set<Path> seen = new HashSet<>();

  /**
   * Walks the roots.
   *
   * @param roots folders or files
   * @return the walk, its files sorted
   * @throws IOException when a root does not exist
   */
  static FileWalk of(List<Path> roots) throws IOException {
    FileWalk w = new FileWalk();
    for (Path root : roots) {
      if (!Files.exists(root) && !Files.isSymbolicLink(root)) {
        throw new IOException(root + ": no such file or folder");
      }
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, w);
    }
    Collections.sort(w.files);
    return w;
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (name.startsWith(".") || IGNORED.matcher(name).matches()) {
      return FileVisitResult.CONTINUE;
    }
    if (attrs.isRegularFile()) {
      if (seen.add(file.toAbsolutePath().normalize())) {
        files.add(file);
      }
    } else if (attrs.isSymbolicLink()) {
      // Following links, a link is only seen as itself when what it points to cannot be reached.
      skipped.add(
          new IndexReport.Failure(
              file.toString(),
              "skipped: a symbolic link that leads nowhere (dangling or a loop)",
              null));
    } else if (!attrs.isDirectory()) {
      skipped.add(
          new IndexReport.Failure(
              file.toString(),
              "skipped: not a regular file (a named pipe, device or socket)",
              null));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException) {
      skipped.add(
          new IndexReport.Failure(
              file.toString(), "skipped: a symbolic link to a folder it is in (a loop)", null));
    } else if (e instanceof NoSuchFileException) {
      // Gone since its folder was listed: nothing to index and nothing to report.
    } else {
      String why =
          e instanceof AccessDeniedException ? "permission denied" : FilingIndexer.causes(e);
      failed.add(
          new IndexReport.Failure(
              file.toString(), "cannot be read (" + why + "); the rest was indexed", e));
      unreadFolders.add(file.toAbsolutePath().normalize());
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      // The folder broke off while it was listed: what was found is kept, the rest reported.
      return visitFileFailed(dir, e);
    }
    return FileVisitResult.CONTINUE;
  }

  /** Whether a file lies in a folder this walk could not list. */
  boolean inUnreadFolder(String source) {
    Path p = Path.of(source).toAbsolutePath().normalize();
    for (Path dir : unreadFolders) {
      if (p.startsWith(dir)) {
        return true;
      }
    }
    return false;
  }
}
