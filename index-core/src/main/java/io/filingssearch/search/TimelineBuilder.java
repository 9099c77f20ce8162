package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Builds a {@link Timeline} from the embedded index: finds the filings a request matches (their ids
 * and dates from doc values) and lets {@link Timelines} keep the newest and make their entries,
 * reading each one's sections without their text. One instance per timeline; not thread-safe.
 */
final class TimelineBuilder {
  /** The most sections one filing may have (far more than any real one). */
  private static final int MAX_SECTIONS = 10_000;

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
    Query main = queries.counting(queries.dimensionFilters(), null);
    FacetsCollector fc = searcher.search(main, new FacetsCollectorManager());
    return Timelines.of(filingDates(fc), new IndexSource());
  }

  /** Every matching filing's id and date (null when undated). */
  private static Map<String, LocalDate> filingDates(FacetsCollector fc) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
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
          out.put(
              id,
              days != null && days.advanceExact(doc)
                  ? LocalDate.ofEpochDay(days.nextValue())
                  : null);
        }
      }
    }
    return out;
  }

  /** Reads the filings from the index: their sections without text, and one text's head. */
  private final class IndexSource implements Timelines.Source {
    private final StoredFields stored;
    private final Map<String, Integer> docOfSection = new HashMap<>();

    IndexSource() throws IOException {
      this.stored = searcher.storedFields();
    }

    @Override
    public Filing filing(String id) throws IOException {
      List<Document> docs = new ArrayList<>();
      docOfSection.clear();
      for (ScoreDoc sd :
          searcher.search(new TermQuery(new Term(Fields.FILING_ID, id)), MAX_SECTIONS).scoreDocs) {
        WithoutText v = new WithoutText();
        stored.document(sd.doc, v);
        docs.add(v.getDocument());
        docOfSection.put(v.getDocument().get(Fields.SECTION_ID), sd.doc);
      }
      return DocumentMapper.fromDocuments(docs);
    }

    @Override
    public String head(Section s) throws IOException {
      Integer doc = docOfSection.get(s.id());
      if (doc == null) {
        return null;
      }
      return stored.document(doc, Set.of(Fields.BODY_HEAD)).get(Fields.BODY_HEAD);
    }
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
