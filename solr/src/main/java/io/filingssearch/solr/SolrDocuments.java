package io.filingssearch.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.filingssearch.filing.Filing;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;

/**
 * Filings as Solr documents and back, through index-core's {@link DocumentMapper}: a section's Solr
 * document holds exactly the fields (names and values) of its Lucene document in the embedded
 * index, so that what each field holds is said in one place. Stateless.
 */
final class SolrDocuments {
  /** The unique key: {@code filingId!sectionOrder}. */
  static final String ID = "id";

  /**
   * Between the routing prefix and the rest of the id: Solr's compositeId router sends every
   * section of a filing to the shard its filing id hashes to, so per-filing counts are exact and a
   * filing's sections are collapsed on one shard.
   */
  static final char ROUTE = '!';

  /** Fields the schema fills itself (copyField), not sent. */
  private static final Set<String> COPIED = Set.of(Fields.BODY_EXACT);

  /**
   * Fields of the embedded index that Solr does without, not sent: the word pairs that narrow the
   * embedded index's phrases (phrases sent to Solr are plain phrases).
   */
  static final Set<String> NOT_SENT = Set.of(Fields.BODY_PAIRS);

  private SolrDocuments() {}

  /**
   * The Solr documents of a filing's sections.
   *
   * @param f the filing, its facts extracted
   * @param sourceHash its file's content hash
   * @param searchableSince when it became searchable, epoch milliseconds
   * @return one JSON document per section
   */
  static List<ObjectNode> of(Filing f, String sourceHash, long searchableSince) {
    List<ObjectNode> out = new ArrayList<>();
    for (Document d : DocumentMapper.toDocuments(f, sourceHash, searchableSince)) {
      out.add(json(d));
    }
    return out;
  }

  /**
   * One Lucene document as Solr JSON. A field name may come with several Lucene fields of different
   * kinds (a stored value and its doc values): the values of the first kind seen are the field's
   * values.
   */
  static ObjectNode json(Document d) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Map<String, Class<?>> kind = new HashMap<>();
    Map<String, List<IndexableField>> byName = new java.util.LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (COPIED.contains(f.name()) || NOT_SENT.contains(f.name())) {
        continue;
      }
      Class<?> first = kind.putIfAbsent(f.name(), f.getClass());
      if (first == null || first == f.getClass()) {
        byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
      }
    }
    String filingId = d.get(Fields.FILING_ID);
    o.put(ID, filingId + ROUTE + d.getField(Fields.SECTION_ORDER).numericValue());
    byName.forEach(
        (name, fields) -> {
          if (fields.size() == 1) {
            put(o, name, fields.get(0));
          } else {
            ArrayNode a = o.putArray(name);
            for (IndexableField f : fields) {
              add(a, f);
            }
          }
        });
    return o;
  }

  /** A field's number; a float doc value is held as its bits, and read back as the float. */
  private static Number number(IndexableField f) {
    Number n = f.numericValue();
    if (f instanceof FloatDocValuesField && n != null) {
      return Float.intBitsToFloat(n.intValue());
    }
    return n;
  }

  private static void put(ObjectNode o, String name, IndexableField f) {
    Number n = number(f);
    if (n instanceof Float || n instanceof Double) {
      o.put(name, n.doubleValue());
    } else if (n != null) {
      o.put(name, n.longValue());
    } else {
      o.put(name, text(f));
    }
  }

  private static void add(ArrayNode a, IndexableField f) {
    Number n = number(f);
    if (n instanceof Float || n instanceof Double) {
      a.add(n.doubleValue());
    } else if (n != null) {
      a.add(n.longValue());
    } else {
      a.add(text(f));
    }
  }

  private static String text(IndexableField f) {
    if (f.stringValue() != null) {
      return f.stringValue();
    }
    if (f.binaryValue() != null) {
      return f.binaryValue().utf8ToString();
    }
    throw new IllegalStateException("field " + f.name() + " has no value Solr can take");
  }

  /**
   * A section's stored fields from a Solr document, as the embedded index stores them: what
   * index-core's mapper and hits read.
   */
  static Document stored(JsonNode solrDoc) {
    Document d = new Document();
    Iterator<Map.Entry<String, JsonNode>> it = solrDoc.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals(ID) || e.getKey().startsWith("_") || e.getKey().equals("score")) {
        continue;
      }
      if (e.getValue().isArray()) {
        for (JsonNode v : e.getValue()) {
          d.add(stored(e.getKey(), v));
        }
      } else {
        d.add(stored(e.getKey(), e.getValue()));
      }
    }
    return d;
  }

  private static StoredField stored(String name, JsonNode v) {
    if (v.isIntegralNumber()) {
      return new StoredField(name, v.longValue());
    }
    if (v.isNumber()) {
      return new StoredField(name, v.doubleValue());
    }
    return new StoredField(name, v.asText());
  }
}
