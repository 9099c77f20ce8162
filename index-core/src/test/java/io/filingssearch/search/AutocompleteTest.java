package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.filingssearch.internal.DocumentMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Autocomplete's answer does not depend on the order its values come in. */
class AutocompleteTest {
  private static String spelling(String filer, String name) {
    return filer + DocumentMapper.SPELLING_SEPARATOR + name;
  }

  @Test
  void spellingsThatDifferInCaseGiveTheSameSuggestionInAnyOrder() {
    List<String> spellings =
        List.of(spelling("855654", "Immunogen"), spelling("855654", "ImmunoGen"));
    List<String> partners = List.of("Genentech", "GENENTECH");
    Autocomplete one = Autocomplete.of(spellings, partners, List.of());
    Autocomplete other = Autocomplete.of(spellings.reversed(), partners.reversed(), List.of());
    for (String prefix : List.of("imm", "Imm", "gen")) {
      assertEquals(one.complete(prefix, 5), other.complete(prefix, 5), prefix);
    }
    assertEquals(1, one.complete("imm", 5).size(), "one suggestion for one name");
    assertEquals("ImmunoGen", one.complete("imm", 5).get(0).text());
  }
}
