package io.filingssearch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An index reader that holds no documents but answers the counts a collection has: its number of
 * documents, the documents with a field, and chosen words' document frequencies in that field, as
 * read from Solr. What Lucene's more-like-this asks of an index to weigh words; nothing else is
 * answered. Not thread-safe.
 */
final class SolrCounts extends FilterLeafReader {
  /** What every instance stands in front of: a reader of one empty document, in memory. */
  private static final LeafReader EMPTY = empty();

  private final String field;
  private final int numDocs;
  private final int docCount;
  private final Map<String, Integer> docFreqs;
  private final Set<String> asked;

  /**
   * @param field the field counted
   * @param numDocs the collection's documents
   * @param docCount the documents with the field
   * @param docFreqs the known words' document frequencies; any other word is counted 0
   * @param asked where the words asked for are recorded, or null
   */
  SolrCounts(
      String field, int numDocs, int docCount, Map<String, Integer> docFreqs, Set<String> asked) {
    super(EMPTY);
    this.field = field;
    this.numDocs = numDocs;
    this.docCount = docCount;
    this.docFreqs = new HashMap<>(docFreqs);
    this.asked = asked;
  }

  private static LeafReader empty() {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.addDocument(new Document());
      w.commit();
      return DirectoryReader.open(dir).leaves().get(0).reader();
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory cannot be made", e);
    }
  }

  @Override
  public int numDocs() {
    return numDocs;
  }

  @Override
  public int maxDoc() {
    return numDocs;
  }

  @Override
  public Terms terms(String f) throws IOException {
    if (!field.equals(f)) {
      return null;
    }
    return new Terms() {
      @Override
      public TermsEnum iterator() {
        return new FilterTermsEnum(TermsEnum.EMPTY) {
          private int docFreq;

          @Override
          public boolean seekExact(BytesRef text) {
            String word = text.utf8ToString();
            if (asked != null) {
              asked.add(word);
            }
            Integer n = docFreqs.get(word);
            docFreq = n == null ? 0 : n;
            return n != null && n > 0;
          }

          @Override
          public int docFreq() {
            return docFreq;
          }
        };
      }

      @Override
      public long size() {
        return -1;
      }

      @Override
      public long getSumTotalTermFreq() {
        return -1;
      }

      @Override
      public long getSumDocFreq() {
        return -1;
      }

      @Override
      public int getDocCount() {
        return docCount;
      }

      @Override
      public boolean hasFreqs() {
        return true;
      }

      @Override
      public boolean hasOffsets() {
        return false;
      }

      @Override
      public boolean hasPositions() {
        return true;
      }

      @Override
      public boolean hasPayloads() {
        return false;
      }
    };
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }
}
