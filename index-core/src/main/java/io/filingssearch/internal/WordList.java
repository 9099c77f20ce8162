package io.filingssearch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the tunable word lists (legal forms, the extractor's stop lists), kept as plain-text files
 * beside the classes that use them on the class path: one word or phrase per line, blank lines and
 * lines starting with {@code #} ignored. Thread-safe: it keeps no state.
 */
public final class WordList {
  private WordList() {}

  /**
   * The words of a list.
   *
   * @param beside the class in whose package the file lies
   * @param name the file's name in that package, such as {@code generic-words.txt}
   * @return an unmodifiable set of the trimmed lines
   * @throws IllegalStateException when the file is missing from the class path (a broken build)
   */
  public static Set<String> load(Class<?> beside, String name) {
    try (InputStream in = beside.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the class path: " + name);
      }
      Set<String> words = new LinkedHashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }
}
