package io.filingssearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.index.FilingIndexer;
import io.filingssearch.internal.Fields;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Indexes filings into a SolrCloud collection with index-core's parser, extractor and document
 * mapper: incremental as the embedded index is (a file whose content hash the collection has is
 * skipped, a changed file's sections are replaced, a removed file's deleted), every section of a
 * filing routed to its filing's shard. Files are parsed on all cores and sent in batches; a node
 * that goes down meanwhile is retried on another ({@link SolrNodes}). Archives and concatenated
 * submissions are not read yet: each is reported as a failure.
 */
public final class SolrIndexer {
  /** The most sections one filing may have (as the embedded searcher reads at most). */
  static final int MAX_SECTIONS = 10_000;

  /** Filings sent per update request. */
  private static final int BATCH = 50;

  private final SolrNodes nodes;
  private final String collection;
  private final FilingParser parser = new FilingParser();
  private final FactExtractor extractor = new FactExtractor();

  /**
   * What a run did.
   *
   * @param filings filings written
   * @param sections their sections
   * @param unchanged files skipped because the collection has their content
   * @param removed filings deleted because their file is gone
   * @param failures files that could not be indexed, with why
   * @param elapsedMs how long it took
   */
  public record Report(
      int filings,
      int sections,
      int unchanged,
      int removed,
      List<String> failures,
      long elapsedMs) {}

  /**
   * An indexer of one collection.
   *
   * @param nodes the cluster
   * @param collection the collection (made by {@link SolrCollections#create})
   */
  public SolrIndexer(SolrNodes nodes, String collection) {
    this.nodes = nodes;
    this.collection = SolrCollections.checkName(collection);
  }

  /**
   * Brings the collection up to date with the filings under some folders, and commits.
   *
   * @param roots folders or files
   * @return what was done
   * @throws IOException when a folder is missing or no Solr node can take the updates
   */
  public Report index(List<Path> roots) throws IOException {
    long t0 = System.nanoTime();
    List<Path> files = FilingIndexer.filesToIndex(FilingIndexer.walk(roots));
    Map<String, Known> known = known();
    Set<String> seen = Collections.synchronizedSet(new HashSet<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Update> updates = new ArrayList<>();
    int filings = 0;
    int sections = 0;
    int unchanged = 0;
    try {
      List<Future<Update>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> read(f, known, seen, failures)));
      }
      for (Future<Update> fu : futures) {
        Update u = get(fu);
        if (u == null) {
          continue;
        }
        if (u.docs == null) {
          unchanged++;
          continue;
        }
        updates.add(u);
        filings++;
        sections += u.docs.size();
        if (updates.size() >= BATCH) {
          send(updates, known);
          updates.clear();
        }
      }
      send(updates, known);
    } finally {
      pool.shutdownNow();
    }
    List<String> gone = new ArrayList<>();
    for (String source : known.keySet()) {
      if (!seen.contains(source)) {
        gone.add(source);
      }
    }
    for (int i = 0; i < gone.size(); i += BATCH) {
      deleteSources(gone.subList(i, Math.min(gone.size(), i + BATCH)));
    }
    commit();
    return new Report(
        filings,
        sections,
        unchanged,
        gone.size(),
        List.copyOf(failures),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** A file's new sections (null when unchanged), or null for a file that failed. */
  private record Update(String source, List<ObjectNode> docs) {}

  /** What the collection has from a file: its hash, and when its filing became searchable. */
  private record Known(String hash, String filingId, long since) {}

  private Update read(Path f, Map<String, Known> known, Set<String> seen, List<String> failures) {
    String source = f.toString();
    seen.add(source);
    try {
      if (!Files.isRegularFile(f)) {
        failures.add(source + ": is not a regular file");
        return null;
      }
      if (Files.size(f) > FilingParser.MAX_BYTES) {
        failures.add(source + ": is too large to be an 8-K (concatenations are not read yet)");
        return null;
      }
      byte[] content = Files.readAllBytes(f);
      String hash = FilingParser.contentHash(content);
      Known k = known.get(source);
      if (k != null && k.hash().equals(hash)) {
        return new Update(source, null);
      }
      Filing filing = extractor.extract(parser.parse(source, content, hash));
      long since =
          k != null && k.filingId().equals(filing.id()) ? k.since() : System.currentTimeMillis();
      return new Update(source, SolrDocuments.of(filing, hash, since));
    } catch (BadFilingException | IOException | RuntimeException e) {
      failures.add(source + ": " + e.getMessage());
      return null;
    }
  }

  private static Update get(Future<Update> fu) throws IOException {
    try {
      return fu.get();
    } catch (ExecutionException e) {
      throw new IOException("indexing failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    }
  }

  /** Replaces what the collection has from the files of a batch with their sections. */
  private void send(List<Update> updates, Map<String, Known> known) throws IOException {
    if (updates.isEmpty()) {
      return;
    }
    List<String> replaced = new ArrayList<>();
    for (Update u : updates) {
      if (known.containsKey(u.source())) {
        replaced.add(u.source());
      }
    }
    deleteSources(replaced);
    StringBuilder body = new StringBuilder("[");
    for (Update u : updates) {
      for (ObjectNode d : u.docs()) {
        if (body.length() > 1) {
          body.append(',');
        }
        body.append(SolrNodes.JSON.writeValueAsString(d));
      }
    }
    body.append(']');
    update(body.toString());
  }

  private void deleteSources(List<String> sources) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    List<String> terms = new ArrayList<>();
    for (String s : sources) {
      terms.add("\"" + SolrQueries.quote(s) + "\"");
    }
    String query = Fields.SOURCE + ":(" + String.join(" ", terms) + ")";
    update("{\"delete\":{\"query\":" + SolrNodes.JSON.writeValueAsString(query) + "}}");
  }

  private void commit() throws IOException {
    update("{\"commit\":{}}");
  }

  private void update(String json) throws IOException {
    nodes.post(
        "/" + collection + "/update?wt=json",
        "application/json",
        json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What the collection has, by source file: read from each filing's first section, a page at a
   * time in id order (a cursor, so that a large collection is read in bounded memory).
   */
  private Map<String, Known> known() throws IOException {
    Map<String, Known> out = new HashMap<>();
    String cursor = "*";
    while (true) {
      Map<String, List<String>> p = new LinkedHashMap<>();
      p.put("q", List.of(Fields.SECTION_ORDER + ":0"));
      p.put(
          "fl",
          List.of(
              String.join(
                  ",",
                  Fields.SOURCE,
                  Fields.SOURCE_HASH,
                  Fields.FILING_ID,
                  Fields.SEARCHABLE_SINCE)));
      p.put("rows", List.of("5000"));
      p.put("sort", List.of(SolrDocuments.ID + " asc"));
      p.put("cursorMark", List.of(cursor));
      p.put("wt", List.of("json"));
      JsonNode r = nodes.postForm("/" + collection + "/select", p);
      for (JsonNode d : r.path("response").path("docs")) {
        out.put(
            d.path(Fields.SOURCE).asText(),
            new Known(
                d.path(Fields.SOURCE_HASH).asText(),
                d.path(Fields.FILING_ID).asText(),
                d.path(Fields.SEARCHABLE_SINCE).asLong()));
      }
      String next = r.path("nextCursorMark").asText();
      if (next.isEmpty() || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }
}
