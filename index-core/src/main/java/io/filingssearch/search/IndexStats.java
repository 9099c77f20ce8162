package io.filingssearch.search;

import java.time.Instant;

/**
 * The size and age of an index.
 *
 * @param filings filings indexed
 * @param sections sections (documents) indexed
 * @param sizeBytes bytes on disk
 * @param lastIndexed when the index was last changed, or null when unknown
 * @param location the folder the index lives in
 */
public record IndexStats(
    long filings, long sections, long sizeBytes, Instant lastIndexed, String location) {}
