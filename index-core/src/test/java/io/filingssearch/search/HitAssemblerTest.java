package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page of hits is highlighted while the search has time left, and shown plain after. */
class HitAssemblerTest {
  @Test
  void aSearchOutOfTimeShowsItsHitsUnhighlighted(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    Analyzer analyzer = Analyzers.perField();
    try (Directory dir = FSDirectory.open(IndexLocation.current(index));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Query query = new TermQuery(new Term(Fields.BODY, "collabor"));
      IndexSearcher inTime = new IndexSearcher(reader);
      inTime.setTimeout(() -> false);
      var page = List.of(inTime.search(query, 5).scoreDocs);
      assertFalse(page.isEmpty(), "the seeds speak of a collaboration");

      List<Hit> highlighted = HitAssembler.hits(inTime, analyzer, query, page, CompanyTable.EMPTY);
      assertTrue(
          highlighted.stream().anyMatch(h -> h.snippets().get(0).contains("<mark>")),
          "a search in time highlights its hits");

      IndexSearcher outOfTime = new IndexSearcher(reader);
      outOfTime.setTimeout(() -> true);
      List<Hit> plain = HitAssembler.hits(outOfTime, analyzer, query, page, CompanyTable.EMPTY);
      assertTrue(plain.size() == highlighted.size());
      for (Hit h : plain) {
        assertFalse(h.snippets().get(0).contains("<mark>"), h.snippets().get(0));
        assertFalse(h.snippets().get(0).isBlank(), "the head of the text is shown");
      }
    }
  }
}
