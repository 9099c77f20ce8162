package io.filingssearch.cli;

import java.nio.file.Path;

/** Where the CLI looks when no folder is given: the bundled filings and the index beside them. */
final class Defaults {
  static final Path DATA = Path.of("data", "filings");
  static final Path INDEX = Path.of("data", "index");

  private Defaults() {}
}
