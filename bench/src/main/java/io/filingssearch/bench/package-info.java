/**
 * Benchmarks of the whole pipeline (parse, extract, index, search, HTTP) against SQLite FTS5, run
 * by {@code ./filings bench}; not part of the test suite.
 */
package io.filingssearch.bench;
