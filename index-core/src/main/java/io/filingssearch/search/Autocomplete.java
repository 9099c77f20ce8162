package io.filingssearch.search;

import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Completions of what a user typed: company and partner names, then section titles. Built once per
 * index version (from the embedded index's doc values, or from the values another engine reads from
 * the same fields); immutable once built, so thread-safe.
 */
public final class Autocomplete {
  /** The most distinct titles kept: titles are many and long, names are few. */
  public static final int MAX_TITLES = 100_000;

  /** Titles every filing has, which would complete nothing useful. */
  private static final Set<String> BOILERPLATE_TITLES =
      Set.of("Cover page", "Signature", "Exhibit index");

  /** Lower-cased text to suggestion, searched by prefix. */
  private final TreeMap<String, Suggestion> companies = new TreeMap<>();

  private final TreeMap<String, Suggestion> partners = new TreeMap<>();
  private final TreeMap<String, Suggestion> titles = new TreeMap<>();

  private Autocomplete() {}

  /** Reads the names and titles of an index. */
  static Autocomplete of(IndexReader reader) throws IOException {
    Autocomplete a = new Autocomplete();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      SortedSetDocValues spellings = r.getSortedSetDocValues(Fields.COMPANY_SPELLING);
      if (spellings != null) {
        TermsEnum te = spellings.termsEnum();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
          a.addCompanySpelling(b.utf8ToString());
        }
      }
      SortedSetDocValues partners = r.getSortedSetDocValues(FacetDimension.PARTNER.field());
      if (partners != null) {
        TermsEnum te = partners.termsEnum();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
          a.addPartner(b.utf8ToString());
        }
      }
      SortedDocValues t = r.getSortedDocValues(Fields.TITLE_DV);
      if (t != null) {
        TermsEnum te = t.termsEnum();
        for (BytesRef b = te.next(); b != null && a.addTitle(b.utf8ToString()); b = te.next()) {}
      }
    }
    return a;
  }

  /**
   * Completions of the given values, as the embedded index makes them from its own.
   *
   * @param companySpellings the values of the company spelling field ({@value
   *     Fields#COMPANY_SPELLING}: the filer, the separator, the name as a filing spells it)
   * @param partners the values of the partner facet field
   * @param titles the values of the section title field, in index order (only the first {@link
   *     #MAX_TITLES} distinct ones are kept)
   * @return the completions
   */
  public static Autocomplete of(
      Iterable<String> companySpellings, Iterable<String> partners, Iterable<String> titles) {
    Autocomplete a = new Autocomplete();
    companySpellings.forEach(a::addCompanySpelling);
    partners.forEach(a::addPartner);
    for (String t : titles) {
      if (!a.addTitle(t)) {
        break;
      }
    }
    return a;
  }

  /** A company name as its filings spell it (the value carries the filer first). */
  private void addCompanySpelling(String v) {
    String s = v.substring(v.indexOf(DocumentMapper.SPELLING_SEPARATOR) + 1);
    addName(companies, s, FacetDimension.COMPANY);
  }

  private void addPartner(String v) {
    addName(partners, v, FacetDimension.PARTNER);
  }

  /**
   * Adds a name; of spellings that differ only in case ("ImmunoGen", "Immunogen") the first in
   * {@link String#compareTo} order is kept, whatever order they come in (an index's segments, or
   * another engine's values, give them in different orders).
   */
  private static void addName(Map<String, Suggestion> names, String name, FacetDimension dim) {
    names.merge(
        name.toLowerCase(Locale.ROOT),
        new Suggestion(name, dim.key()),
        (a, b) -> a.text().compareTo(b.text()) <= 0 ? a : b);
  }

  /** Adds a title unless boilerplate; false once no more titles are kept. */
  private boolean addTitle(String v) {
    if (titles.size() >= MAX_TITLES) {
      return false;
    }
    if (!v.isBlank() && !BOILERPLATE_TITLES.contains(v)) {
      titles.putIfAbsent(v.toLowerCase(Locale.ROOT), new Suggestion(v, "title"));
    }
    return true;
  }

  /**
   * Names and titles that start with a prefix (whatever its case), then those with a word that
   * does: companies and partners first, then section titles.
   *
   * @param prefix what the user typed; blank completes nothing
   * @param max the most suggestions
   * @return the suggestions
   */
  public List<Suggestion> complete(String prefix, int max) {
    String p = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
    List<Suggestion> out = new ArrayList<>();
    if (p.isEmpty() || max <= 0) {
      return out;
    }
    List<TreeMap<String, Suggestion>> sources = List.of(companies, partners, titles);
    for (TreeMap<String, Suggestion> map : sources) {
      for (var e : map.tailMap(p, true).entrySet()) {
        if (!e.getKey().startsWith(p) || out.size() >= max) {
          break;
        }
        out.add(e.getValue());
      }
    }
    // Also words inside names and titles ("beecham" finds "SmithKline Beecham").
    if (out.size() < max) {
      for (TreeMap<String, Suggestion> map : sources) {
        for (var e : map.entrySet()) {
          if (out.size() >= max) {
            break;
          }
          if (!e.getKey().startsWith(p)
              && e.getKey().contains(" " + p)
              && !out.contains(e.getValue())) {
            out.add(e.getValue());
          }
        }
      }
    }
    return out;
  }
}
