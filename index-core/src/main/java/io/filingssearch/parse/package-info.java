/**
 * The parse stage: reads an 8-K in any format EDGAR and its mirrors use into a {@link
 * io.filingssearch.filing.Filing} with its metadata and sections. {@link
 * io.filingssearch.parse.FilingParser} and {@link io.filingssearch.parse.BadFilingException} are
 * the public types; the rest are internals. Nothing here depends on Lucene.
 */
package io.filingssearch.parse;
