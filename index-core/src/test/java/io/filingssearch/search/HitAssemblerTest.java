package io.filingssearch.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.internal.Analyzers;
import io.filingssearch.internal.Fields;
import io.filingssearch.internal.IndexLocation;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of hits is highlighted while the search has time left, and shown plain after; a prefix is
 * highlighted by the words it matches.
 */
class HitAssemblerTest {
  private static final Analyzer analyzer = Analyzers.perField();
  private static Directory dir;
  private static DirectoryReader reader;

  @BeforeAll
  static void indexSeeds(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    FilingIndexer.index(index, List.of(Fixtures.seeds()), false, IndexListener.NONE);
    dir = FSDirectory.open(IndexLocation.current(index));
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  @Test
  void aSearchOutOfTimeShowsItsHitsUnhighlighted() throws Exception {
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

  @Test
  void aPrefixIsHighlightedByTheWordsOfTheIndexItMatches() throws Exception {
    Query prefix = new PrefixQuery(new Term(Fields.BODY, "collab"));
    Query words = HitAssembler.forHighlighting(prefix, reader);
    BooleanQuery any = assertInstanceOf(BooleanQuery.class, words, "the prefix as its words");
    assertFalse(any.clauses().isEmpty());
    for (BooleanClause c : any.clauses()) {
      TermQuery t = assertInstanceOf(TermQuery.class, c.query());
      assertTrue(t.getTerm().text().startsWith("collab"), t.toString());
    }
    Query everyWord = new WildcardQuery(new Term(Fields.BODY, "*"));
    assertSame(
        everyWord,
        HitAssembler.forHighlighting(everyWord, reader),
        "more words than are worth listing: left to the highlighter");

    IndexSearcher searcher = new IndexSearcher(reader);
    var page = List.of(searcher.search(prefix, 5).scoreDocs);
    assertFalse(page.isEmpty());
    List<Hit> hits = HitAssembler.hits(searcher, analyzer, prefix, page, CompanyTable.EMPTY);
    Matcher marked = Pattern.compile("<mark>([^<]*)</mark>").matcher(hits.get(0).snippets().get(0));
    assertTrue(marked.find(), "the first hit is highlighted: " + hits.get(0).snippets());
    do {
      assertTrue(marked.group(1).toLowerCase(Locale.ROOT).startsWith("collab"), marked.group());
    } while (marked.find());
  }
}
