package io.filingssearch.cli;

import io.filingssearch.fetch.Watcher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** What {@code watch} and {@code serve --watch} share: how EDGAR is asked, and how often. */
final class WatchOptions {
  /** EDGAR's daily index changes through the day; polling more often than this only costs. */
  static final Duration MIN_EVERY = Duration.ofMinutes(1);

  @Mixin EdgarOptions edgar = new EdgarOptions();

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      converter = EveryConverter.class,
      description =
          "How often EDGAR's daily index is read: 10m, 1h, 90s (default: 10m; at least 1m).")
  Duration every = Duration.ofMinutes(10);

  /** Prints what a poll did, on one line. */
  static void print(Watcher.Poll p, Clock clock, PrintStream out) {
    String time = LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    var f = p.fetched();
    out.printf(
        Locale.ROOT,
        "%s watch: %d 8-Ks listed for yesterday and today, %d downloaded, %d already there,"
            + " %d failed; %d new filings searchable%n",
        time,
        f.listed(),
        f.downloaded(),
        f.alreadyThere(),
        f.failures().size(),
        p.newFilings());
    f.failures().forEach(x -> out.println("  failed: " + x.accession() + ": " + x.reason()));
    if (p.indexed() != null) {
      p.indexed()
          .failures()
          .forEach(x -> out.println("  not indexed: " + x.source() + ": " + x.reason()));
    }
    if (f.stopped() != null) {
      out.println("  stopped: " + f.stopped());
    }
  }

  /** The interval in words: {@code 10 min}, {@code 90 s}, {@code 2 h}. */
  static String describe(Duration d) {
    long s = d.toSeconds();
    return s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  /** The folder downloads go to: the first data folder given, else the default. */
  static Path dataFolder(java.util.List<Path> data) {
    return data == null || data.isEmpty() ? Defaults.DATA : data.get(0);
  }

  /** {@code 90s}, {@code 10m}, {@code 1h}. */
  static final class EveryConverter implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})([smh])");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration: write 90s, 10m or 1h");
      }
      long n = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
          };
      if (d.compareTo(MIN_EVERY) < 0) {
        throw new TypeConversionException(
            "'" + value + "' is too often: EDGAR's daily index is read at most once a minute");
      }
      return d;
    }
  }
}
