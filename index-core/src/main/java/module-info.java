/**
 * The embeddable engine: parse, extract, index and search SEC 8-K filings. Exports the stages'
 * packages; {@code io.filingssearch.internal} (field names, analyzers, the document mapping, the
 * index folder's layout) is not part of the API.
 */
module io.filingssearch.core {
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.suggest;
  requires org.jsoup;

  exports io.filingssearch.filing;
  exports io.filingssearch.parse;
  exports io.filingssearch.extract;
  exports io.filingssearch.index;
  exports io.filingssearch.search;
}
