package io.filingssearch.parse;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.FilingFormat;
import io.filingssearch.filing.Items;
import io.filingssearch.parse.FilingParser.Body;
import io.filingssearch.parse.FilingParser.Meta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text extracted by Stanford's 8-K data set: a small header ({@code FILE:}, {@code TIME:}, {@code
 * EVENTS:} with tab-separated item names, {@code TEXT:} and {@code ITEM:} lines) and then the
 * filing's text with one paragraph per line and tables removed.
 */
final class StanfordText {
  private StanfordText() {}

  static boolean looksLikeStanford(String text) {
    String head = text.substring(0, Math.min(text.length(), 2000));
    return head.contains("\nFILE:") || head.startsWith("FILE:")
        ? head.contains("\nTEXT:") && head.contains("EVENTS:")
        : false;
  }

  /** The item names listed in the {@code EVENTS:} header line. */
  static List<String> events(String text) {
    List<String> names = new ArrayList<>();
    for (String line : header(text)) {
      if (line.startsWith("EVENTS:")) {
        for (String n : line.substring(7).split("\t")) {
          if (!n.isBlank()) {
            names.add(n.trim());
          }
        }
      }
    }
    return names;
  }

  private static List<String> header(String text) {
    int end = text.indexOf("\nTEXT:");
    return List.of(text.substring(0, end < 0 ? 0 : end).split("\n"));
  }

  private static final Pattern RUN_ON_HEADING =
      Pattern.compile(
          "(?<=[.;:)\"]\\s{1,4})(?:ITEM|Item)\\s+(\\d{1,2}(?:\\.\\d{2})?)\\b\\.?\\s+(?=[A-Z])");

  /**
   * Puts an Item heading that runs on in the middle of a paragraph ("... by reference. Item 7.
   * FINANCIAL STATEMENTS ...") on a line of its own, when the official title follows it.
   */
  static String splitRunOnHeadings(CharSequence text) {
    Matcher m = RUN_ON_HEADING.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int last = 0;
    while (m.find()) {
      String key = Items.normalize(m.group(1)).orElse(null);
      String after = text.subSequence(m.end(), Math.min(text.length(), m.end() + 200)).toString();
      if (key != null && HeadingFinder.startsWithTitle(key, after)) {
        out.append(text, last, m.start()).append('\n');
        last = m.start();
      }
    }
    out.append(text, last, text.length());
    return out.toString();
  }

  static Filing parse(String source, String text, String hashId) {
    Meta meta = new Meta();
    for (String line : header(text)) {
      if (line.startsWith("FILE:") && line.indexOf('/') > 5) {
        // FILE:AA/AA-8K-20020701140552.txt.gz: the data set is filed by ticker.
        meta.ticker = line.substring(5, line.indexOf('/')).trim();
      }
      if (line.startsWith("TIME:")) {
        meta.filedDate = Dates.compact(line.substring(5));
      }
    }
    meta.form = "8-K";
    int textStart = text.indexOf("\nTEXT:");
    String body = text.substring(textStart + 6);
    // Drop the ITEM: lines that repeat the header, and the closing tag.
    StringBuilder b = new StringBuilder(body.length());
    boolean inHeader = true;
    for (String line : body.split("\n", -1)) {
      if (inHeader && (line.startsWith("ITEM:") || line.isBlank())) {
        continue;
      }
      inHeader = false;
      if (line.startsWith("</DOCUMENT>")) {
        break;
      }
      b.append(line).append('\n');
    }
    Body parsed = new Body(TextCleaner.clean(splitRunOnHeadings(b)), false, Map.of());
    return FilingParser.build(
        source, FilingFormat.STANFORD, hashId, meta, parsed, List.of(), events(text));
  }
}
