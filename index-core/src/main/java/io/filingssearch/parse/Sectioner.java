package io.filingssearch.parse;

import io.filingssearch.filing.Items;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
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
 * Splits the text of an 8-K body into sections: the cover page, one section per Item, the signature
 * block, the exhibit index and the exhibits that follow them in the same text.
 *
 * <p>Headings are recognized only at the start of a line (a cross-reference such as "as described
 * in Item 2.01" in running text is not one), and when an item is listed more than once, as in a
 * table of contents, the occurrence followed by the most text wins.
 */
final class Sectioner {
  private static final Pattern ITEM =
      Pattern.compile(
          "^[\\s|*]*ITEMS?[\\s|]*(?:NO\\.?\\s*)?(\\d{1,2}(?:\\s?\\.\\s?\\d{1,2})?|[IVX]{1,4})"
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
          "^([\\s|]*)(?:EXHIBIT|Exhibit)\\s+(?:No\\.\\s*)?(\\d{1,3}(?:\\.\\d{1,3})?)(?:\\s*\\([a-z]\\))?"
              + "(?![\\d.]\\d)[\\s.:|]*(.*)$");
  private static final Pattern LISTED_EXHIBIT =
      Pattern.compile("(?<![\\d$.,])((?:99|10|2|3|4|16|17|20|23|24)\\.\\d{1,3})(?![\\d%])");
  private static final Pattern SIGNED = Pattern.compile("(?i)(?:/s/|\\bBy:)");
  private static final Pattern RELEASE =
      Pattern.compile("(?i)^\\s*(?:for immediate release|news release|press release)\\b.*");

  private enum Kind {
    ITEM,
    SIGNATURE,
    EXHIBIT_INDEX,
    EXHIBIT
  }

  /** A heading at line {@code line}; the section's body starts at {@code bodyStart}. */
  private record Heading(
      Kind kind, int line, int bodyStart, String key, String title, String rest) {}

  private static final Pattern COVER_END =
      Pattern.compile(
          "(?i)13e-4\\(c\\)|telephone number, including area code|former name or former address");

  private final List<Line> lines;
  private final boolean wrapped;
  private final String fallbackItem;

  /** The heading made up for {@code fallbackItem}, if any; it does not end the cover page. */
  private Heading synthetic;

  private final Boolean decimalScheme;

  private Sectioner(List<Line> lines, boolean wrapped, String fallbackItem, LocalDate date) {
    this.lines = lines;
    this.wrapped = wrapped;
    this.fallbackItem = fallbackItem;
    this.decimalScheme = date == null ? null : !date.isBefore(Items.DECIMAL_SCHEME_START);
  }

  /**
   * The sections of a text, and the cover page's lines as laid out (for reading its metadata).
   *
   * @param sections the sections in order
   * @param cover the lines before the first heading the text has (a heading made up for a header's
   *     item does not count)
   */
  record Split(List<Section> sections, List<Line> cover) {}

  /**
   * Splits lines into sections; when the text has no Item heading at all (Stanford's extraction
   * often drops them), the text after the cover page becomes the section of {@code fallbackItem},
   * the item a header names. With a {@code date}, only headings of the item scheme in force on that
   * date count.
   */
  static Split split(List<Line> lines, boolean wrapped, String fallbackItem, LocalDate date) {
    return new Sectioner(lines, wrapped, fallbackItem, date).split();
  }

  private Split split() {
    List<Heading> headings = headings();
    List<Section> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    int coverEnd = headings.isEmpty() ? lines.size() : headings.get(0).line;
    String coverText = TextCleaner.paragraphs(lines.subList(0, coverEnd), wrapped);
    if (!coverText.isBlank()) {
      out.add(
          new Section(
              "cover", SectionKind.COVER, null, null, null, "Cover page", coverText, null, null));
    }
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      int end = i + 1 < headings.size() ? headings.get(i + 1).line : lines.size();
      List<Line> body = new ArrayList<>();
      if (!h.rest.isBlank()) {
        body.add(new Line(h.rest, false));
        body.add(new Line("", false));
      }
      body.addAll(lines.subList(Math.min(h.bodyStart, end), end));
      String text = TextCleaner.paragraphs(body, wrapped);
      out.add(section(h, text, body, ids));
    }
    // The cover page's metadata is read up to the first heading the text really has.
    int metadataEnd =
        headings.stream()
            .filter(h -> h != synthetic)
            .mapToInt(Heading::line)
            .findFirst()
            .orElse(lines.size());
    return new Split(out, lines.subList(0, metadataEnd));
  }

  private Section section(Heading h, String text, List<Line> body, Map<String, Integer> ids) {
    return switch (h.kind) {
      case ITEM -> {
        String title = Items.title(h.key).orElse(h.title);
        yield new Section(
            uniqueId("item-" + h.key, ids),
            SectionKind.ITEM,
            h.key,
            title,
            null,
            h.title.isBlank() ? "Item " + h.key + ". " + title : "Item " + h.key + ". " + h.title,
            text,
            null,
            null);
      }
      case SIGNATURE ->
          new Section(
              uniqueId("signature", ids),
              SectionKind.SIGNATURE,
              null,
              null,
              null,
              "Signature",
              text,
              null,
              null);
      case EXHIBIT_INDEX ->
          new Section(
              uniqueId("exhibit-index", ids),
              SectionKind.EXHIBIT_INDEX,
              null,
              null,
              null,
              "Exhibit index",
              text,
              null,
              null);
      case EXHIBIT -> {
        String headline = h.title.isBlank() ? headline(body) : h.title;
        yield new Section(
            uniqueId("ex-" + h.key, ids),
            SectionKind.EXHIBIT,
            null,
            null,
            h.key,
            headline.isBlank() ? "Exhibit " + h.key : headline,
            text,
            null,
            null);
      }
    };
  }

  static String uniqueId(String base, Map<String, Integer> ids) {
    int n = ids.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  /**
   * The headline of an exhibit: the line after "For Immediate Release", else the first line in
   * capitals of several words, else the first short line.
   */
  static String headline(List<Line> body) {
    String firstShort = "";
    String caps = "";
    for (int i = 0; i < Math.min(body.size(), 60); i++) {
      String t = TextCleaner.collapse(body.get(i).text());
      if (t.isEmpty()) {
        continue;
      }
      if (RELEASE.matcher(t).matches()) {
        for (int j = i + 1; j < Math.min(body.size(), i + 8); j++) {
          String n = TextCleaner.collapse(body.get(j).text());
          if (!n.isEmpty() && n.length() <= 200 && !RELEASE.matcher(n).matches()) {
            // A headline wrapped over several lines goes on until the blank line.
            StringBuilder b = new StringBuilder(n);
            for (int k = j + 1; k < Math.min(body.size(), j + 4); k++) {
              String more = TextCleaner.collapse(body.get(k).text());
              if (more.isEmpty()) {
                break;
              }
              b.append(' ').append(more);
            }
            return trimHeadline(b.toString());
          }
        }
      }
      String letters = t.replaceAll("[^A-Za-z]", "");
      if (caps.isEmpty()
          && letters.length() >= 12
          && letters.equals(letters.toUpperCase(Locale.ROOT))
          && t.split(" ").length >= 4
          && !t.startsWith("EXHIBIT")
          && !t.startsWith("CONTACT")
          && !t.startsWith("FOR ")) {
        // A headline wrapped over several lines continues on the next line in capitals.
        StringBuilder b = new StringBuilder(t);
        for (int j = i + 1; j < Math.min(body.size(), i + 4); j++) {
          String n = TextCleaner.collapse(body.get(j).text());
          String nl = n.replaceAll("[^A-Za-z]", "");
          if (n.isEmpty() || !nl.equals(nl.toUpperCase(Locale.ROOT)) || nl.length() < 3) {
            break;
          }
          b.append(' ').append(n);
        }
        caps = b.toString();
      }
      if (firstShort.isEmpty() && t.length() >= 15 && t.length() <= 160 && !t.startsWith("[")) {
        firstShort = t;
      }
    }
    return trimHeadline(!caps.isEmpty() ? caps : firstShort);
  }

  private static String trimHeadline(String s) {
    return s.length() <= 200 ? s : s.substring(0, 197) + "...";
  }

  private List<Heading> headings() {
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
          && !RELEASE.matcher(t).matches()
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
      if (h.key.equals("7") || h.key.equals("9.01")) {
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
