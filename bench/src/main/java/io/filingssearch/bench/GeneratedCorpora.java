package io.filingssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generate stage: synthetic corpora of 10k, 100k and 1M sections (up to {@code --scale}) made
 * from the real corpus's paragraphs, written once into the work folder and reused by later runs.
 */
final class GeneratedCorpora {
  private static final long[] SCALES = {10_000, 100_000, 1_000_000};

  private GeneratedCorpora() {}

  /** The section counts to generate for a {@code --scale}: the standard ones up to it, and it. */
  static List<Long> scales(long scale) {
    List<Long> scales = new ArrayList<>();
    for (long s : SCALES) {
      if (s <= scale) {
        scales.add(s);
      }
    }
    if (scale > 0 && !scales.contains(scale)) {
      scales.add(scale);
    }
    return scales;
  }

  /**
   * Writes the corpora that are not complete yet.
   *
   * @return one result per generated corpus, in increasing size
   */
  static List<CorpusResult> make(BenchOptions o, BenchLog log) throws IOException {
    List<Long> scales = scales(o.scale);
    List<CorpusResult> out = new ArrayList<>();
    if (scales.isEmpty()) {
      return out;
    }
    SourceCorpus source = null;
    for (long s : scales) {
      Path dir = o.work.resolve("gen-" + s);
      Path done = dir.resolve(".complete");
      CorpusResult r = new CorpusResult(label(s), dir, s);
      if (!Files.exists(done)) {
        if (source == null) {
          // Parsed only when a corpus is missing: a run over generated corpora does not wait.
          source = load(o, log);
        }
        BenchFiles.deleteTree(dir);
        long t0 = System.nanoTime();
        // A fresh generator per scale: each scale is the same files whatever ran before.
        CorpusGenerator.Written w = new CorpusGenerator(source).write(dir, s);
        Files.writeString(done, w.toString());
        log.log(
            String.format(
                "generated %s: %d files, %.1f MB in %.1f s",
                r.name, w.files(), w.bytes() / 1e6, (System.nanoTime() - t0) / 1e9));
      }
      out.add(r);
    }
    return out;
  }

  private static SourceCorpus load(BenchOptions o, BenchLog log) throws IOException {
    long t0 = System.nanoTime();
    SourceCorpus source = SourceCorpus.load(o.corpus);
    log.log(
        String.format(
            "parsed the corpus for the generator: %d files, %d paragraphs, %d companies, %.1f s",
            source.files,
            source.allParagraphs.size(),
            source.companies.size(),
            (System.nanoTime() - t0) / 1e9));
    return source;
  }

  /** "10k", "1M" or the plain number. */
  static String label(long s) {
    return s >= 1_000_000 && s % 1_000_000 == 0
        ? (s / 1_000_000) + "M"
        : s >= 1000 && s % 1000 == 0 ? (s / 1000) + "k" : Long.toString(s);
  }
}
