/**
 * Bringing filings in from SEC EDGAR: {@link io.filingssearch.fetch.Fetcher} lists the filings a
 * {@link io.filingssearch.fetch.FetchRequest} asks for ({@link io.filingssearch.fetch.EdgarListing}
 * over EDGAR's index files, ticker file and submissions JSON) and downloads each complete
 * submission through one {@link io.filingssearch.fetch.EdgarClient}, which keeps to EDGAR's
 * fair-access rules (a declared User-Agent, at most ten requests a second, backoff when refused).
 * Files appear only when complete, so a run can be interrupted and rerun at any time. This package
 * never touches Lucene; indexing what arrived is the indexer's job.
 */
package io.filingssearch.fetch;
