package io.filingssearch.cli;

import io.filingssearch.fetch.EdgarClient;
import io.filingssearch.fetch.EdgarRefusedException;
import io.filingssearch.fetch.UserAgent;
import io.filingssearch.fetch.Watcher;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code filings watch}: follows EDGAR's new 8-Ks into the data folder and the index. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Follow new filings: every --every, read EDGAR's daily index (yesterday and today), download"
          + " the 8-Ks not yet in the data folder and add them to the index.",
      "A running serve on the same index shows them at once. Stop with Ctrl-C.",
      "Exit code 0; with --once, 1 when the poll failed; 2 on an error."
    })
final class WatchCommand implements Callable<Integer> {
  @Mixin WatchOptions watch = new WatchOptions();

  @Mixin IndexOption indexOption = new IndexOption();

  @Mixin DownloadFolderOption dataFolder = new DownloadFolderOption();

  @Option(names = "--once", description = "Poll once and stop.")
  boolean once;

  /** What "today" is; tests set it. */
  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException, InterruptedException {
    UserAgent ua = watch.edgar.agent();
    PrintStream out = System.out;
    try (EdgarClient client = watch.edgar.client(ua)) {
      Watcher watcher = new Watcher(client, clock, dataFolder.data, indexOption.index);
      if (!once) {
        out.println(
            "Watching EDGAR every "
                + WatchOptions.describe(watch.every)
                + " into "
                + indexOption.index
                + " (Ctrl-C to stop)");
      }
      while (true) {
        boolean ok = pollOnce(watcher, clock, out);
        if (once) {
          return ok ? 0 : 1;
        }
        TimeUnit.MILLISECONDS.sleep(watch.every.toMillis());
      }
    }
  }

  /**
   * One poll, printed; a poll that fails is said on one line and the watch goes on.
   *
   * @return whether it went through
   */
  static boolean pollOnce(Watcher watcher, Clock clock, PrintStream out)
      throws InterruptedException {
    try {
      Watcher.Poll p = watcher.poll();
      WatchOptions.print(p, clock, out);
      return p.fetched().ok() && (p.indexed() == null || p.indexed().failures().isEmpty());
    } catch (EdgarRefusedException e) {
      out.println("watch: EDGAR refused this poll: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      out.println("watch: this poll failed: " + e.getMessage());
    }
    return false;
  }
}
