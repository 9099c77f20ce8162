package io.filingssearch.extract;

/**
 * A name found where the wording may make it a party.
 *
 * @param name the name as written
 * @param pos where it starts in the section's text
 * @param strong whether the wording alone makes it a party ("agreement with X"), rather than only a
 *     name the section must also define or write with a legal form to count
 */
record Mention(String name, int pos, boolean strong) {}
