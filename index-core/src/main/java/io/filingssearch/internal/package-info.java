/**
 * The engine's internals shared by indexing and searching (field names, analyzers, the mapping of a
 * filing to Lucene documents, the index folder's layout): public for those packages, not exported
 * by the module and not part of the API.
 */
package io.filingssearch.internal;
