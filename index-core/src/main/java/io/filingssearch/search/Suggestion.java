package io.filingssearch.search;

/**
 * An autocomplete suggestion.
 *
 * @param text the suggested text, such as {@code Genentech}
 * @param type where it comes from: {@code company}, {@code partner} or {@code title}
 */
public record Suggestion(String text, String type) {}
