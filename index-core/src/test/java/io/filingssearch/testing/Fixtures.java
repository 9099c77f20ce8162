package io.filingssearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Where the test data lives: the seed filings in data/ and the shared corpus beside the repo. */
public final class Fixtures {
  private Fixtures() {}

  /** The repository root (the folder holding data/filings). */
  public static Path root() {
    String prop = System.getProperty("filings.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "data", "filings"))) {
      return Path.of(prop);
    }
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("data/filings"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException(
          "cannot find data/filings above " + Paths.get("").toAbsolutePath());
    }
    return p;
  }

  /** The bundled seed filings. */
  public static Path seeds() {
    return root().resolve("data/filings");
  }

  /** A seed filing by the start of its file name, such as {@code 000}. */
  public static Path seed(String prefix) {
    try (Stream<Path> s = Files.list(seeds())) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared corpus folder, or null when ../shared is not beside the checkout. */
  public static Path corpus() {
    String prop = System.getProperty("filings.shared");
    Path shared = prop != null ? Path.of(prop) : root().resolve("../shared");
    Path corpus = shared.resolve("corpus").normalize();
    return Files.isDirectory(corpus) ? corpus : null;
  }

  /** Every filing file of the shared corpus (documentation and expected-value files excluded). */
  public static List<Path> corpusFiles() {
    Path corpus = corpus();
    if (corpus == null) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A Stanford 8-K record (the format of the corpus's {@code stanford-8k-subset}): filed by the
   * ticker's company at {@code time} ({@code yyyyMMddHHmmss}, its {@code TIME:} line), with {@code
   * text} as its one event's text.
   */
  public static String stanford(String ticker, String time, String text) {
    return "<DOCUMENT>\nFILE:"
        + ticker
        + "/"
        + ticker
        + "-8K-"
        + time
        + ".txt.gz\nTIME:"
        + time
        + "\nEVENTS:\tOther events\nTEXT:\nITEM: Other events\n"
        + text
        + "\n</DOCUMENT>\n";
  }
}
