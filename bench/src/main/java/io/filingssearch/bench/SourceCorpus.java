package io.filingssearch.bench;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.parse.BadFilingException;
import io.filingssearch.parse.FilingParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real corpus taken apart into the material the generator recombines: paragraphs by item,
 * section shapes, filing shapes and company names.
 *
 * <p>Only the parser runs here, not the extract stage: the generated files go through the whole
 * pipeline when they are indexed, and a slow extractor must not stop the corpora from being made.
 */
final class SourceCorpus {
  /** A section's shape: what it is and how many paragraphs it has. */
  record Shape(String kind, String item, String exhibit, String title, int paragraphs) {}

  final List<List<Shape>> filings = new ArrayList<>();
  final Map<String, List<String>> paragraphsByKey = new HashMap<>();
  final List<String> allParagraphs = new ArrayList<>();
  final List<String> companies = new ArrayList<>();
  final List<String> sectionTexts = new ArrayList<>();
  int files;
  int failed;
  long bytes;

  /** Parses every filing under {@code root}. */
  static SourceCorpus load(Path root) throws IOException {
    SourceCorpus c = new SourceCorpus();
    FilingParser parser = new FilingParser();
    Set<String> companies = new LinkedHashSet<>();
    for (Path p : Corpora.files(root)) {
      byte[] content = Files.readAllBytes(p);
      c.files++;
      Filing f;
      try {
        f = parser.parse(p.toString(), content);
      } catch (BadFilingException e) {
        c.failed++;
        continue;
      }
      c.bytes += content.length;
      if (f.company() != null && !f.company().isBlank()) {
        companies.add(f.company().strip());
      }
      List<Shape> shapes = new ArrayList<>();
      for (Section s : f.sections()) {
        String[] paras = s.text().split("\\n\\s*\\n");
        int kept = 0;
        String key = key(s.kind().label(), s.item(), s.exhibit());
        for (String para : paras) {
          String t = para.strip();
          if (t.length() >= 40) {
            c.paragraphsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            c.allParagraphs.add(t);
            kept++;
          }
        }
        c.sectionTexts.add(s.text());
        shapes.add(
            new Shape(s.kind().label(), s.item(), s.exhibit(), s.title(), Math.max(1, kept)));
      }
      if (!shapes.isEmpty()) {
        c.filings.add(shapes);
      }
    }
    c.companies.addAll(companies);
    if (c.filings.isEmpty() || c.allParagraphs.isEmpty()) {
      throw new IOException(root + ": no filing could be parsed, nothing to generate from");
    }
    return c;
  }

  static String key(String kind, String item, String exhibit) {
    if (item != null) {
      return "item " + item;
    }
    if (exhibit != null) {
      return "exhibit " + exhibit.replaceAll("\\..*", "");
    }
    return kind;
  }
}
