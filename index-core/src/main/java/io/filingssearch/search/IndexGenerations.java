package io.filingssearch.search;

import io.filingssearch.internal.IndexLocation;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index folder's current generation as searchers to lease: one {@link SearcherManager} per
 * generation, switched when a full rebuild publishes a new one and refreshed when an incremental
 * run commits. Thread-safe.
 */
final class IndexGenerations implements Closeable {
  /** How often searches look for a newer index on their own. */
  private static final long AUTO_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Path indexDir;
  private final FacetTables facetTables;
  private final List<Directory> directories = new CopyOnWriteArrayList<>();
  private final Runnable onChange;

  private volatile Path generation;
  private volatile SearcherManager manager;
  private volatile long lastRefresh = System.nanoTime();

  /**
   * Opens the current generation.
   *
   * @param onChange called after every change the searches will see
   */
  IndexGenerations(Path indexDir, FacetTables facetTables, Runnable onChange) throws IOException {
    this.indexDir = indexDir;
    this.facetTables = facetTables;
    this.onChange = onChange;
    open(IndexLocation.current(indexDir));
  }

  /** A searcher borrowed from the manager that was current, given back on close. */
  record Lease(SearcherManager manager, IndexSearcher searcher) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      manager.release(searcher);
    }
  }

  private synchronized void open(Path gen) throws IOException {
    Directory dir = FSDirectory.open(gen);
    SearcherManager old = manager;
    manager =
        new SearcherManager(
            dir,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                // Facet tables are built before a reader is published, not by its first search.
                facetTables.of(reader);
                return new IndexSearcher(reader);
              }
            });
    directories.add(dir);
    generation = gen;
    if (old != null) {
      old.close();
    }
    // The previous generation's folder stays open for searches that leased it just before; older
    // ones have no reader left.
    while (directories.size() > 2) {
      directories.remove(0).close();
    }
  }

  /** Makes changes committed by an indexer visible to the next leases. */
  synchronized void refresh() throws IOException {
    lastRefresh = System.nanoTime();
    Path current = IndexLocation.current(indexDir);
    if (!current.equals(generation)) {
      open(current);
    } else if (!manager.maybeRefresh()) {
      return;
    }
    onChange.run();
  }

  /** Refreshes when the last refresh is more than a second old. */
  void maybeRefresh() throws IOException {
    if (System.nanoTime() - lastRefresh > AUTO_REFRESH_NANOS) {
      refresh();
    }
  }

  /**
   * Borrows the current searcher. A full rebuild switches to a new manager and closes the old one;
   * a search that read the old one just before retries with the new one instead of failing.
   */
  Lease lease() throws IOException {
    while (true) {
      SearcherManager m = manager;
      try {
        return new Lease(m, m.acquire());
      } catch (AlreadyClosedException e) {
        if (m == manager) {
          throw e;
        }
      }
    }
  }

  /** Bytes on disk of the current generation, or -1 while an indexer is changing its files. */
  long sizeBytes() {
    try {
      return IndexLocation.size(generation);
    } catch (IOException | UncheckedIOException e) {
      // Files come and go while an indexer merges segments: the size is unknown this moment.
      return -1;
    }
  }

  Path indexDir() {
    return indexDir;
  }

  @Override
  public synchronized void close() throws IOException {
    manager.close();
    for (Directory d : directories) {
      d.close();
    }
  }
}
