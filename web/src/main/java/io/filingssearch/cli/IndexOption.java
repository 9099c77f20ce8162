package io.filingssearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} option of the commands that read or write the index. */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: data/index).")
  Path index = Defaults.INDEX;
}
