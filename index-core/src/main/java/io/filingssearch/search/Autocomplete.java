package io.filingssearch.search;

import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Completions of what a user typed: company and partner names, then section titles, read once per
 * index version from doc values. Immutable once built, so thread-safe.
 */
final class Autocomplete {
  /** The most distinct titles kept: titles are many and long, names are few. */
  private static final int MAX_TITLES = 100_000;

  /** Titles every filing has, which would complete nothing useful. */
  private static final Set<String> BOILERPLATE_TITLES =
      Set.of("Cover page", "Signature", "Exhibit index");

  /** Lower-cased text to suggestion, searched by prefix: companies, partners, titles. */
  private final List<TreeMap<String, Suggestion>> sources;

  private Autocomplete(List<TreeMap<String, Suggestion>> sources) {
    this.sources = sources;
  }

  /** Reads the names and titles of an index. */
  static Autocomplete of(IndexReader reader) throws IOException {
    TreeMap<String, Suggestion> companies = new TreeMap<>();
    TreeMap<String, Suggestion> partners = new TreeMap<>();
    TreeMap<String, Suggestion> titles = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      // Company names as their filings spell them (the values carry the filer first).
      collect(
          r.getSortedSetDocValues(Fields.COMPANY_SPELLING),
          companies,
          FacetDimension.COMPANY.key(),
          s -> s.substring(s.indexOf(DocumentMapper.SPELLING_SEPARATOR) + 1));
      collect(
          r.getSortedSetDocValues(FacetDimension.PARTNER.field()),
          partners,
          FacetDimension.PARTNER.key(),
          UnaryOperator.identity());
      SortedDocValues t = r.getSortedDocValues(Fields.TITLE_DV);
      if (t != null) {
        TermsEnum te = t.termsEnum();
        for (BytesRef b = te.next(); b != null && titles.size() < MAX_TITLES; b = te.next()) {
          String v = b.utf8ToString();
          if (!v.isBlank() && !BOILERPLATE_TITLES.contains(v)) {
            titles.putIfAbsent(v.toLowerCase(Locale.ROOT), new Suggestion(v, "title"));
          }
        }
      }
    }
    return new Autocomplete(List.of(companies, partners, titles));
  }

  /** Adds each value, as {@code shown} makes it, once whatever its case. */
  private static void collect(
      SortedSetDocValues v,
      TreeMap<String, Suggestion> into,
      String type,
      UnaryOperator<String> shown)
      throws IOException {
    if (v == null) {
      return;
    }
    TermsEnum te = v.termsEnum();
    for (BytesRef b = te.next(); b != null; b = te.next()) {
      String s = shown.apply(b.utf8ToString());
      into.putIfAbsent(s.toLowerCase(Locale.ROOT), new Suggestion(s, type));
    }
  }

  /**
   * Names and titles that start with a prefix, then those with a word that does.
   *
   * @param p the prefix, trimmed and lower-cased, not empty
   * @param max the most suggestions
   */
  List<Suggestion> complete(String p, int max) {
    List<Suggestion> out = new ArrayList<>();
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
