package io.filingssearch.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --index} and {@code --data} options that index and serve share. */
final class IndexFolders {
  @Mixin IndexOption indexOption = new IndexOption();

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of filings to index; repeatable (default: data/filings).")
  List<Path> data;

  /** The index folder. */
  Path index() {
    return indexOption.index;
  }

  /** The folders of filings: those given, else the bundled sample. */
  List<Path> roots() {
    return data == null || data.isEmpty() ? List.of(Defaults.DATA) : data;
  }
}
