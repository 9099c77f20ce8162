package io.filingssearch.search;

import io.filingssearch.internal.CompanyNames;
import io.filingssearch.internal.DocumentMapper;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The companies of an index, by the company facet's values (one per filer: {@code cik:855654},
 * {@code ticker:AAN}, {@code name:acme}): how each is shown, and which of them a filter value such
 * as {@code immunogen inc} names. Built from every filing's spelling of its filer's name, once per
 * index version; immutable, so thread-safe.
 */
final class CompanyTable {
  /** The table of an index without companies: text only, such as to mark a query's words. */
  static final CompanyTable EMPTY = new CompanyTable(Map.of(), Map.of());

  /** Identity to the name shown. */
  private final Map<String, String> labels;

  /** Name key ({@link CompanyNames#key}) to the identities whose filings spell it that way. */
  private final Map<String, Set<String>> byKey;

  private CompanyTable(Map<String, String> labels, Map<String, Set<String>> byKey) {
    this.labels = labels;
    this.byKey = byKey;
  }

  /**
   * The table of the spellings counted in each segment.
   *
   * @param segments per segment, per identity, how many filings spell the name each way
   */
  static CompanyTable of(List<Map<String, Map<String, Integer>>> segments) {
    Map<String, Map<String, Integer>> all = new HashMap<>();
    for (Map<String, Map<String, Integer>> seg : segments) {
      seg.forEach(
          (id, counts) -> {
            Map<String, Integer> into = all.computeIfAbsent(id, k -> new HashMap<>());
            counts.forEach((spelling, n) -> into.merge(spelling, n, Integer::sum));
          });
    }
    Map<String, String> labels = new HashMap<>();
    Map<String, Set<String>> byKey = new HashMap<>();
    all.forEach(
        (id, counts) -> {
          labels.put(id, label(counts));
          for (String spelling : counts.keySet()) {
            byKey.computeIfAbsent(CompanyNames.key(spelling), k -> new LinkedHashSet<>()).add(id);
          }
        });
    return new CompanyTable(Map.copyOf(labels), Map.copyOf(byKey));
  }

  /**
   * The filer's own spelling: the one most of its filings use, a spelling in mixed case before one
   * in capitals (EDGAR's conformed names), ties by name.
   */
  private static String label(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || better(e.getKey(), e.getValue(), best, counts.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static boolean better(String a, int countA, String b, int countB) {
    boolean mixedA = !a.equals(a.toUpperCase(Locale.ROOT));
    boolean mixedB = !b.equals(b.toUpperCase(Locale.ROOT));
    if (mixedA != mixedB) {
      return mixedA;
    }
    return countA != countB ? countA > countB : a.compareTo(b) < 0;
  }

  /**
   * How a company facet value is shown.
   *
   * @param identity a value of the company facet
   * @return the filer's spelling of its name, or the CIK or ticker when no filing names it
   */
  String label(String identity) {
    String l = labels.get(identity);
    if (l != null) {
      return l;
    }
    int colon = identity.indexOf(':');
    return colon < 0 ? identity : identity.substring(colon + 1);
  }

  /**
   * The company facet values a filter value names: the identity itself ({@code cik:855654}), a CIK
   * ({@code 855654}), or a name in any spelling that one of the filer's filings shares the {@link
   * CompanyNames#key key} of ("immunogen inc", "ImmunoGen Corporation").
   *
   * @param value what the user chose or typed
   * @return the identities, possibly none
   */
  Set<String> identities(String value) {
    String v = value.strip();
    Set<String> out = new LinkedHashSet<>();
    if (v.startsWith(DocumentMapper.CIK_PREFIX)
        || v.startsWith(DocumentMapper.TICKER_PREFIX)
        || v.startsWith(DocumentMapper.NAME_PREFIX)) {
      out.add(v);
      return out;
    }
    if (v.matches("\\d{1,10}")) {
      out.add(DocumentMapper.CIK_PREFIX + v.replaceFirst("^0+(?=\\d)", ""));
    }
    String key = CompanyNames.key(v);
    if (!key.isEmpty()) {
      out.addAll(byKey.getOrDefault(key, Set.of()));
      out.add(DocumentMapper.NAME_PREFIX + key);
    }
    return out;
  }

  /**
   * The name of a filer known by its CIK or ticker, as the company facet shows it, for a filing
   * that names no company itself.
   *
   * @param cik the filing's CIK, or null
   * @param ticker the filing's ticker (Stanford's folder), or null
   * @return the name other filings of that filer write, or null when none names it
   */
  String filerName(String cik, String ticker) {
    String identity =
        cik != null
            ? DocumentMapper.CIK_PREFIX + cik
            : ticker != null
                ? DocumentMapper.TICKER_PREFIX + ticker.toUpperCase(Locale.ROOT)
                : null;
    return identity == null ? null : labels.get(identity);
  }
}
