package io.filingssearch.parse;

import io.filingssearch.internal.CompanyNames;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata read from the cover page of an 8-K: date of report, registrant, commission file number,
 * IRS employer number, state of incorporation and form. Works on the column layout of plain-text
 * covers, on HTML table rows and on Stanford's one-line covers.
 */
final class CoverPage {
  private static final Pattern DATE_LABEL =
      Pattern.compile("date\\s+of\\s+(?:report|earliest\\s+event)", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXACT_NAME =
      Pattern.compile("\\(\\s*exact\\s+name\\s+of\\s+registrant", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_LABEL =
      Pattern.compile(
          "\\(\\s*commission\\b|commission\\s*\\|?\\s*(?:file|registration)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_NUMBER =
      Pattern.compile(
          "(?<![\\d-])((?:0|1|2|33|333|811|814|000|001|002)-\\d{3,6}(?:-\\d{2,3})?)(?![\\d-])");
  private static final Pattern IRS = Pattern.compile("(?<![\\d-])(\\d{2}-\\d{7})(?![\\d-])");
  private static final Pattern FORM =
      Pattern.compile("\\bFORM\\s+(8-K(?:/A)?|8-K12[BG]3?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNED_BY =
      Pattern.compile(
          "duly\\s+authorized\\.?[\\s|]+(?:Dated?:?[^|\\n]{0,30}?\\d{4}[\\s|]+)?"
              + "([A-Z][A-Za-z0-9&.,'\\- ]{2,70}?)[\\s|]*(?:\\(Registrant\\)[\\s|]*)?(?:By\\b|/s/|Date:)");

  LocalDate dateOfReport;
  String company;
  String fileNumber;
  String irsNumber;
  String state;
  String form;

  static CoverPage read(String cover) {
    CoverPage c = new CoverPage();
    c.dateOfReport = dateOfReport(cover);
    c.company = company(cover);
    Matcher f = FORM.matcher(cover);
    if (f.find()) {
      c.form = f.group(1).toUpperCase(Locale.ROOT);
    }
    Matcher label = FILE_LABEL.matcher(cover);
    if (label.find()) {
      int from = Math.max(0, label.start() - 400);
      int to = Math.min(cover.length(), label.end() + 400);
      String window = cover.substring(from, to);
      Matcher fn = FILE_NUMBER.matcher(window);
      if (fn.find()) {
        c.fileNumber = fn.group(1);
        c.state = stateBefore(window, fn.start());
      }
      Matcher irs = IRS.matcher(window);
      if (irs.find()) {
        c.irsNumber = irs.group(1);
      }
    }
    if (c.state == null) {
      c.state = stateAboveLabel(cover);
    }
    return c;
  }

  private static final Pattern STATE_LABEL =
      Pattern.compile(
          "\\(\\s*state\\s+(?:or\\s+other\\s+)?(?:jurisdiction|of\\s+incorporation)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LEADING_WORDS =
      Pattern.compile("([A-Za-z][A-Za-z. ]*?[A-Za-z.])(?:\\s+[\\d(].*)?");

  /** The first column of the line above "(State or other jurisdiction ...". */
  private static String stateAboveLabel(String cover) {
    Matcher m = STATE_LABEL.matcher(cover);
    if (!m.find()) {
      return null;
    }
    int lineStart = cover.lastIndexOf('\n', m.start()) + 1;
    // "Delaware (State or other jurisdiction of incorporation) | 001-12345 (...)": a table cell
    // holding the state and its label on one line.
    String same = cover.substring(lineStart, m.start());
    same = same.substring(same.lastIndexOf('|') + 1).trim();
    if (!same.isEmpty()) {
      Matcher first = LEADING_WORDS.matcher(same);
      return first.matches() && first.group(1).length() <= 40 ? first.group(1) : null;
    }
    String[] lines = cover.substring(0, lineStart).split("\n");
    for (int i = lines.length - 1; i >= 0 && i >= lines.length - 3; i--) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      // Covers are collapsed to single spaces here: the state is the words before the numbers.
      Matcher first = LEADING_WORDS.matcher(line.replace('|', ' '));
      return first.matches() && first.group(1).length() <= 40 ? first.group(1) : null;
    }
    return null;
  }

  /** The registrant named where the signature says "duly authorized. ACME INC. By: /s/ ...". */
  static String signer(String text) {
    Matcher m = SIGNED_BY.matcher(text);
    if (!m.find()) {
      return null;
    }
    String name = tidyName(m.group(1));
    // A company signs: its name ends in a legal form or is written in capitals.
    return name != null
            && (CompanyNames.endsWithLegalForm(name)
                || COMPANY_WORD.matcher(name).find()
                || name.equals(name.toUpperCase(Locale.ROOT)))
        ? name
        : null;
  }

  /** Last words that make a company's name without being a legal form. */
  private static final Pattern COMPANY_WORD =
      Pattern.compile("(?i)\\b(?:trust|bancorp|group|holdings)\\.?$");

  private static LocalDate dateOfReport(String cover) {
    Matcher label = DATE_LABEL.matcher(cover);
    if (!label.find()) {
      return Dates.first(cover.substring(0, Math.min(cover.length(), 3000))).orElse(null);
    }
    String after = cover.substring(label.end(), Math.min(cover.length(), label.end() + 250));
    int close = after.indexOf(')');
    // Skip "(Date of earliest event reported)" to the date itself.
    String tail = close >= 0 && close < 60 ? after.substring(close + 1) : after;
    var d = Dates.first(tail);
    if (d.isPresent()) {
      return d.get();
    }
    // In HTML covers the date often stands above its label.
    String before = cover.substring(Math.max(0, label.start() - 200), label.start());
    LocalDate last = null;
    Matcher m = Dates.WRITTEN.matcher(before);
    while (m.find()) {
      last = Dates.first(m.group()).orElse(last);
    }
    return last;
  }

  private static String company(String cover) {
    Matcher m = EXACT_NAME.matcher(cover);
    if (!m.find()) {
      return null;
    }
    int lineStart = cover.lastIndexOf('\n', m.start()) + 1;
    String same = cover.substring(lineStart, m.start());
    String candidate = tidyName(afterLastDate(same));
    if (candidate != null) {
      return candidate;
    }
    int end = lineStart - 1;
    while (end > 0) {
      int start = cover.lastIndexOf('\n', end - 1) + 1;
      String line = cover.substring(start, end);
      String name = tidyName(line);
      if (name != null) {
        return name;
      }
      end = start - 1;
    }
    return null;
  }

  private static String afterLastDate(String s) {
    Matcher d = Dates.WRITTEN.matcher(s);
    int end = -1;
    while (d.find()) {
      end = d.end();
    }
    String t = end >= 0 ? s.substring(end) : s;
    return t.length() > 100 ? t.substring(t.length() - 100) : t;
  }

  private static String tidyName(String raw) {
    if (raw == null) {
      return null;
    }
    String t = TextCleaner.collapse(raw.replace('|', ' ')).replaceAll("^[-=_\\s]+|[-=_\\s,]+$", "");
    t = t.replaceAll("\\s*-{2,}\\s*", " ").trim();
    if (t.length() < 2 || t.length() > 100 || !t.matches(".*[A-Za-z]{2,}.*")) {
      return null;
    }
    return t;
  }

  private static String stateBefore(String window, int fileNumberStart) {
    int lineStart = window.lastIndexOf('\n', fileNumberStart) + 1;
    String before =
        TextCleaner.collapse(window.substring(lineStart, fileNumberStart).replace('|', ' '));
    if (before.matches("[A-Za-z][A-Za-z .]{1,38}")) {
      return before.trim();
    }
    return null;
  }
}
