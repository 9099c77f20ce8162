package io.filingssearch.fetch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads EDGAR's index files in both layouts: the fixed-width {@code form.idx} (columns "Form Type,
 * Company Name, CIK, Date Filed, File Name") and the pipe-separated {@code master.idx}
 * ("CIK|Company Name|Form Type|Date Filed|Filename"), as published under {@code full-index} and
 * {@code daily-index}, with their header lines. Dates come as {@code 2023-01-03} or {@code
 * 20230103}.
 */
final class EdgarIndexFile {
  /** The file name of an entry: {@code edgar/data/<cik>/<accession>.txt}. */
  private static final Pattern FILE =
      Pattern.compile("edgar/data/(\\d+)/(\\d{10}-\\d{2}-\\d{6})\\.txt");

  /** A fixed-width line read from the right: ... CIK, date, file name. */
  private static final Pattern FIXED_TAIL =
      Pattern.compile("^(.*?)\\s+(\\d{1,10})\\s+(\\d{4}-?\\d{2}-?\\d{2})\\s+(edgar/\\S+)\\s*$");

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  private EdgarIndexFile() {}

  /**
   * The entries of an index file of either layout; header lines and lines that are not entries are
   * skipped.
   */
  static List<IndexEntry> parse(String text) {
    List<IndexEntry> out = new ArrayList<>();
    int companyColumn = -1;
    boolean body = false;
    for (String line : text.split("\r?\n")) {
      if (!body) {
        // Everything before the dashed rule under the column names is header.
        if (line.startsWith("Form Type")) {
          companyColumn = line.indexOf("Company Name");
        }
        if (line.startsWith("-----")) {
          body = true;
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      IndexEntry e = line.indexOf('|') >= 0 ? pipe(line) : fixed(line, companyColumn);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private static IndexEntry pipe(String line) {
    String[] f = line.split("\\|", -1);
    if (f.length != 5) {
      return null;
    }
    return entry(f[0], f[1], f[2], f[3], f[4]);
  }

  private static IndexEntry fixed(String line, int companyColumn) {
    Matcher m = FIXED_TAIL.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String head = m.group(1);
    String form;
    String company;
    // Form types contain spaces too ("SC 13D"), so the column under "Company Name" splits them;
    // without a header, two spaces do.
    if (companyColumn > 0
        && head.length() > companyColumn
        && head.charAt(companyColumn - 1) == ' ') {
      form = head.substring(0, companyColumn);
      company = head.substring(companyColumn);
    } else {
      String[] parts = head.strip().split("\\s{2,}", 2);
      form = parts[0];
      company = parts.length > 1 ? parts[1] : "";
    }
    return entry(m.group(2), company, form, m.group(3), m.group(4));
  }

  private static IndexEntry entry(
      String cik, String company, String form, String date, String file) {
    Matcher m = FILE.matcher(file.strip());
    LocalDate filed = date(date.strip());
    if (!m.matches() || filed == null || form.isBlank() || !cik.strip().matches("\\d{1,10}")) {
      return null;
    }
    long c = Long.parseLong(cik.strip());
    if (c <= 0) {
      return null;
    }
    return new IndexEntry(c, company, form, filed, m.group(2));
  }

  /** {@code 2023-01-03} or {@code 20230103}; null otherwise. */
  static LocalDate date(String s) {
    try {
      return s.length() == 8 ? LocalDate.parse(s, COMPACT) : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
