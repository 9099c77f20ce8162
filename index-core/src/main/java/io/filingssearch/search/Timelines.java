package io.filingssearch.search;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.internal.DocumentMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a {@link Timeline} from the filings a request matches, whatever engine found them: keeps
 * the newest {@link Timeline#MAX_ENTRIES}, reads each one and makes its entry (date, items,
 * partners, headline, largest amount), oldest first. Every engine's timeline is made here.
 */
public final class Timelines {
  /** The longest headline; a longer opening sentence is cut at a space. */
  private static final int HEADLINE_CHARS = 200;

  /** A press release's title that only names the exhibit says nothing. */
  private static final Pattern EXHIBIT_LABEL =
      Pattern.compile("(?i)\\s*(?:exhibit|ex)[\\s.-]*99[\\d.()a-z]*\\s*");

  /**
   * A full stop that may end a sentence: after a word, then space and a capital. It ends one when
   * the word is not capitalised: "Inc." and "Corp." are abbreviations inside names.
   */
  private static final Pattern FULL_STOP = Pattern.compile("([\\p{L}\\p{N})]+)\\.\\s+(?=[\"A-Z])");

  private Timelines() {}

  /** Where an engine reads the filings of a timeline. */
  public interface Source {
    /**
     * A matching filing, whose sections' text may be left empty.
     *
     * @param id a filing id the engine matched
     * @return the filing
     * @throws IOException when the index cannot be read
     */
    Filing filing(String id) throws IOException;

    /**
     * The text of a section of the filing last read, or at least its stored head ({@link
     * DocumentMapper#HEAD_CHARS}).
     *
     * @param section a section of the filing last read
     * @return its text, or null when it has none
     * @throws IOException when the index cannot be read
     */
    String head(Section section) throws IOException;
  }

  /**
   * The timeline of the matching filings.
   *
   * @param dates every matching filing's id and date (null when it has none)
   * @param source where to read the filings kept
   * @return the newest {@link Timeline#MAX_ENTRIES} filings, oldest first, and how many matched
   * @throws IOException when a filing cannot be read
   */
  public static Timeline of(Map<String, LocalDate> dates, Source source) throws IOException {
    // The newest when there are too many: a history is read from its recent end.
    List<String> kept =
        dates.entrySet().stream()
            .sorted(
                Map.Entry.<String, LocalDate>comparingByValue(
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(Timeline.MAX_ENTRIES)
            .map(Map.Entry::getKey)
            .toList();
    List<TimelineEntry> entries = new ArrayList<>(kept.size());
    for (String id : kept) {
      Filing f = source.filing(id);
      if (f != null) {
        entries.add(
            new TimelineEntry(
                f.id(),
                f.date(),
                f.dateKind(),
                f.company(),
                f.form(),
                headline(f, source),
                f.items(),
                f.partners(),
                DealSections.largest(f)));
      }
    }
    entries.sort(
        Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::filingId));
    return new Timeline(dates.size(), dates.size() > kept.size(), entries);
  }

  /** The press release's headline, else the opening sentence of the first deal section. */
  private static String headline(Filing f, Source source) throws IOException {
    for (Section s : f.sections()) {
      if (s.kind() == SectionKind.EXHIBIT
          && DealSections.isDeal(s)
          && !s.title().isBlank()
          && !EXHIBIT_LABEL.matcher(s.title()).matches()) {
        return shorten(s.title());
      }
    }
    List<Section> deal = DealSections.of(f);
    if (deal.isEmpty()) {
      return "";
    }
    Section first = deal.get(0);
    String text = source.head(first);
    if (text == null || text.isBlank()) {
      return first.title();
    }
    // The stored head only, so that every engine reads the same text.
    text = text.substring(0, DocumentMapper.headLength(text));
    if (text.isBlank()) {
      return first.title();
    }
    return shorten(firstSentence(text.strip().replaceAll("\\s+", " ")));
  }

  /** The first sentence of a text, or the text when no sentence ends in it. */
  static String firstSentence(String text) {
    Matcher m = FULL_STOP.matcher(text);
    while (m.find()) {
      char c = m.group(1).charAt(0);
      if (!Character.isUpperCase(c)) {
        return text.substring(0, m.end(1) + 1);
      }
    }
    return text;
  }

  private static String shorten(String s) {
    String flat = s.strip().replaceAll("\\s+", " ");
    if (flat.length() <= HEADLINE_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', HEADLINE_CHARS);
    return flat.substring(0, cut > 0 ? cut : HEADLINE_CHARS) + "…";
  }
}
