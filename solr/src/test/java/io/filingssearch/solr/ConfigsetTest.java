package io.filingssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped configset says what index-core says, in one place each: every field the document
 * mapper writes is declared, stored in Solr exactly when the embedded index stores it, and the
 * English stop words are EnglishAnalyzer's.
 */
class ConfigsetTest {
  /** The schema's fields: name to its attributes. */
  private static Map<String, Element> schemaFields() throws Exception {
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(SolrCollections.configsetFile("schema.xml")));
    Map<String, Element> out = new HashMap<>();
    NodeList fields = doc.getElementsByTagName("field");
    for (int i = 0; i < fields.getLength(); i++) {
      Element e = (Element) fields.item(i);
      out.put(e.getAttribute("name"), e);
    }
    return out;
  }

  @Test
  void everyFieldTheMapperWritesIsDeclaredAndStoredAsTheEmbeddedIndexStoresIt() throws Exception {
    Map<String, Element> schema = schemaFields();
    Set<String> stored = new TreeSet<>();
    Set<String> written = new TreeSet<>();
    try (Stream<Path> s = Files.list(Fixtures.seeds())) {
      for (Path p : s.toList()) {
        Filing f = new FactExtractor().extract(new FilingParser().parse(p));
        for (Document d : DocumentMapper.toDocuments(f, "hash", 1L)) {
          for (IndexableField field : d.getFields()) {
            if (SolrDocuments.NOT_SENT.contains(field.name())) {
              continue;
            }
            written.add(field.name());
            if (field.fieldType().stored()) {
              stored.add(field.name());
            }
          }
          ObjectNode json = SolrDocuments.json(d);
          json.fieldNames()
              .forEachRemaining(
                  name -> assertTrue(schema.containsKey(name), name + " is not in schema.xml"));
        }
      }
    }
    for (String name : written) {
      assertTrue(schema.containsKey(name), name + " is not in schema.xml");
      assertEquals(
          stored.contains(name),
          schema.get(name).getAttribute("stored").equals("true"),
          "stored attribute of " + name);
    }
  }

  @Test
  void theEnglishStopWordsAreEnglishAnalyzers() throws Exception {
    Set<String> file = new TreeSet<>();
    for (String line :
        new String(SolrCollections.configsetFile("stopwords_en.txt"), StandardCharsets.UTF_8)
            .split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        file.add(line.strip());
      }
    }
    Set<String> lucene = new TreeSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> lucene.add(new String((char[]) w)));
    assertEquals(lucene, file);
  }

  @Test
  void theUploadedZipHoldsEveryConfigsetFile() throws Exception {
    Set<String> names = new TreeSet<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(SolrCollections.configsetZip()))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertEquals(new TreeSet<>(SolrCollections.CONFIGSET_FILES), names);
  }
}
