/**
 * Writing the index: {@link io.filingssearch.index.FilingIndexer} parses, extracts and indexes
 * folders of filings incrementally and reports what it did in an {@link
 * io.filingssearch.index.IndexReport}.
 */
package io.filingssearch.index;
