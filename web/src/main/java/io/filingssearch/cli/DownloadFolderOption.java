package io.filingssearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that download filings: where they go. */
final class DownloadFolderOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Where the filings go (default: data/filings).")
  Path data = Defaults.DATA;
}
