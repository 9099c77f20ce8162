package io.filingssearch.extract;

import io.filingssearch.internal.CompanyNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one section says about names: the defined terms and tickers that stand for a name, the names
 * it writes with a legal form, its subsidiaries, the surnames it writes after a title, and which
 * names are the registrant's. Read once per section, before its mentions are judged.
 */
final class SectionNames {
  private final String body;
  private final Map<String, String> aliases = new HashMap<>();
  private final Set<String> evidenced = new HashSet<>();
  // Names written with their own legal form ("The Fairchild Corporation").
  private final Set<String> suffixedKeys = new HashSet<>();
  private final Set<String> subsidiaries;
  private final Set<String> registrantKeys = new HashSet<>();
  // Surnames written after a title ("Mr. Leahey"): a name ending in one is a person.
  private final Set<String> addressed = new HashSet<>();
  // The registrant's names, and the first word of each when it is long enough to stand for it.
  private final List<String> registrantFull = new ArrayList<>();
  private final List<String> registrantCores = new ArrayList<>();
  private final List<Integer> suffixEnds = new ArrayList<>();

  /**
   * Reads what {@code body} says about names.
   *
   * @param body the section's text, boilerplate blanked
   * @param registrants the registrant's names as written in the filing; empty when unknown
   */
  SectionNames(String body, List<String> registrants) {
    this.body = body;
    for (String registrant : registrants) {
      String rc = Names.canonical(registrant);
      String key = rc == null ? "" : Names.key(rc);
      if (key.isEmpty()) {
        continue;
      }
      String core = key.split(" ")[0];
      registrantFull.add(key);
      registrantCores.add(core.length() >= MIN_CORE ? core : key);
      registrantKeys.add(key);
      String initials = RegistrantNames.initials(key, body);
      if (initials != null) {
        registrantKeys.add(initials); // "AMD" of Advanced Micro Devices
      }
    }
    for (String g : List.of("company", "registrant", "we", "us", "our")) {
      registrantKeys.add(g);
    }
    Near titled = Near.at(TITLED, body);
    while (titled.find()) {
      addressed.add(titled.matcher().group(1));
    }
    // The ends of the legal forms ("Inc."), read by suffixed() and Subsidiaries.
    Near suffix = Near.at(LEGAL_FORM, body);
    while (suffix.find()) {
      suffixEnds.add(suffix.matcher().end());
    }
    definedTerms();
    suffixed();
    subsidiaries = Subsidiaries.of(body, suffixEnds, this::isRegistrant);
  }

  private void definedTerms() {
    Near defined = Near.at(DEFINED, body, "(");
    Matcher m = defined.matcher();
    while (defined.find()) {
      int nameEnd = m.start();
      Matcher series =
          SERIES_BEFORE.matcher(body).region(Math.max(0, nameEnd - SERIES_REACH), nameEnd);
      if (series.find()) {
        nameEnd = series.start(); // "STEERS Repo Pass-Thru Trust, 2008-1 (the "Trust")"
      }
      // ", a" is looked for first: the pattern is only matched from there.
      int comma = appositionComma(nameEnd);
      if (comma >= 0 && APPOSITION_BEFORE.matcher(body).region(comma, nameEnd).lookingAt()) {
        nameEnd = comma; // "Globex Corporation, a Delaware corporation ("Globex")"
      }
      int start = Names.nameStart(body, nameEnd);
      Matcher first = QUOTED.matcher("\"" + m.group(1));
      int repeated = first.lookingAt() ? repeatedStart(nameEnd, first.group(1)) : -1;
      if (repeated >= 0 && (start < 0 || repeated < start)) {
        start = repeated; // "SK hynix Inc. ("SK hynix")": the term says where the name starts
      }
      String full =
          start < 0
              ? null
              : Names.canonical(otherThanRegistrant(body.substring(start, nameEnd).trim()));
      if (full != null) {
        evidenced.add(Names.key(full));
      }
      Matcher q = QUOTED.matcher("\"" + m.group(1));
      while (q.find()) {
        String target = related(q.group(1), full, start < 0 ? nameEnd : start);
        if (target != null) {
          alias(q.group(1), target);
        }
      }
    }
    Near abbreviation = Near.at(ABBREVIATION, body, "(");
    Matcher a = abbreviation.matcher();
    while (abbreviation.find()) {
      int start = Names.nameStart(body, a.start());
      if (start >= 0) {
        String full = Names.canonical(otherThanRegistrant(body.substring(start, a.start()).trim()));
        if (full != null && !a.group(1).equals(full)) {
          alias(a.group(1), related(a.group(1), full, start));
        }
      }
    }
  }

  /**
   * Where the name before a defined term starts when the term repeats it word for word, legal form
   * aside ("SK hynix Inc. ("SK hynix")", "eBay Inc. ("eBay")"): names with a word in lower case,
   * which the capitalized words a name is otherwise read by would cut. Else -1.
   */
  private int repeatedStart(int nameEnd, String term) {
    String t = term.strip();
    if (t.isEmpty() || !Character.isLetterOrDigit(t.charAt(0))) {
      return -1;
    }
    int end = skipBack(nameEnd);
    int word = end;
    while (word > 0 && !Character.isWhitespace(body.charAt(word - 1))) {
      word--;
    }
    if (word < end && Names.SUFFIXES.contains(Names.strip(body.substring(word, end)))) {
      end = skipBack(word);
    }
    int start = end - t.length();
    boolean atBreak =
        start == 0 || (start > 0 && !Character.isLetterOrDigit(body.charAt(start - 1)));
    return start >= 0 && atBreak && body.startsWith(t, start) ? start : -1;
  }

  /** Where the text before {@code end} stops, spaces and commas left out. */
  private int skipBack(int end) {
    while (end > 0
        && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
      end--;
    }
    return end;
  }

  /**
   * The name a defined term stands for. Usually the name right before it, but in "SmithKline
   * Beecham Plc, London, /SmithKline Beecham, Philadelphia ("SmithKline")" that is a city, so a
   * term that shares nothing with it is matched to an earlier name it starts.
   */
  private String related(String alias, String full, int fullStart) {
    String a = Names.key(alias);
    if (a.isEmpty() || (full != null && Names.key(full).contains(a.split(" ")[0]))) {
      return full;
    }
    String first = WHITE_SPACE.split(alias)[0];
    int from = Math.max(0, fullStart - EARLIER_NAME_REACH);
    int i = body.indexOf(first, from);
    if (i >= 0 && i < fullStart) {
      int end = Names.nameEnd(body, i);
      String c = end > 0 ? Names.canonical(body.substring(i, end)) : null;
      if (c != null) {
        return c;
      }
    }
    return full;
  }

  private void alias(String alias, String full) {
    String c = Names.canonical(alias);
    if (c != null) {
      aliases.putIfAbsent(Names.key(c), full);
      if (isRegistrant(full)) {
        registrantKeys.add(Names.key(c));
      }
    }
  }

  void addTicker(String ticker, String name) {
    String full = Names.canonical(name);
    if (full != null) {
      alias(ticker, full);
      evidenced.add(Names.key(full));
    }
  }

  /** The last ", a" within reach before {@code end}, where a description may start; or -1. */
  private int appositionComma(int end) {
    for (int i = end - 3; i >= Math.max(0, end - APPOSITION_REACH); i--) {
      if (body.charAt(i) == ',' && body.startsWith(" a", i + 1)) {
        return i;
      }
    }
    return -1;
  }

  /** Names written somewhere in the section with a legal form ("Varian, Inc."). */
  private void suffixed() {
    for (int end : suffixEnds) {
      int start = Names.nameStart(body, end);
      if (start >= 0) {
        String c = Names.canonical(otherThanRegistrant(body.substring(start, end)));
        if (c != null) {
          evidenced.add(Names.key(c));
          suffixedKeys.add(Names.key(c));
        }
      }
    }
  }

  /** Whether a name is one the section defines or writes with a legal form. */
  boolean known(String name) {
    String c = Names.canonical(name);
    if (c == null) {
      return false;
    }
    String k = Names.key(c);
    return aliases.containsKey(k) || evidenced.contains(k) || isRegistrant(c);
  }

  String resolve(String mention) {
    String c = Names.canonical(mention);
    if (c == null) {
      return null;
    }
    // A term may stand for another term ("CRI Shareholders" for "CRI", "CRI" for "Computing
    // Resources, Inc."): followed a few steps, to the name.
    String name = c;
    for (int step = 0; step < MAX_ALIAS_STEPS; step++) {
      String full = aliases.get(Names.key(name));
      if (full == null || full.equals(name)) {
        break;
      }
      name = full;
    }
    return name;
  }

  private static final int MAX_ALIAS_STEPS = 3;

  /**
   * A name as read, or what follows "and" when the words before it are the registrant's name: in
   * "Acme and Globex ASA (Globex)" the "and" joins two parties, not the words of one name.
   *
   * @param name a name as read from the text
   * @return the other party's name, or {@code name}
   */
  String otherThanRegistrant(String name) {
    int and = name.indexOf(" and ");
    return and > 0 && isRegistrant(name.substring(0, and))
        ? name.substring(and + " and ".length())
        : name;
  }

  boolean isRegistrant(String canonical) {
    String k = Names.key(canonical);
    if (k.isEmpty()) {
      return false;
    }
    // "Aaron's" and "Aarons": a name written with and without its possessive is one name.
    String other = k.endsWith("s") ? k.substring(0, k.length() - 1) : k + "s";
    if (registrantKeys.contains(k) || registrantKeys.contains(other)) {
      return true;
    }
    for (int i = 0; i < registrantFull.size(); i++) {
      String core = registrantCores.get(i);
      if (registrantFull.get(i).startsWith(k + " ") || k.equals(core) || k.startsWith(core + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text between two offsets, within one sentence, names the registrant: "the Company",
   * "the Registrant", "us", or the first word of one of its names ("Acme").
   *
   * @param from where to start reading
   * @param to where to stop
   * @return whether the registrant is named there
   */
  boolean namesRegistrant(int from, int to) {
    int stop = body.indexOf(". ", from);
    String window = body.substring(from, stop >= 0 && stop < to ? stop : to);
    if (REGISTRANT_WORDS.matcher(window).find()) {
      return true;
    }
    String lower = window.toLowerCase(java.util.Locale.ROOT);
    for (String core : registrantCores) {
      int i = lower.indexOf(core);
      if (i >= 0
          && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))
          && (i + core.length() == lower.length()
              || !Character.isLetterOrDigit(lower.charAt(i + core.length())))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern REGISTRANT_WORDS =
      Pattern.compile("\\b(?:the Company|the Registrant|us)\\b");

  /** Whether a key is of a subsidiary of the registrant. */
  boolean isSubsidiary(String key) {
    return subsidiaries.contains(key);
  }

  /** Whether a key is of a name the section defines, gives a ticker or writes with a legal form. */
  /**
   * Whether a name holds the registrant's name after other words ("Segment ROIC About Acme Acme",
   * "Stichting Voting Trust Acme"): a headline fragment or one of the registrant's own entities.
   */
  boolean holdsRegistrant(String canonical) {
    String padded = " " + Names.key(canonical) + " ";
    for (String core : registrantCores) {
      int at = padded.indexOf(" " + core + " ");
      if (at > 0) {
        return true;
      }
    }
    return false;
  }

  boolean isEvidenced(String key) {
    return evidenced.contains(key);
  }

  /** Whether a defined term or ticker stands for the name of this key. */
  boolean isAliasedTo(String key) {
    for (String full : aliases.values()) {
      if (Names.key(full).equals(key)) {
        return true;
      }
    }
    return false;
  }

  // Whether each name reads as a place here: a name is mentioned many times, and read once.
  private final Map<String, Boolean> places = new HashMap<>();

  /** The cached verdict of {@code test} on a name, computed once per section. */
  boolean placeVerdict(String name, java.util.function.BiPredicate<String, SectionNames> test) {
    Boolean v = places.get(name);
    if (v == null) {
      v = test.test(name, this);
      places.put(name, v);
    }
    return v;
  }

  /** Whether the section writes this surname after a title ("Mr. Leahey"). */
  boolean isAddressed(String surname) {
    return addressed.contains(surname);
  }

  /** The keys of the names the section writes with their own legal form. */
  Set<String> suffixedKeys() {
    return suffixedKeys;
  }

  /** The section's text. */
  String body() {
    return body;
  }

  // A first word shorter than this ("New" of "New Jersey Resources") does not stand for the name.
  private static final int MIN_CORE = 4;

  // Compiled once: String.split would compile it on every call.
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** A title before a surname: "Mr. Leahey", "Messrs. Smith and Jones". */
  private static final Cue TITLED =
      Cue.of(
          "\\b" + Cue.WORDS + "\\.?\\s+(?:[A-Z][a-z]*\\.?\\s+){0,2}([A-Z][A-Za-z'\\-]+)",
          "Mr",
          "Ms",
          "Mrs",
          "Dr",
          "Messrs");

  /** A legal form written after a name ("Varian, Inc."): evidence that the name is a company. */
  private static final Cue LEGAL_FORM =
      Cue.of("(?<=[ ,])" + Cue.WORDS + "(?![A-Za-z])", legalFormsAsWritten());

  /** The one list of legal forms, each with its dot first ("Inc.", then "Inc"), longest first. */
  private static List<String> legalFormsAsWritten() {
    List<String> words = new ArrayList<>();
    CompanyNames.legalForms().stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .forEach(
            f -> {
              words.add(f + ".");
              words.add(f);
            });
    return words;
  }

  /** A defined term: {@code BioChem Pharma Inc. ("BioChem")}, {@code (the "Company" or "X")}. */
  private static final Pattern DEFINED =
      Pattern.compile(
          "\\(\\s*(?:the\\s+|collectively,?\\s+|together,?\\s+)?[\"\u201c]([^)]{1,80})\\)");

  /** A quoted term, such as each one of a defined term's parenthesis. */
  static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]{1,40})[\"\u201d]");

  /** An unquoted abbreviation: {@code SmithKline Beecham Plc (SB)}, {@code (ATI)}. */
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z][A-Za-z&]{1,5})\\)");

  /** A series number before a defined term: "STEERS ... Trust, 2008-1 (the "Trust")". */
  private static final Pattern SERIES_BEFORE = Pattern.compile(",\\s*[0-9][0-9\\-]*\\s*$");

  /** A description between a name and its defined term: ", a Delaware corporation". */
  private static final Pattern APPOSITION_BEFORE =
      Pattern.compile(
          ",\\s+an?\\s+[A-Za-z][A-Za-z\\- ]{0,50}?(?:corporation|company|partnership)\\s*,?\\s*$"
              // "Frame Corporation, a corporation organized ... under the laws of the State of
              // California ("Frame")"
              + "|,\\s+an?\\s+[A-Za-z][A-Za-z\\- ]{0,60}?\\b(?:organized|incorporated|formed|existing)"
              + "\\s+(?:and\\s+existing\\s+)?under\\s+the\\s+laws\\s+of\\s+(?:the\\s+)?"
              + "(?:(?:State|Commonwealth|Republic|Kingdom|Province)\\s+of\\s+)?[A-Z][A-Za-z.]*"
              + "(?:\\s+[A-Z][A-Za-z.]*){0,3}\\s*,?\\s*$");

  // How far before a defined term its description is looked for.
  private static final int APPOSITION_REACH = 150;
  // How far before a defined term a series number is looked for.
  private static final int SERIES_REACH = 16;
  // How far before a name an earlier name its defined term starts is looked for.
  private static final int EARLIER_NAME_REACH = 200;
}
