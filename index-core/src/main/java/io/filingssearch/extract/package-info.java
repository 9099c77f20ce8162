/**
 * The extract stage: reads facts out of a parsed section's text, the dollar amounts it states and
 * the partners of the deal it discloses. {@link io.filingssearch.extract.FactExtractor} is the only
 * public type; the rest are internals. Nothing here depends on Lucene.
 */
package io.filingssearch.extract;
