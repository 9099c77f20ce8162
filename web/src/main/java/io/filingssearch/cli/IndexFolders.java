package io.filingssearch.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --index} and {@code --data} options that index and serve share. */
final class IndexFolders {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: data/index).")
  Path index = Defaults.INDEX;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of filings to index; repeatable (default: data/filings).")
  List<Path> data;

  /** The folders of filings: those given, else the bundled sample. */
  List<Path> roots() {
    return data == null || data.isEmpty() ? List.of(Defaults.DATA) : data;
  }
}
