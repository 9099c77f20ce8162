package io.filingssearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the CLI and the HTTP API, built as ordered maps so that field names and order
 * are exactly those documented in the README. Thread-safe.
 */
public final class JsonViews {
  /** The mapper every JSON output uses. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private JsonViews() {}

  /** A whole filing: metadata, items, partners, amounts and sections with their text. */
  public static Map<String, Object> filing(Filing f) {
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
    m.put("fileNumber", f.fileNumber());
    m.put("irsNumber", f.irsNumber());
    m.put("stateOfIncorporation", f.stateOfIncorporation());
    m.put("items", f.items());
    m.put("partners", f.partners());
    m.put("amounts", amounts(f.amounts(), true));
    List<Object> sections = new ArrayList<>();
    for (Section s : f.sections()) {
      sections.add(section(s));
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
      }
      out.add(m);
    }
    return out;
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
