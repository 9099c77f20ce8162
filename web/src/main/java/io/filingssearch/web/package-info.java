/**
 * The web server: {@link io.filingssearch.web.WebApp} serves the browser search page and a
 * read-only JSON API over a {@link io.filingssearch.search.SearchEngine}; {@link
 * io.filingssearch.web.SearchService} is the plain service behind it and {@link
 * io.filingssearch.web.JsonViews} the JSON shapes shared with the command line. This package never
 * touches Lucene directly.
 */
package io.filingssearch.web;
