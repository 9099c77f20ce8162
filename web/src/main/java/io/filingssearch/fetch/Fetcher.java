package io.filingssearch.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Lists the filings a {@link FetchRequest} asks for and downloads those not already in the data
 * folder. A few downloads run at once so that EDGAR's latency does not set the pace; the client's
 * rate limit does. A filing that cannot be had is counted with its reason and the others go on;
 * when EDGAR keeps refusing, the run stops. Not thread-safe: one fetch at a time per instance.
 */
public final class Fetcher {
  /** Downloads in flight: enough to keep 8-10 requests a second going at EDGAR's latency. */
  private static final int WORKERS = 4;

  private final EdgarClient client;
  private final Clock clock;

  /**
   * A fetcher over one client.
   *
   * @param client the run's only client (it holds the rate limit)
   * @param clock what "today" is: it decides which quarter is read from the daily indexes
   */
  public Fetcher(EdgarClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * Fetches.
   *
   * @param request what to fetch
   * @param listener progress callbacks
   * @return what was done
   * @throws IOException when the listing cannot be had or the data folder cannot be written
   * @throws InterruptedException when interrupted (no partial file is left)
   */
  public FetchReport fetch(FetchRequest request, FetchListener listener)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    List<FetchReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    removeLeftovers(request.data());
    List<IndexEntry> wanted;
    try {
      wanted = list(request, failures);
    } catch (EdgarRefusedException e) {
      return new FetchReport(0, 0, 0, failures, 0, elapsedMs(t0), e.getMessage(), List.of());
    }
    listener.listed(wanted.size());

    AtomicInteger downloaded = new AtomicInteger();
    AtomicInteger already = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    AtomicReference<String> stopped = new AtomicReference<>();
    List<Path> arrived = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (IndexEntry e : wanted) {
        tasks.add(
            pool.submit(
                () -> {
                  if (stopped.get() != null) {
                    return null;
                  }
                  Path target = request.data().resolve(e.localPath());
                  long n = 0;
                  try {
                    if (Files.isRegularFile(target) && Submissions.problem(target) == null) {
                      already.incrementAndGet();
                    } else {
                      n = client.download(e.archivePath(), target);
                      bytes.addAndGet(n);
                      downloaded.incrementAndGet();
                      arrived.add(target);
                    }
                  } catch (EdgarRefusedException x) {
                    stopped.compareAndSet(null, x.getMessage());
                  } catch (IOException x) {
                    failures.add(
                        new FetchReport.Failure(
                            e.accession(), e.archivePath() + ": " + x.getMessage()));
                  }
                  listener.filingDone(n);
                  return null;
                }));
      }
      for (Future<?> f : tasks) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
      pool.close();
    }
    List<Path> sorted = new ArrayList<>(arrived);
    Collections.sort(sorted);
    return new FetchReport(
        wanted.size(),
        downloaded.get(),
        already.get(),
        failures,
        bytes.get(),
        elapsedMs(t0),
        stopped.get(),
        sorted);
  }

  /**
   * Downloads EDGAR's daily feed archives ({@code Feed/YYYY/QTRn/YYYYMMDD.nc.tar.gz}, every
   * submission of a day) of the days in {@code [from, to]} into {@code data/feed/YYYY/QTRn/}, one
   * at a time (each is hundreds of megabytes), skipping those already there. The report counts
   * archives, not filings.
   *
   * @param from first day
   * @param to last day, or null for today
   * @param data the data folder
   * @param listener progress callbacks (one call per archive)
   * @return what was done
   * @throws IOException when the listing cannot be had or the data folder cannot be written
   * @throws InterruptedException when interrupted (no partial file is left)
   */
  public FetchReport fetchFeed(LocalDate from, LocalDate to, Path data, FetchListener listener)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    LocalDate last = to == null ? LocalDate.now(clock) : to;
    if (from == null || from.isAfter(last)) {
      throw new IllegalArgumentException("--feed needs --from, on or before --to");
    }
    removeLeftovers(data);
    List<FetchReport.Failure> failures = new ArrayList<>();
    List<FeedArchives.Archive> archives;
    try {
      archives = FeedArchives.list(client, from, last);
    } catch (EdgarRefusedException e) {
      return new FetchReport(0, 0, 0, failures, 0, elapsedMs(t0), e.getMessage(), List.of());
    }
    listener.listed(archives.size());
    int downloaded = 0;
    int already = 0;
    long bytes = 0;
    String stopped = null;
    List<Path> arrived = new ArrayList<>();
    for (FeedArchives.Archive a : archives) {
      Path target = data.resolve(a.localPath());
      long n = 0;
      try {
        if (Files.isRegularFile(target)) {
          already++; // only complete archives are ever renamed into place
        } else {
          n = client.download(a.edgarPath(), target, FeedArchives::problem);
          bytes += n;
          downloaded++;
          arrived.add(target);
        }
      } catch (EdgarRefusedException x) {
        stopped = x.getMessage();
        break;
      } catch (IOException x) {
        failures.add(new FetchReport.Failure(a.name(), a.edgarPath() + ": " + x.getMessage()));
      }
      listener.filingDone(n);
    }
    return new FetchReport(
        archives.size(), downloaded, already, failures, bytes, elapsedMs(t0), stopped, arrived);
  }

  /** The filings to fetch: matching form and date, each accession once, oldest first. */
  private List<IndexEntry> list(FetchRequest r, List<FetchReport.Failure> failures)
      throws IOException, InterruptedException {
    EdgarListing listing = new EdgarListing(client);
    LocalDate today = LocalDate.now(clock);
    LocalDate to = r.to() == null ? today : r.to();
    List<IndexEntry> found = new ArrayList<>();
    if (r.ciks().isEmpty() && r.tickers().isEmpty()) {
      found.addAll(listing.everyone(r.from(), to, today));
    } else {
      Set<Long> ciks = new LinkedHashSet<>(r.ciks());
      if (!r.tickers().isEmpty()) {
        Map<String, Long> known = listing.tickers();
        for (String t : r.tickers()) {
          Long cik = known.get(t);
          if (cik == null) {
            failures.add(
                new FetchReport.Failure("", "ticker " + t + ": not in EDGAR's ticker file"));
          } else {
            ciks.add(cik);
          }
        }
      }
      LocalDate from = r.from() == null ? LocalDate.MIN : r.from();
      for (long cik : ciks) {
        Optional<List<IndexEntry>> filings = listing.company(cik, from, to);
        if (filings.isEmpty()) {
          failures.add(new FetchReport.Failure("", "CIK " + cik + ": EDGAR knows no such company"));
        } else {
          found.addAll(filings.get());
        }
      }
    }
    // A filing can be listed twice (several filers, a correction in the index): keep the first.
    Map<String, IndexEntry> byAccession = new LinkedHashMap<>();
    for (IndexEntry e : found) {
      if (r.wants(e.form()) && r.inRange(e.filed()) && !e.filed().isAfter(to)) {
        byAccession.putIfAbsent(e.accession(), e);
      }
    }
    List<IndexEntry> out = new ArrayList<>(byAccession.values());
    out.sort(Comparator.comparing(IndexEntry::filed).thenComparing(IndexEntry::accession));
    return out;
  }

  /** Deletes the temporary files of a run that was killed before it could clean up. */
  private static void removeLeftovers(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      return;
    }
    try (Stream<Path> s = Files.walk(data)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".part") && Files.isRegularFile(p)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static long elapsedMs(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
