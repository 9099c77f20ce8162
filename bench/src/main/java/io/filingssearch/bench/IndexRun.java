package io.filingssearch.bench;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One full index build in its own JVM, so that its peak memory is its own and a run that takes too
 * long can be stopped. Prints {@code progress FILES BYTES} lines as it goes and one {@code result
 * key=value ...} line at the end.
 */
public final class IndexRun {
  private IndexRun() {}

  /**
   * Builds an index.
   *
   * @param args the index folder, then the folder of filings
   * @throws IOException when the index cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    Path root = Path.of(args[1]);
    AtomicLong files = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong lastPrint = new AtomicLong(System.nanoTime());
    IndexListener listener =
        new IndexListener() {
          @Override
          public void fileDone(long size) {
            long f = files.incrementAndGet();
            long b = bytes.addAndGet(size);
            long now = System.nanoTime();
            long last = lastPrint.get();
            if (now - last > 2_000_000_000L && lastPrint.compareAndSet(last, now)) {
              System.out.println("progress " + f + " " + b);
              System.out.flush();
            }
          }
        };
    IndexReport r = FilingIndexer.index(index, List.of(root), true, listener);
    long heapPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heapPeak += pool.getPeakUsage().getUsed();
      }
    }
    long gcMs = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMs += Math.max(0, gc.getCollectionTime());
    }
    System.out.printf(
        "result files=%d filings=%d sections=%d failed=%d bytes=%d ms=%d heapPeak=%d rssPeak=%d"
            + " gcMs=%d%n",
        r.files(),
        r.filings(),
        r.sections(),
        r.failures().size(),
        r.bytes(),
        r.elapsedMs(),
        heapPeak,
        vmHwm(),
        gcMs);
  }

  /** The process's peak resident set size in bytes, from /proc/self/status, or -1. */
  static long vmHwm() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
