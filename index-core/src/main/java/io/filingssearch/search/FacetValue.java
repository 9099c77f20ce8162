package io.filingssearch.search;

/**
 * One value of a facet with the number of matching filings that have it.
 *
 * @param value the value to filter on ({@code 1.01}, {@code Genentech}, {@code 10M-100M})
 * @param label how to show it ({@code 1.01 Entry into a Material Definitive Agreement})
 * @param count matching filings with this value
 * @param from for amount buckets, the lower bound in dollars (inclusive), else null
 * @param to for amount buckets, the upper bound in dollars (exclusive), else null
 */
public record FacetValue(String value, String label, int count, Long from, Long to) {}
