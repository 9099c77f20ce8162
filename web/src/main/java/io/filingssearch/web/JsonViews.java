package io.filingssearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.FacetValue;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchResults;
import io.filingssearch.search.Span;
import io.filingssearch.search.Timeline;
import io.filingssearch.search.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shapes of the CLI and the HTTP API, built as ordered maps so that field names and order
 * are exactly those documented in the README. Thread-safe.
 */
public final class JsonViews {
  /** The mapper every JSON output uses. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private JsonViews() {}

  /**
   * A whole filing: metadata, items, partners, amounts and sections with their text.
   *
   * @param f the filing
   * @return its JSON shape
   */
  public static Map<String, Object> filing(Filing f) {
    return filing(f, null);
  }

  /**
   * A whole filing whose sections also carry {@code "marks"}: the {@code [start, end]} offsets into
   * their text of what a query matches.
   *
   * @param f the filing
   * @param marks the marks of a section's text, or null for no {@code "marks"} at all
   * @return its JSON shape
   */
  public static Map<String, Object> filing(Filing f, Function<String, List<Span>> marks) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("source", f.source());
    m.put("format", f.format().label());
    m.put("form", f.form());
    m.put("company", f.company());
    m.put("cik", f.cik());
    m.put("accession", f.accession());
    m.put("dateOfReport", date(f.dateOfReport()));
    m.put("filedDate", date(f.filedDate()));
    m.put("date", date(f.date()));
    m.put("dateKind", f.dateKind() == null ? null : f.dateKind().label());
    m.put("edgarUrl", f.edgarUrl());
    m.put("fileNumber", f.fileNumber());
    m.put("irsNumber", f.irsNumber());
    m.put("stateOfIncorporation", f.stateOfIncorporation());
    m.put("items", f.items());
    m.put("partners", f.partners());
    m.put("partnerRoles", f.partnerRoles());
    m.put("amounts", amounts(f.amounts(), true));
    List<Object> sections = new ArrayList<>();
    for (Section s : f.sections()) {
      Map<String, Object> section = section(s);
      if (marks != null) {
        List<Object> pairs = new ArrayList<>();
        for (Span span : marks.apply(s.text())) {
          pairs.add(List.of(span.start(), span.end()));
        }
        section.put("marks", pairs);
      }
      sections.add(section);
    }
    m.put("sections", sections);
    return m;
  }

  /** One section with its text, partners and amounts. */
  public static Map<String, Object> section(Section s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("kind", s.kind().label());
    m.put("item", s.item());
    m.put("itemTitle", s.itemTitle());
    m.put("exhibit", s.exhibit());
    m.put("title", s.title());
    m.put("text", s.text());
    m.put("partners", s.partners());
    m.put("partnerRoles", s.partnerRoles());
    m.put("amounts", amounts(s.amounts(), true));
    return m;
  }

  /**
   * Amounts as JSON objects.
   *
   * @param full with qualifier, role and offsets; without, only {@code usd} and {@code text}
   */
  public static List<Object> amounts(List<Amount> amounts, boolean full) {
    List<Object> out = new ArrayList<>();
    for (Amount a : amounts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("usd", a.usd());
      m.put("text", a.text());
      if (full) {
        m.put("qualifier", a.qualifier());
        m.put("role", a.role());
        m.put("start", a.start());
        m.put("end", a.end());
        m.put("salient", a.salient());
      }
      out.add(m);
    }
    return out;
  }

  /** Search results, exactly as {@code filings search --json} and {@code GET /api/search}. */
  public static Map<String, Object> results(SearchResults r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", r.query());
    m.put("total", r.total());
    m.put("totalRelation", r.totalExact() ? "eq" : "gte");
    // The total and facet counts were estimated from a sample (exact=true counts every match).
    m.put("approximate", r.approximate());
    m.put("tookMs", r.tookMs());
    m.put("partial", r.partial());
    m.put("lenient", r.lenient());
    m.put("message", r.message());
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      Map<String, Object> hm = new LinkedHashMap<>();
      hm.put("filingId", h.filingId());
      hm.put("sectionId", h.sectionId());
      hm.put("kind", h.kind());
      hm.put("item", h.item());
      hm.put("itemTitle", h.itemTitle());
      hm.put("exhibit", h.exhibit());
      hm.put("title", h.title());
      hm.put("company", h.company());
      hm.put("form", h.form());
      hm.put("dateOfReport", date(h.dateOfReport()));
      hm.put("filedDate", date(h.filedDate()));
      hm.put("date", date(h.date()));
      hm.put("dateKind", h.dateKind() == null ? null : h.dateKind().label());
      hm.put("cik", h.cik());
      hm.put("accession", h.accession());
      hm.put("edgarUrl", h.edgarUrl());
      hm.put("score", h.score());
      hm.put("snippets", h.snippets());
      hm.put("partners", h.partners());
      hm.put("amounts", amounts(h.amounts(), false));
      hm.put(
          "searchableSince",
          h.searchableSince() == null ? null : h.searchableSince().toEpochMilli());
      hits.add(hm);
    }
    m.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (FacetDimension dim : FacetDimension.values()) {
      List<Object> values = new ArrayList<>();
      for (FacetValue v : r.facets().getOrDefault(dim, List.of())) {
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("value", v.value());
        vm.put("label", v.label());
        if (dim == FacetDimension.AMOUNT) {
          vm.put("from", v.from());
          vm.put("to", v.to());
        }
        vm.put("count", v.count());
        values.add(vm);
      }
      facets.put(dim.key(), values);
    }
    m.put("facets", facets);
    m.put("suggestion", r.suggestion());
    return m;
  }

  /**
   * A timeline, as {@code GET /api/timeline}: {@code {"total","truncated","filings":[{"filingId",
   * "date","dateKind","company","form","headline","items","partners","largestAmount"}]}}, oldest
   * first; {@code largestAmount} is {@code {"usd","text","qualifier","role"}} or null.
   */
  public static Map<String, Object> timeline(Timeline t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", t.total());
    m.put("truncated", t.truncated());
    List<Object> filings = new ArrayList<>();
    for (TimelineEntry e : t.entries()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("filingId", e.filingId());
      fm.put("date", date(e.date()));
      fm.put("dateKind", e.dateKind() == null ? null : e.dateKind().label());
      fm.put("company", e.company());
      fm.put("form", e.form());
      fm.put("headline", e.headline());
      fm.put("items", e.items());
      fm.put("partners", e.partners());
      Amount a = e.largestAmount();
      if (a == null) {
        fm.put("largestAmount", null);
      } else {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("usd", a.usd());
        am.put("text", a.text());
        am.put("qualifier", a.qualifier());
        am.put("role", a.role());
        fm.put("largestAmount", am);
      }
      filings.add(fm);
    }
    m.put("filings", filings);
    return m;
  }

  /** An error body: {@code {"title","status","details"}}. */
  public static Map<String, Object> error(String title, int status, String details) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("status", status);
    m.put("details", details);
    return m;
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
