package io.filingssearch.cli;

import io.filingssearch.fetch.EdgarClient;
import io.filingssearch.fetch.FetchReport;
import io.filingssearch.fetch.FetchRequest;
import io.filingssearch.fetch.Fetcher;
import io.filingssearch.fetch.UserAgent;
import io.filingssearch.index.IndexReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code filings fetch}: downloads filings from SEC EDGAR into the data folder. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Download filings' complete submissions from SEC EDGAR into the data folder"
          + " (<CIK>/<accession>.txt), within the SEC's fair-access rules.",
      "Safe to interrupt and rerun: files appear only when complete, and a rerun downloads only"
          + " what is missing.",
      "Exit code 0 when every listed filing is there, 1 when some failed or EDGAR kept refusing,"
          + " 2 on an error."
    })
final class FetchCommand implements Callable<Integer> {
  @Mixin EdgarOptions edgar = new EdgarOptions();

  @Option(names = "--cik", paramLabel = "CIK", description = "A company's CIK; repeatable.")
  List<String> ciks = new ArrayList<>();

  @Option(
      names = "--ticker",
      paramLabel = "TICKER",
      description = "A company's ticker; repeatable.")
  List<String> tickers = new ArrayList<>();

  @Option(
      names = "--form",
      paramLabel = "FORM",
      description = "Form type, amendments included; repeatable (default: 8-K, so 8-K/A too).")
  List<String> forms = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First filing date (required without --cik/--ticker).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last filing date (default: today).")
  LocalDate to;

  @Mixin DownloadFolderOption dataFolder = new DownloadFolderOption();

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Then index the data folder, incrementally, into DIR.")
  Path index;

  @Option(names = "--and-index", description = "Then index the data folder into data/index.")
  boolean andIndex;

  @Option(
      names = "--feed",
      description =
          "Download EDGAR's daily feed archives (every filing of a day, one .nc.tar.gz each) of"
              + " --from..--to into DIR/feed/ instead; the indexer reads their 8-Ks in place.")
  boolean feed;

  /** What "today" is; tests set it. */
  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException, InterruptedException {
    UserAgent ua = edgar.agent();
    FetchRequest request = null;
    if (feed) {
      if (!ciks.isEmpty() || !tickers.isEmpty() || !forms.isEmpty()) {
        throw new IllegalArgumentException(
            "--feed brings whole days (every filer, every form): drop --cik, --ticker and --form");
      }
      if (from == null) {
        throw new IllegalArgumentException("--feed needs --from (e.g. --from 2024-01-02)");
      }
    } else {
      request =
          new FetchRequest(
              ciks.stream().map(FetchRequest::parseCik).toList(),
              tickers,
              forms,
              from,
              to,
              dataFolder.data);
    }
    PrintStream out = System.out;
    FetchReport r;
    try (EdgarClient client = edgar.client(ua);
        TerminalProgress progress =
            new TerminalProgress("Fetching", feed ? " archives" : " filings")) {
      Fetcher fetcher = new Fetcher(client, clock);
      r =
          feed
              ? fetcher.fetchFeed(from, to, dataFolder.data, progress)
              : fetcher.fetch(request, progress);
    }
    print(r, out);
    int code = r.ok() ? 0 : 1;
    Path into = index != null ? index : andIndex ? Defaults.INDEX : null;
    if (into != null) {
      IndexReport ir = IndexCommand.run(List.of(dataFolder.data), into, false, out);
      if (!ir.failures().isEmpty()) {
        code = 1;
      }
    }
    return code;
  }

  private void print(FetchReport r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "listed %d %s: %d downloaded (%.1f MB), %d already there, %d failed; %.1f s%n",
        r.listed(),
        feed ? "feed archives" : "filings",
        r.downloaded(),
        r.bytes() / 1e6,
        r.alreadyThere(),
        r.failures().size(),
        r.elapsedMs() / 1000.0);
    for (FetchReport.Failure f : r.failures()) {
      out.println(
          "  failed: " + (f.accession().isEmpty() ? "" : f.accession() + ": ") + f.reason());
    }
    out.println("data: " + dataFolder.data.toAbsolutePath().normalize());
    if (r.stopped() != null) {
      System.err.println("stopped: " + r.stopped());
    }
  }
}
