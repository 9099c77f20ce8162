/**
 * Searching an index: {@link io.filingssearch.search.FilingSearcher} (thread-safe) answers a {@link
 * io.filingssearch.search.SearchRequest} with {@link io.filingssearch.search.SearchResults} (hits,
 * facet counts by {@link io.filingssearch.search.FacetDimension}, a suggestion), and shows filings,
 * their marks and autocomplete; the other classes are package-private parts of one search.
 */
package io.filingssearch.search;
