package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Items;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every real 8-K of the shared corpus parses, and the items its text has agree with its header. */
class CorpusParseTest {
  private final FilingParser parser = new FilingParser();

  @Test
  void everyCorpusFileParsesOrIsRefusedWithAReason() throws Exception {
    List<Path> files = Fixtures.corpusFiles();
    assumeTrue(!files.isEmpty(), "../shared/corpus is absent");
    int parsed = 0;
    List<String> refused = new ArrayList<>();
    for (Path f : files) {
      try {
        parser.parse(f);
        parsed++;
      } catch (BadFilingException e) {
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        refused.add(e.getMessage());
      }
    }
    System.out.printf(
        "corpus: %d files, %d parsed, %d refused%n", files.size(), parsed, refused.size());
    refused.forEach(r -> System.out.println("  refused: " + r));
    // Only EDGAR's filing index pages and header-only files are not filings.
    for (String r : refused) {
      assertTrue(r.contains("-index.htm") || r.contains(".hdr.sgml"), "unexpected refusal: " + r);
    }
    assertTrue(parsed >= 500, "parsed only " + parsed);
  }

  /**
   * The items whose headings the text has agree with the items EDGAR's header (or Stanford's EVENTS
   * line) lists. The filing is parsed a second time with the header's item list blanked, so that
   * only headings found in the text make sections: given the list, a text without headings gets a
   * section made up from the header's first item, which would agree with the header by
   * construction.
   */
  @Test
  void itemsWhoseHeadingsAreInTheTextAgreeWithTheHeaderForAtLeast95PercentOfFilings()
      throws Exception {
    List<Path> files = Fixtures.corpusFiles();
    assumeTrue(!files.isEmpty(), "../shared/corpus is absent");
    int compared = 0;
    int matched = 0;
    int missingHeadings = 0;
    int noHeadings = 0;
    List<String> mismatches = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (!(name.endsWith(".txt") || name.endsWith(".nc"))) {
        continue;
      }
      String text = RawText.decode(Files.readAllBytes(f));
      List<String> names;
      if (StanfordText.looksLikeStanford(text)) {
        names = StanfordText.events(text);
      } else if (SgmlSubmission.looksLikeSgml(text)) {
        names = SgmlSubmission.read(text).headerItems;
      } else {
        continue;
      }
      String withoutList = HEADER_ITEM_LIST.matcher(text).replaceAll("$1");
      Filing filing = parser.parse(f.toString(), withoutList.getBytes(StandardCharsets.UTF_8));
      Set<String> expected = new LinkedHashSet<>();
      for (String n : names) {
        Items.normalize(n)
            .or(
                () ->
                    Items.fromTitle(
                        n, filing.filedDate() != null ? filing.filedDate() : filing.dateOfReport()))
            .ifPresent(expected::add);
      }
      if (expected.isEmpty()) {
        continue;
      }
      Set<String> found = new LinkedHashSet<>();
      filing.sections().stream().filter(s -> s.item() != null).forEach(s -> found.add(s.item()));
      if (found.isEmpty()) {
        // No Item heading in the text (Stanford's extraction drops many): nothing to compare.
        noHeadings++;
        continue;
      }
      compared++;
      if (found.equals(expected)) {
        matched++;
      } else if (expected.containsAll(found)) {
        // The text lacks some headings: nothing contradicts.
        missingHeadings++;
      } else {
        mismatches.add(f.getFileName() + " header=" + expected + " body=" + found);
      }
    }
    double exact = matched / (double) compared;
    double rate = (matched + missingHeadings) / (double) compared;
    System.out.printf(
        "items: %d filings with header items and Item headings in the text (%d more have no"
            + " heading); the headings equal the header in %d (%.1f%%), are a subset (headings"
            + " missing from the text) in %d, contradict it in %d; agreement %.1f%%%n",
        compared, noHeadings, matched, exact * 100, missingHeadings, mismatches.size(), rate * 100);
    mismatches.forEach(m -> System.out.println("  mismatch: " + m));
    assertTrue(compared > 100, "too few filings with header items and headings: " + compared);
    assertTrue(rate >= 0.95, String.format("item agreement rate %.3f is below 0.95", rate));
  }

  /** The header lines that list a filing's items, keeping the line's key so it is still read. */
  private static final Pattern HEADER_ITEM_LIST =
      Pattern.compile("(?m)^(\\s*(?:ITEM INFORMATION:|EVENTS:|<ITEMS>)).*$");
}
