package io.filingssearch.parse;

import io.filingssearch.filing.Items;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.parse.HeadingFinder.Heading;
import io.filingssearch.parse.TextCleaner.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits the text of an 8-K body into sections at the headings {@link HeadingFinder} finds: the
 * cover page, one section per Item, the signature block, the exhibit index and the exhibits that
 * follow them in the same text; and names each section (its id, title and headline).
 */
final class Sectioner {
  /** The line that precedes a release's headline. */
  static final Pattern RELEASE =
      Pattern.compile("(?i)^\\s*(?:for immediate release|news release|press release)\\b.*");

  private final List<Line> lines;
  private final boolean wrapped;
  private final HeadingFinder finder;

  private Sectioner(List<Line> lines, boolean wrapped, String fallbackItem, LocalDate date) {
    this.lines = lines;
    this.wrapped = wrapped;
    this.finder = new HeadingFinder(lines, wrapped, fallbackItem, date);
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
    List<Heading> headings = finder.headings();
    List<Section> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    int coverEnd = headings.isEmpty() ? lines.size() : headings.get(0).line();
    String coverText = TextCleaner.paragraphs(lines.subList(0, coverEnd), wrapped);
    if (!coverText.isBlank()) {
      out.add(
          new Section(
              "cover", SectionKind.COVER, null, null, null, "Cover page", coverText, null, null));
    }
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      int end = i + 1 < headings.size() ? headings.get(i + 1).line() : lines.size();
      List<Line> body = new ArrayList<>();
      if (!h.rest().isBlank()) {
        body.add(new Line(h.rest(), false));
        body.add(new Line("", false));
      }
      body.addAll(lines.subList(Math.min(h.bodyStart(), end), end));
      String text = TextCleaner.paragraphs(body, wrapped);
      out.add(section(h, text, body, ids));
    }
    // The cover page's metadata is read up to the first heading the text really has.
    int metadataEnd =
        headings.stream()
            .filter(h -> h != finder.synthetic())
            .mapToInt(Heading::line)
            .findFirst()
            .orElse(lines.size());
    return new Split(out, lines.subList(0, metadataEnd));
  }

  private Section section(Heading h, String text, List<Line> body, Map<String, Integer> ids) {
    return switch (h.kind()) {
      case ITEM -> {
        String title = Items.title(h.key()).orElse(h.title());
        yield new Section(
            uniqueId("item-" + h.key(), ids),
            SectionKind.ITEM,
            h.key(),
            title,
            null,
            h.title().isBlank()
                ? "Item " + h.key() + ". " + title
                : "Item " + h.key() + ". " + h.title(),
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
        String headline = h.title().isBlank() ? headline(body) : h.title();
        yield new Section(
            uniqueId("ex-" + h.key(), ids),
            SectionKind.EXHIBIT,
            null,
            null,
            h.key(),
            headline.isBlank() ? "Exhibit " + h.key() : headline,
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
}
