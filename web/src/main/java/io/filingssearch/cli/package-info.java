/** The {@code filings} command line (picocli): index, search, parse and serve. */
package io.filingssearch.cli;
