package io.filingssearch.extract;

/**
 * A name found where the wording may make it a party.
 *
 * @param name the name as written
 * @param pos where it starts in the section's text
 * @param strong whether the wording alone makes it a party ("agreement with X"), rather than only a
 *     name the section must also define or write with a legal form to count
 * @param role the role the cue gives it ({@link PartnerRoles}), or null when it gives none
 */
record Mention(String name, int pos, boolean strong, String role) {
  /** A mention whose cue gives no role. */
  Mention(String name, int pos, boolean strong) {
    this(name, pos, strong, null);
  }

  /** Where the name ends in the section's text, when it is written there as found. */
  int end() {
    return pos + name.length();
  }
}
