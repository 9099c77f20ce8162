package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a {@link Timeline}: finds the filings a request matches (their ids and dates from doc
 * values), keeps the newest {@link Timeline#MAX_ENTRIES}, and reads each one's sections without
 * their text. One instance per timeline; not thread-safe.
 */
final class TimelineBuilder {
  /** The most sections one filing may have (far more than any real one). */
  private static final int MAX_SECTIONS = 10_000;

  /** The longest headline; a longer opening sentence is cut at a space. */
  private static final int HEADLINE_CHARS = 200;

  /** A press release's title that only names the exhibit says nothing. */
  private static final Pattern EXHIBIT_LABEL =
      Pattern.compile("(?i)\\s*(?:exhibit|ex)[\\s.-]*99[\\d.()a-z]*\\s*");

  /**
   * A full stop that may end a sentence: after a word, then space and a capital. It ends one when
   * the word is not capitalised: "Inc." and "Corp." are abbreviations inside names.
   */
  private static final Pattern FULL_STOP = Pattern.compile("([\\p{L}\\p{N})]+)\\.\\s+(?=[\"A-Z])");

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final CompanyTable companies;

  TimelineBuilder(IndexSearcher searcher, Analyzer analyzer, CompanyTable companies) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.companies = companies;
  }

  Timeline build(SearchRequest request) throws IOException {
    QueryBuilder queries =
        new QueryBuilder(analyzer, request, ParsedQuery.parse(request.query()), companies);
    Query main = queries.combine(queries.dimensionFilters(), null);
    FacetsCollector fc = searcher.search(main, new FacetsCollectorManager());
    Map<String, Long> dates = filingDates(fc);
    // The newest when there are too many: a history is read from its recent end.
    List<Map.Entry<String, Long>> kept =
        dates.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(Timeline.MAX_ENTRIES)
            .toList();
    List<TimelineEntry> entries = new ArrayList<>(kept.size());
    for (Map.Entry<String, Long> e : kept) {
      entries.add(entry(e.getKey()));
    }
    entries.sort(
        Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::filingId));
    return new Timeline(dates.size(), dates.size() > kept.size(), entries);
  }

  /** Every matching filing's id and date of report as epoch day (undated: the smallest long). */
  private static Map<String, Long> filingDates(FacetsCollector fc) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      SortedSetDocValues ids = md.context().reader().getSortedSetDocValues(Fields.FILING_ID);
      SortedNumericDocValues days = md.context().reader().getSortedNumericDocValues(Fields.DATE);
      if (ids == null || md.bits() == null) {
        continue;
      }
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!ids.advanceExact(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
        if (!out.containsKey(id)) {
          long day = days != null && days.advanceExact(doc) ? days.nextValue() : Long.MIN_VALUE;
          out.put(id, day);
        }
      }
    }
    return out;
  }

  private TimelineEntry entry(String id) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>();
    Map<String, Integer> docOfSection = new HashMap<>();
    for (ScoreDoc sd :
        searcher.search(new TermQuery(new Term(Fields.FILING_ID, id)), MAX_SECTIONS).scoreDocs) {
      WithoutText v = new WithoutText();
      stored.document(sd.doc, v);
      docs.add(v.getDocument());
      docOfSection.put(v.getDocument().get(Fields.SECTION_ID), sd.doc);
    }
    Filing f = DocumentMapper.fromDocuments(docs);
    return new TimelineEntry(
        f.id(),
        f.date(),
        f.dateKind(),
        f.company(),
        f.form(),
        headline(f, docOfSection, stored),
        f.items(),
        f.partners(),
        DealSections.largest(f));
  }

  /** The press release's headline, else the opening sentence of the first deal section. */
  private static String headline(Filing f, Map<String, Integer> docOfSection, StoredFields stored)
      throws IOException {
    for (Section s : f.sections()) {
      if (s.kind() == SectionKind.EXHIBIT
          && DealSections.isDeal(s)
          && !s.title().isBlank()
          && !EXHIBIT_LABEL.matcher(s.title()).matches()) {
        return shorten(s.title());
      }
    }
    Section first = DealSections.of(f).get(0);
    Integer doc = docOfSection.get(first.id());
    if (doc == null) {
      return "";
    }
    Document d = stored.document(doc, Set.of(Fields.BODY_HEAD));
    String text = d.get(Fields.BODY_HEAD);
    if (text == null || text.isBlank()) {
      return first.title();
    }
    return shorten(firstSentence(text.strip().replaceAll("\\s+", " ")));
  }

  /** The first sentence of a text, or the text when no sentence ends in it. */
  static String firstSentence(String text) {
    Matcher m = FULL_STOP.matcher(text);
    while (m.find()) {
      char c = m.group(1).charAt(0);
      if (!Character.isUpperCase(c)) {
        return text.substring(0, m.end(1) + 1);
      }
    }
    return text;
  }

  private static String shorten(String s) {
    String flat = s.strip().replaceAll("\\s+", " ");
    if (flat.length() <= HEADLINE_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', HEADLINE_CHARS);
    return flat.substring(0, cut > 0 ? cut : HEADLINE_CHARS) + "…";
  }

  /** Reads a section's stored fields up to its text, which is stored last and left unread. */
  private static final class WithoutText extends DocumentStoredFieldVisitor {
    @Override
    public Status needsField(FieldInfo fi) throws IOException {
      return fi.name.equals(Fields.BODY_HEAD) || fi.name.equals(Fields.BODY_TAIL)
          ? Status.STOP
          : Status.YES;
    }
  }
}
