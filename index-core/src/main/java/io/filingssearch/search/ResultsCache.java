package io.filingssearch.search;

import java.util.LinkedHashMap;

/**
 * Recent results by request, for the index version that computed them: a newer version empties it.
 * Bounded by entries and by the hits they hold (pages of 100 hits weigh ten times pages of 10).
 * Thread-safe.
 */
final class ResultsCache {
  /** The hits an entry holds on average before the hit bound evicts entries early. */
  private static final int HITS_PER_ENTRY = 20;

  private final int capacity;
  private final LinkedHashMap<SearchRequest, SearchResults> map =
      new LinkedHashMap<>(16, 0.75f, true);
  private Object version;
  private long hits;

  ResultsCache(int capacity) {
    this.capacity = capacity;
  }

  /** The cached results of a request, when they were computed on this index version. */
  synchronized SearchResults get(SearchRequest request, Object readerVersion) {
    return readerVersion == version ? map.get(request) : null;
  }

  /** Keeps a request's results, evicting the least recently used beyond the bounds. */
  synchronized void put(SearchRequest request, Object readerVersion, SearchResults results) {
    if (readerVersion != version) {
      map.clear();
      hits = 0;
      version = readerVersion;
    }
    SearchResults old = map.put(request, results);
    hits += results.hits().size() - (old == null ? 0 : old.hits().size());
    var eldest = map.entrySet().iterator();
    while ((map.size() > capacity || hits > (long) capacity * HITS_PER_ENTRY) && eldest.hasNext()) {
      hits -= eldest.next().getValue().hits().size();
      eldest.remove();
    }
  }
}
