package io.filingssearch.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a raw query string's percent-escapes before anything decodes it: a {@code %} not followed
 * by two hex digits, or escapes that do not spell UTF-8, would otherwise be dropped silently (a
 * {@code q=%} searched as an empty query). Stateless and thread-safe.
 */
final class PercentEscapes {
  private PercentEscapes() {}

  /**
   * Throws when a parameter of the query string is not well-formed.
   *
   * @param rawQuery the query string as sent, not decoded; null for none
   * @throws IllegalArgumentException naming the parameter and the bad escape
   */
  static void check(String rawQuery) {
    if (rawQuery == null) {
      return;
    }
    for (String pair : rawQuery.split("&")) {
      checkPair(pair);
    }
  }

  private static void checkPair(String pair) {
    int eq = pair.indexOf('=');
    String name = eq < 0 ? pair : pair.substring(0, eq);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < pair.length(); i++) {
      char c = pair.charAt(i);
      if (c != '%') {
        continue;
      }
      int hi = i + 1 < pair.length() ? Character.digit(pair.charAt(i + 1), 16) : -1;
      int lo = i + 2 < pair.length() ? Character.digit(pair.charAt(i + 2), 16) : -1;
      if (hi < 0 || lo < 0) {
        String bad = pair.substring(i, Math.min(pair.length(), i + 3));
        throw new IllegalArgumentException(
            shown(name)
                + " has a malformed percent-escape ('"
                + bad
                + "'): a % must be followed by two hex digits (write a literal % as %25)");
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    if (bytes.size() > 0) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes.toByteArray()));
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException(
            shown(name) + " has percent-escapes that are not UTF-8 text");
      }
    }
  }

  private static String shown(String name) {
    boolean plain = !name.isEmpty() && name.length() <= 40 && name.matches("[A-Za-z0-9_-]+");
    return plain ? name : "A query parameter";
  }
}
