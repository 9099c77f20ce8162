package io.filingssearch.parse;

import io.filingssearch.filing.Items;
import io.filingssearch.parse.TextCleaner.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of an 8-K body: its Items, the signature block, the exhibit index and the
 * exhibits that follow them in the same text.
 *
 * <p>Headings are recognized only at the start of a line (a cross-reference such as "as described
 * in Item 2.01" in running text is not one), and when an item is listed more than once, as in a
 * table of contents, the occurrence followed by the most text wins. One instance reads one text.
 */
final class HeadingFinder {
  private static final Pattern ITEM =
      Pattern.compile(
          "^[\\s|*]*ITEMS?[\\s|]*(?:[\\-\u2013\u2014:][\\s|]*)?(?:NO\\.?\\s*)?(\\d{1,2}(?:\\s?\\.\\s?\\d{1,2})?|[IVX]{1,4})"
              + "(?:\\s*\\([a-z]\\))?(?![\\d,%])[\\s|.:\\-\u2013\u2014*]*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNATURE =
      Pattern.compile("^[\\s|]*(SIGNATURES?|Signatures?|SIGNATURE\\(S\\))\\b[\\s.:|]*(.*)$");
  private static final Pattern SIGNATURE_TEXT =
      Pattern.compile(
          "Pursuant to the requirements of the Securities Exchange Act of 1934,? the"
              + " (?:registrant|company)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EXHIBIT_INDEX =
      Pattern.compile(
          "^[\\s|]*(?:EXHIBIT INDEX|INDEX TO EXHIBITS|EXHIBITS? INDEX|Exhibit Index|Index to"
              + " Exhibits)\\b[\\s.:|]*(.{0,80})$");
  private static final Pattern EXHIBIT_START =
      Pattern.compile(
          "^([\\s|]*)(?:EXHIBIT|Exhibit)\\s+(?:No\\.\\s*)?(\\d{1,3}+(?:\\.\\d{1,3}+){0,2}+)(?:\\s*\\([a-z]\\))?"
              + "(?![\\d.]\\d)[\\s.:|]*(.*)$");
  private static final Pattern LISTED_EXHIBIT =
      Pattern.compile("(?<![\\d$.,])((?:99|10|2|3|4|16|17|20|23|24)\\.\\d{1,3})(?![\\d%])");
  private static final Pattern SIGNED = Pattern.compile("(?i)(?:/s/|\\bBy:)");

  enum Kind {
    ITEM,
    SIGNATURE,
    EXHIBIT_INDEX,
    EXHIBIT
  }

  /** A heading at line {@code line}; the section's body starts at {@code bodyStart}. */
  record Heading(Kind kind, int line, int bodyStart, String key, String title, String rest) {}

  private static final Pattern COVER_END =
      Pattern.compile(
          "(?i)13e-4\\(c\\)|telephone number, including area code|former name or former address");

  private final List<Line> lines;
  private final boolean wrapped;
  private final String fallbackItem;

  /** The heading made up for {@code fallbackItem}, if any; it does not end the cover page. */
  private Heading synthetic;

  private final Boolean decimalScheme;

  /**
   * A finder over one text.
   *
   * @param lines the text's lines
   * @param wrapped whether the text is wrapped plain text (a heading then starts a paragraph)
   * @param fallbackItem the item a header names, made up as the heading of a text with none
   * @param date the filing's date, to accept only the item scheme in force; may be null
   */
  HeadingFinder(List<Line> lines, boolean wrapped, String fallbackItem, LocalDate date) {
    this.lines = lines;
    this.wrapped = wrapped;
    this.fallbackItem = fallbackItem;
    this.decimalScheme = date == null ? null : !date.isBefore(Items.DECIMAL_SCHEME_START);
  }

  /** The heading made up for the fallback item by {@link #headings()}, or null. */
  Heading synthetic() {
    return synthetic;
  }

  /** The headings of the text, in line order. */
  List<Heading> headings() {
    List<Heading> items = new ArrayList<>();
    Heading signature = null;
    Heading index = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      String t = line.text();
      Heading h = itemHeading(i, t);
      if (h != null) {
        items.add(h);
        continue;
      }
      if (signature == null) {
        Matcher m = SIGNATURE.matcher(t);
        if (m.matches() && (m.group(2).isBlank() || startsUpper(m.group(2)))) {
          signature = new Heading(Kind.SIGNATURE, i, i + 1, "", "", m.group(2).trim());
          continue;
        }
      }
      if (index == null) {
        Matcher m = EXHIBIT_INDEX.matcher(t);
        if (m.matches()) {
          index = new Heading(Kind.EXHIBIT_INDEX, i, i + 1, "", "", m.group(1).trim());
        }
      }
    }
    items = oneScheme(dropTableOfContents(items));
    if (signature != null && !items.isEmpty() && items.get(0).line < signature.line) {
      // Item headings after the signature belong to an exhibit (a 10-K excerpt, say).
      final int cut = signature.line;
      items = items.stream().filter(h -> h.line < cut).toList();
    }
    if (items.isEmpty() && fallbackItem != null) {
      int end = signature == null ? lines.size() : signature.line;
      int start = 0;
      for (int i = 0; i < Math.min(end, 120); i++) {
        if (COVER_END.matcher(lines.get(i).text()).find()) {
          start = i + 1;
        }
      }
      if (remainingBetween(start, end) > 0) {
        synthetic = new Heading(Kind.ITEM, start, start, fallbackItem, "", "");
        items = List.of(synthetic);
      }
    }
    if (signature == null) {
      int start = items.isEmpty() ? 0 : items.get(items.size() - 1).line + 1;
      for (int i = start; i < lines.size(); i++) {
        if (SIGNATURE_TEXT.matcher(lines.get(i).text()).find()) {
          signature = new Heading(Kind.SIGNATURE, i, i, "", "", "");
          break;
        }
      }
    }
    List<Heading> all = new ArrayList<>(items);
    int lastItem = items.isEmpty() ? -1 : items.get(items.size() - 1).line;
    // A signature or exhibit index before the last item is a stray match (for example a
    // "Signature" line inside an exhibit list); the report's own come after its items.
    if (signature != null && signature.line > lastItem) {
      all.add(signature);
    } else {
      signature = null;
    }
    if (index != null && index.line > lastItem) {
      all.add(index);
    } else {
      index = null;
    }
    all.addAll(exhibits(items, signature, index));
    all.sort((a, b) -> Integer.compare(a.line, b.line));
    return all;
  }

  private Heading itemHeading(int i, String t) {
    if (t.length() > 4000) {
      t = t.substring(0, 4000);
    }
    Matcher m = ITEM.matcher(t);
    if (!m.matches()) {
      return null;
    }
    String word = t.trim().replaceAll("^[|*\\s]+", "");
    if (!word.startsWith("ITEM") && !word.startsWith("Item")) {
      return null;
    }
    String key = Items.normalize(m.group(1).replace(" ", "")).orElse(null);
    if (key == null) {
      return null;
    }
    String rest = m.group(2).trim().replaceAll("^[|*\\s]+", "");
    if (!rest.isEmpty() && !startsUpper(rest)) {
      return null;
    }
    if (wrapped && i > 0 && !lines.get(i - 1).blank() && !lines.get(i).pageBreak()) {
      // In wrapped text a heading starts a paragraph; "Item 2.01" after a line break inside a
      // paragraph is a cross-reference.
      if (!startsWithTitle(key, rest)) {
        return null;
      }
    }
    String official = Items.title(key).orElse("");
    if (rest.isEmpty()) {
      // A heading split over two lines: the title is on the next line.
      int j = nextNonBlank(i + 1);
      if (j >= 0 && j - i <= 3) {
        String next = TextCleaner.collapse(lines.get(j).text());
        if (next.length() <= 160
            && !ITEM.matcher(next).matches()
            && (startsWithTitle(key, next) || isMostlyUpper(next))) {
          return new Heading(Kind.ITEM, i, j + 1, key, clean(next), "");
        }
      }
      return new Heading(Kind.ITEM, i, i + 1, key, official, "");
    }
    if (!official.isEmpty() && startsWithTitle(key, rest)) {
      // The official title followed by the first sentence on the same line: the sentence is text.
      String body = stripTitle(rest, official);
      if (!body.isEmpty() && body.length() < rest.length() && startsUpper(body)) {
        return new Heading(Kind.ITEM, i, i + 1, key, official, body);
      }
    }
    if (rest.length() <= 160) {
      return new Heading(Kind.ITEM, i, i + 1, key, clean(rest), "");
    }
    if (startsWithTitle(key, rest)) {
      // A heading run into its first paragraph (Stanford's text does this).
      String title = official.isEmpty() ? "" : official;
      String body = stripTitle(rest, official);
      return new Heading(Kind.ITEM, i, i + 1, key, title, body);
    }
    return null;
  }

  private static String clean(String title) {
    String t = TextCleaner.collapse(title.replace('|', ' ')).replaceAll("[\\s.:]+$", "");
    return t.length() <= 200 ? t : t.substring(0, 197) + "...";
  }

  /**
   * Keeps the headings of one numbering scheme: a report uses either the old items (1-12) or the
   * current ones (1.01-9.01); headings of the other scheme come from quoted documents.
   */
  private List<Heading> oneScheme(List<Heading> items) {
    if (decimalScheme != null) {
      // The filing's date says which scheme it uses.
      return items.stream().filter(h -> h.key.contains(".") == decimalScheme).toList();
    }
    long decimal = items.stream().filter(h -> h.key.contains(".")).count();
    if (decimal == 0 || decimal == items.size()) {
      return items;
    }
    boolean keepDecimal = decimal * 2 >= items.size();
    return items.stream().filter(h -> h.key.contains(".") == keepDecimal).toList();
  }

  private int remainingBetween(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += lines.get(i).text().trim().length();
    }
    return n;
  }

  /** Drops the copies of an item that are only listed (a table of contents, an index). */
  private List<Heading> dropTableOfContents(List<Heading> items) {
    if (items.size() < 2) {
      return items;
    }
    Map<String, Heading> best = new HashMap<>();
    Map<String, Integer> bestSize = new HashMap<>();
    for (int k = 0; k < items.size(); k++) {
      Heading h = items.get(k);
      int end = k + 1 < items.size() ? items.get(k + 1).line : lines.size();
      int size = h.rest.length();
      for (int j = h.bodyStart; j < end; j++) {
        size += lines.get(j).text().length();
      }
      Integer prev = bestSize.get(h.key);
      if (prev == null || size > prev) {
        best.put(h.key, h);
        bestSize.put(h.key, size);
      }
    }
    List<Heading> kept = new ArrayList<>();
    for (Heading h : items) {
      if (best.get(h.key) == h) {
        kept.add(h);
      }
    }
    return kept;
  }

  /** Exhibits in the same text as the report: after the signature and the exhibit index. */
  private List<Heading> exhibits(List<Heading> items, Heading signature, Heading index) {
    int tail = Math.max(signature == null ? -1 : signature.line, index == null ? -1 : index.line);
    if (tail < 0) {
      return List.of();
    }
    List<Heading> found = new ArrayList<>();
    for (int i = tail + 1; i < lines.size(); i++) {
      Line line = lines.get(i);
      Matcher m = EXHIBIT_START.matcher(line.text());
      if (!m.matches()) {
        continue;
      }
      String rest = m.group(3).trim();
      boolean alone = rest.isEmpty() || rest.length() <= 60 && !wrapped;
      boolean standsOut = line.pageBreak() || m.group(1).length() >= 20 || !wrapped;
      boolean inIndex = index != null && i > index.line && noPageBreak(index.line, i);
      if ((alone || !wrapped) && (!inIndex || standsOut)) {
        String title = rest.length() <= 160 && !wrapped ? clean(rest) : "";
        String bodyRest = !wrapped && rest.length() > 160 ? rest : "";
        found.add(new Heading(Kind.EXHIBIT, i, i + 1, m.group(2), title, bodyRest));
      }
    }
    if (!found.isEmpty()) {
      return found;
    }
    // No "Exhibit 99.1" line: the exhibit starts on the first page after the signature and the
    // index, or after the signer's name when the text has no pages.
    Set<String> listed = listedExhibits(items, index);
    if (listed.isEmpty()) {
      return List.of();
    }
    int start = -1;
    for (int i = tail + 1; i < lines.size(); i++) {
      if (lines.get(i).pageBreak()) {
        start = i;
        break;
      }
    }
    if (start < 0 && (index == null || signature != null && signature.line > index.line)) {
      start = afterSigner(tail);
    }
    if (start < 0 || remaining(start) < 300) {
      return List.of();
    }
    String number =
        listed.stream()
            .filter(n -> n.startsWith("99"))
            .findFirst()
            .orElse(listed.iterator().next());
    return List.of(new Heading(Kind.EXHIBIT, start, start, number, "", ""));
  }

  private boolean noPageBreak(int from, int to) {
    for (int i = from + 1; i <= to; i++) {
      if (lines.get(i).pageBreak()) {
        return false;
      }
    }
    return true;
  }

  /** The line after the signer's name and title, which follow the last "/s/" or "By:" line. */
  private int afterSigner(int from) {
    int signed = -1;
    for (int i = from; i < Math.min(lines.size(), from + 60); i++) {
      if (SIGNED.matcher(lines.get(i).text()).find()) {
        signed = i;
      }
    }
    if (signed < 0) {
      return -1;
    }
    int i = signed;
    while (i < lines.size() && !lines.get(i).blank()) {
      i++;
    }
    // The paragraph after the signature line holds the signer's name and title when it is short.
    int next = nextNonBlank(i);
    if (next >= 0) {
      int end = next;
      int length = 0;
      while (end < lines.size() && !lines.get(end).blank()) {
        length += lines.get(end).text().trim().length();
        end++;
      }
      String t = lines.get(next).text();
      if (length <= 160
          && !t.contains("Exhibit")
          && !Sectioner.RELEASE.matcher(t).matches()
          && !isMostlyUpper(t)) {
        i = end;
      }
    }
    return nextNonBlank(i);
  }

  private Set<String> listedExhibits(List<Heading> items, Heading index) {
    Set<String> listed = new LinkedHashSet<>();
    List<int[]> ranges = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Heading h = items.get(k);
      if (Items.isExhibitList(h.key)) {
        int end =
            k + 1 < items.size() ? items.get(k + 1).line : Math.min(lines.size(), h.line + 80);
        ranges.add(new int[] {h.line, end});
      }
    }
    if (index != null) {
      ranges.add(new int[] {index.line, Math.min(lines.size(), index.line + 40)});
    }
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        Matcher m = LISTED_EXHIBIT.matcher(lines.get(i).text());
        while (m.find()) {
          listed.add(m.group(1));
        }
      }
    }
    return listed;
  }

  private int remaining(int from) {
    int n = 0;
    for (int i = from; i < lines.size(); i++) {
      n += lines.get(i).text().trim().length();
    }
    return n;
  }

  private int nextNonBlank(int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMostlyUpper(String s) {
    String letters = s.replaceAll("[^A-Za-z]", "");
    if (letters.length() < 4) {
      return false;
    }
    long upper = letters.chars().filter(Character::isUpperCase).count();
    return upper * 10 >= letters.length() * 8;
  }

  /** Whether {@code text} starts with the first words of the item's official title. */
  static boolean startsWithTitle(String key, String text) {
    String official = Items.title(key).orElse(null);
    if (official == null || text.isEmpty()) {
      return false;
    }
    String[] want = words(official);
    String[] have = words(text.length() > 300 ? text.substring(0, 300) : text);
    int n = Math.min(3, want.length);
    if (have.length < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!have[i].equals(want[i])) {
        return false;
      }
    }
    return true;
  }

  private static String stripTitle(String rest, String official) {
    String[] want = words(official);
    int consumed = 0;
    int pos = 0;
    String lower = rest.toLowerCase(Locale.ROOT);
    while (consumed < want.length && pos < lower.length()) {
      int at = lower.indexOf(want[consumed], pos);
      if (at < 0 || at - pos > 6) {
        break;
      }
      pos = at + want[consumed].length();
      consumed++;
    }
    return consumed == want.length ? rest.substring(pos).replaceAll("^[\\s.:;,\\-|]+", "") : rest;
  }

  private static String[] words(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").trim().split("\\s+");
  }
}
