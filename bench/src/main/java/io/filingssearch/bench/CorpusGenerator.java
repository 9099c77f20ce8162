package io.filingssearch.bench;

import io.filingssearch.filing.Items;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic corpus of plain-text 8-Ks recombined from the real one, deterministically.
 *
 * <p>Each file copies the shape of a real filing (its items, exhibits and the number of paragraphs
 * of each section), fills every section with paragraphs drawn from real sections of the same item
 * or exhibit, and varies the registrant, the counterparties (names ending in Inc., Corp., Ltd.
 * ...), the dollar amounts and the date. The files are plain text so that they go through the real
 * parser.
 */
final class CorpusGenerator {
  /** The seed: the same scale always gives the same files. */
  static final long SEED = 20_26_11_21L;

  private static final Pattern AMOUNT =
      Pattern.compile(
          "\\$\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s(?:million|billion|thousand))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTY =
      Pattern.compile(
          "\\b[A-Z][A-Za-z&\\-]+(?: [A-Z][A-Za-z&\\-]+){0,3},? (?:Inc\\.|Incorporated|Corporation"
              + "|Corp\\.|Ltd\\.|Limited|LLC|L\\.P\\.|plc|N\\.V\\.|AG|S\\.A\\.|Co\\.)");
  private static final String[] SUFFIXES = {
    "Inc.", "Corporation", "Holdings, Inc.", "Corp.", "Group, Inc.", "Ltd.", "LLC", "plc"
  };
  private static final String[] STATES = {
    "Delaware", "Nevada", "Massachusetts", "California", "New York", "Maryland", "Texas"
  };
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
  private static final LocalDate DECIMAL = Items.DECIMAL_SCHEME_START;

  private final SourceCorpus source;
  private final Random random = new Random(SEED);
  private final List<String> stems = new ArrayList<>();

  CorpusGenerator(SourceCorpus source) {
    this.source = source;
    for (String c : source.companies) {
      String stem =
          c.replaceAll("(?i)[,.]?\\s+(inc|corp|corporation|co|ltd|llc|plc|l\\.?p)\\.?$", "");
      stem = stem.replaceAll("[^A-Za-z&' \\-.]", "").strip();
      if (stem.length() >= 3) {
        stems.add(stem);
      }
    }
    if (stems.isEmpty()) {
      stems.add("Example");
    }
  }

  /** What was written. */
  record Written(int files, long estimatedSections, long bytes) {}

  /** Writes files into {@code dir} until about {@code sections} sections are written. */
  Written write(Path dir, long sections) throws IOException {
    Files.createDirectories(dir);
    long written = 0;
    long bytes = 0;
    int files = 0;
    while (written < sections) {
      List<SourceCorpus.Shape> shape = source.filings.get(random.nextInt(source.filings.size()));
      String text = filing(shape);
      Path sub = dir.resolve(String.format("%04d", files / 1000));
      if (files % 1000 == 0) {
        Files.createDirectories(sub);
      }
      Path file = sub.resolve(String.format("gen-%07d.txt", files));
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      Files.write(file, b);
      bytes += b.length;
      files++;
      written += shape.size();
    }
    return new Written(files, written, bytes);
  }

  private String company() {
    String a = stems.get(random.nextInt(stems.size()));
    String b = stems.get(random.nextInt(stems.size()));
    String first = a.split(" ")[0];
    String[] rest = b.split(" ");
    String name = rest.length > 1 && random.nextBoolean() ? first + " " + rest[rest.length - 1] : a;
    return name + (random.nextInt(3) == 0 ? " " : ", ") + SUFFIXES[random.nextInt(SUFFIXES.length)];
  }

  private String amount() {
    double v = Math.exp(random.nextDouble() * Math.log(5e9 / 1e4)) * 1e4;
    if (v >= 1e9) {
      return String.format(Locale.US, "$%.1f billion", v / 1e9);
    }
    if (v >= 1e6) {
      return String.format(Locale.US, "$%.1f million", v / 1e6);
    }
    return String.format(Locale.US, "$%,d", Math.round(v));
  }

  private String filing(List<SourceCorpus.Shape> shape) {
    boolean decimal = shape.stream().anyMatch(s -> s.item() != null && s.item().contains("."));
    LocalDate date =
        decimal
            ? DECIMAL.plusDays(30 + random.nextInt(365 * 20))
            : LocalDate.of(1994, 1, 1).plusDays(random.nextInt(365 * 10 + 200));
    String company = company();
    Map<String, String> parties = new HashMap<>();
    StringBuilder out = new StringBuilder(8192);
    cover(out, company, date);
    for (SourceCorpus.Shape s : shape) {
      switch (s.kind()) {
        case "item" -> {
          String title = Items.title(s.item()).orElse(s.title());
          out.append("ITEM ").append(s.item()).append(s.item().contains(".") ? "  " : ".  ");
          out.append(title.toUpperCase(Locale.ROOT)).append("\n\n");
        }
        case "exhibit" -> {
          out.append("\f\n                                                      EXHIBIT ");
          out.append(s.exhibit() == null ? "99.1" : s.exhibit()).append("\n\n");
          if (s.title() != null && !s.title().isBlank()) {
            wrap(out, s.title());
          }
        }
        case "signature" -> {
          out.append("                                   SIGNATURES\n\n");
          wrap(
              out,
              "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant"
                  + " has duly caused this report to be signed on its behalf by the undersigned"
                  + " hereunto duly authorized.");
          out.append("                                  ").append(company).append("\n\n");
          out.append("Date: ").append(date.plusDays(random.nextInt(4)).format(LONG_DATE));
          out.append("            By: /s/ ").append(stems.get(random.nextInt(stems.size())));
          out.append("\n\n");
          continue;
        }
        default -> {
          // Cover and exhibit-index sections come from the generated cover page.
          continue;
        }
      }
      List<String> pool =
          source.paragraphsByKey.getOrDefault(
              SourceCorpus.key(s.kind(), s.item(), s.exhibit()), source.allParagraphs);
      for (int i = 0; i < s.paragraphs(); i++) {
        String para = pool.get(random.nextInt(pool.size()));
        wrap(out, vary(para, company, parties));
      }
    }
    return out.toString();
  }

  private String vary(String para, String company, Map<String, String> parties) {
    Matcher m = PARTY.matcher(para);
    StringBuilder sb = new StringBuilder(para.length() + 64);
    while (m.find()) {
      String replacement =
          random.nextInt(8) == 0 ? company : parties.computeIfAbsent(m.group(), k -> company());
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    Matcher a = AMOUNT.matcher(sb);
    StringBuilder sb2 = new StringBuilder(sb.length() + 16);
    while (a.find()) {
      a.appendReplacement(sb2, Matcher.quoteReplacement(amount()));
    }
    a.appendTail(sb2);
    return sb2.toString();
  }

  private void cover(StringBuilder out, String company, LocalDate date) {
    out.append("                                  UNITED STATES\n\n");
    out.append("                       SECURITIES AND EXCHANGE COMMISSION\n\n");
    out.append("                             Washington, D.C. 20549\n\n");
    out.append("                                    FORM 8-K\n\n");
    out.append("                                 CURRENT REPORT\n\n");
    out.append("                         Pursuant to Section 13 or 15(d)\n\n");
    out.append("                     of the Securities Exchange Act of 1934\n\n");
    out.append("       Date of Report (Date of Earliest Event Reported): ");
    out.append(date.format(LONG_DATE)).append("\n\n");
    out.append("                                 ").append(company).append("\n");
    out.append("             (Exact name of registrant as specified in its charter)\n\n");
    out.append(
        String.format(
            "      %-28s%-26s%02d-%07d%n",
            STATES[random.nextInt(STATES.length)],
            "0-" + (10000 + random.nextInt(89999)),
            10 + random.nextInt(89),
            random.nextInt(10_000_000)));
    out.append("(State or other jurisdiction     (Commission file number)       (IRS Employer\n");
    out.append(
        "    of incorporation)                                        Identification No.)\n\n");
    out.append("      Registrant's telephone number, including area code: (617) 555-");
    out.append(String.format("%04d", random.nextInt(10000))).append("\n\n\n");
  }

  /** Appends a paragraph wrapped at 76 columns, then a blank line. */
  private static void wrap(StringBuilder out, String para) {
    int col = 0;
    for (String word : para.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (col > 0 && col + 1 + word.length() > 76) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    out.append("\n\n");
  }
}
