package io.filingssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import io.filingssearch.search.SortOrder;
import io.filingssearch.testing.Fixtures;
import io.filingssearch.testing.TempFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Indexing into SolrCloud is incremental as the embedded index is, and the cluster keeps answering
 * (searches and indexing) while one of its two nodes is down.
 */
class SolrUpdatesAndFailoverTest {
  private TempFolder dir;
  private Path filings;
  private TestSolrCloud cloud;

  @BeforeEach
  void copySeeds() throws IOException {
    cloud = TestSolrCloud.get();
    dir = TempFolder.create("solr-updates");
    filings = dir.path().resolve("filings");
    Files.createDirectories(filings);
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.toList()) {
        Files.copy(p, filings.resolve(p.getFileName()));
      }
    }
  }

  @AfterEach
  void delete() throws IOException {
    dir.close();
  }

  /** Replaces a word in a seed file: its content, and so its sections, change. */
  private Path edit(String prefix, String word, String by) throws IOException {
    Path f;
    try (Stream<Path> s = Files.list(filings)) {
      f = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
    Files.writeString(f, Files.readString(f).replace(word, by));
    return f;
  }

  /** The embedded index of the folder as it is now. */
  private EmbeddedIndex embedded() throws IOException {
    return EmbeddedIndex.of(List.of(filings));
  }

  private static long total(SolrSearcher s, String query) throws IOException {
    return s.search(SearchRequest.builder().query(query).groupByFiling(true).build()).total();
  }

  @Test
  void aReindexSkipsUnchangedFilesReplacesEditedOnesAndDropsRemovedOnes() throws IOException {
    cloud.freshCollection("updates");
    SolrIndexer indexer = new SolrIndexer(cloud.client(), "updates");
    SolrSearcher solr = new SolrSearcher(cloud.client(), "updates", TestSolrCloud.TIMEOUT_MS);
    assertEquals(4, indexer.index(List.of(filings)).filings());

    SolrIndexer.Report again = indexer.index(List.of(filings));
    assertEquals(0, again.filings());
    assertEquals(4, again.unchanged());

    long genentech = total(solr, "genentech");
    edit("003", "Genentech", "Quillbrook");
    SolrIndexer.Report edited = indexer.index(List.of(filings));
    assertEquals(1, edited.filings());
    assertEquals(3, edited.unchanged());
    try (EmbeddedIndex index = embedded()) {
      FilingSearcher e = index.searcher();
      assertEquals(e.stats().filings(), solr.stats().filings());
      assertEquals(e.stats().sections(), solr.stats().sections());
      for (String q : List.of("quillbrook", "genentech", "agreement")) {
        EngineComparison.assertSame(e, solr, SearchRequest.builder().query(q).size(50).build());
      }
    }
    assertEquals(0, total(solr, "zzzunknownword"));
    assertEquals(true, total(solr, "genentech") < genentech);

    try (Stream<Path> s = Files.list(filings)) {
      Files.delete(s.filter(p -> p.getFileName().toString().startsWith("000")).findFirst().get());
    }
    SolrIndexer.Report removed = indexer.index(List.of(filings));
    assertEquals(1, removed.removed());
    try (EmbeddedIndex index = embedded()) {
      FilingSearcher e = index.searcher();
      assertEquals(e.stats().filings(), solr.stats().filings());
      assertEquals(e.stats().sections(), solr.stats().sections());
    }
  }

  @Test
  void searchesAndIndexingGoOnWhileANodeIsDown() throws IOException {
    cloud.freshCollection("failover");
    SolrIndexer indexer = new SolrIndexer(cloud.client(), "failover");
    SolrSearcher solr = new SolrSearcher(cloud.client(), "failover", TestSolrCloud.TIMEOUT_MS);
    indexer.index(List.of(filings));
    List<SearchRequest> requests = new ArrayList<>();
    for (String q : List.of("agreement", "genentech", "item:5", "\"board of directors\"")) {
      requests.add(SearchRequest.builder().query(q).size(50).groupByFiling(true).build());
      requests.add(SearchRequest.builder().query(q).size(50).build());
    }
    List<SearchResults> before = new ArrayList<>();
    for (SearchRequest r : requests) {
      before.add(solr.search(r));
    }

    cloud.stop(0);
    try {
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < requests.size(); i++) {
          SearchResults r = solr.search(requests.get(i));
          assertEquals(before.get(i).total(), r.total(), requests.get(i).query());
          assertEquals(
              EngineComparison.ties(before.get(i).hits(), SortOrder.RELEVANCE),
              EngineComparison.ties(r.hits(), SortOrder.RELEVANCE),
              requests.get(i).query());
        }
      }
      edit("001", "Genentech", "Marrowfield");
      assertEquals(1, indexer.index(List.of(filings)).filings());
      assertEquals(1, total(solr, "marrowfield"));
    } finally {
      cloud.start(0);
    }
    cloud.awaitActive("failover");
    edit("003", "Genentech", "Quillbrook");
    SolrIndexer.Report after = indexer.index(List.of(filings));
    assertEquals(List.of(), after.failures());
    assertEquals(1, after.filings());
    assertEquals(1, total(solr, "quillbrook"));
    assertEquals(1, total(solr, "marrowfield"));
    assertEquals(0, total(solr, "genentech"));
    try (EmbeddedIndex index = embedded()) {
      FilingSearcher e = index.searcher();
      assertEquals(e.stats().sections(), solr.stats().sections());
    }
  }
}
