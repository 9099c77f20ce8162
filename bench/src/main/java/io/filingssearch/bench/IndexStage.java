package io.filingssearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The index-build stage: each build runs {@link IndexRun} in a child JVM, so that its heap, RSS and
 * GC are its own and a build over the time limit can be stopped.
 */
final class IndexStage {
  private IndexStage() {}

  /** The index folder of a corpus in the work folder. */
  static Path indexOf(BenchOptions o, CorpusResult r) {
    return o.work.resolve("index-" + r.name);
  }

  /** Whether the corpus's index is in the work folder (a commit was written). */
  static boolean exists(BenchOptions o, CorpusResult r) throws IOException {
    Path index = indexOf(o, r);
    if (!java.nio.file.Files.isDirectory(index)) {
      return false;
    }
    try (var files = java.nio.file.Files.walk(index)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    }
  }

  /** Takes the corpus's index as it is: its size and section count, no build figures. */
  static void reuse(BenchOptions o, CorpusResult r, BenchLog log) throws IOException {
    Path index = indexOf(o, r);
    r.reused = true;
    r.indexBytes = BenchFiles.treeSize(index);
    try (var s = io.filingssearch.search.FilingSearcher.open(index, 0)) {
      r.sections = s.stats().sections();
    }
    log.log("reusing the index of " + r.name + " in " + index + " (" + r.sections + " sections)");
  }

  /** Builds the corpus's index (several times for small corpora), recording each build. */
  static void run(BenchOptions o, CorpusResult r, BenchLog log)
      throws IOException, InterruptedException {
    int runs = r.targetSections <= 10_000 ? o.indexRuns : 1;
    for (int i = 0; i < runs; i++) {
      Path index = indexOf(o, r);
      BenchFiles.deleteTree(index);
      log.log("index build " + (i + 1) + "/" + runs + " of " + r.name);
      Process p = new ProcessBuilder(command(o, index, r.root)).redirectErrorStream(true).start();
      String[] last = {null, null}; // the last "progress ..." and the "result ..." line
      Thread reader = new Thread(() -> follow(p, last));
      reader.start();
      if (!p.waitFor(o.indexTimeLimit, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor();
        reader.join(5000);
        String[] prog = last[0] == null ? new String[] {"", "0", "0"} : last[0].split(" ");
        r.buildProblem =
            String.format(
                "stopped at the time limit of %d s after %s of %d files (%.1f of %.1f MB):"
                    + " %.2f MB/s",
                o.indexTimeLimit,
                prog[1],
                r.files,
                Long.parseLong(prog[2]) / 1e6,
                r.bytes / 1e6,
                Long.parseLong(prog[2]) / 1e6 / o.indexTimeLimit);
        log.log(r.name + ": " + r.buildProblem);
        return;
      }
      reader.join(5000);
      if (last[1] == null) {
        r.buildProblem = "the index build failed (exit " + p.exitValue() + ")";
        log.log(r.name + ": " + r.buildProblem);
        return;
      }
      CorpusResult.Build b = parseResult(last[1]);
      r.builds.add(b);
      r.sections = b.sections();
      r.indexBytes = BenchFiles.treeSize(index);
      log.log(
          String.format(
              "  %s: %.1f s, %.2f MB/s, %.0f sections/s, %d sections, %d failed",
              r.name,
              b.ms() / 1000.0,
              b.mbPerSecond(),
              b.sectionsPerSecond(),
              b.sections(),
              b.failed()));
    }
  }

  private static List<String> command(BenchOptions o, Path index, Path corpus) {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBin);
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.addAll(List.of(o.javaOpts.split("\\s+")));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(IndexRun.class.getName());
    cmd.add(index.toString());
    cmd.add(corpus.toString());
    return cmd;
  }

  /** Reads the child's output: keeps its progress and result lines, passes on anything else. */
  private static void follow(Process p, String[] last) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("result ")) {
          last[1] = line;
        } else if (line.startsWith("progress ")) {
          last[0] = line;
        } else if (!line.isBlank()
            && !line.startsWith("WARNING")
            && !line.contains("VectorizationProvider")) {
          System.err.println("  index: " + line);
        }
      }
    } catch (IOException e) {
      // The process was stopped.
    }
  }

  /** The build of a {@code result ms=.. files=.. ...} line. */
  private static CorpusResult.Build parseResult(String line) {
    Map<String, Long> kv = new HashMap<>();
    for (String part : line.substring("result ".length()).split(" ")) {
      String[] x = part.split("=");
      kv.put(x[0], Long.parseLong(x[1]));
    }
    return new CorpusResult.Build(
        kv.get("ms"),
        kv.get("files").intValue(),
        kv.get("sections").intValue(),
        kv.get("failed").intValue(),
        kv.get("bytes"),
        kv.get("heapPeak"),
        kv.get("rssPeak"),
        kv.get("gcMs"));
  }
}
