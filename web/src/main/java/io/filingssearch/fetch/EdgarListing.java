package io.filingssearch.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds filings on EDGAR: a company's filings from its submissions JSON, everyone's from the
 * quarterly {@code full-index} and, for the quarter under way, the {@code daily-index} files;
 * tickers through EDGAR's ticker file. Each listing is one or a few requests, all through the run's
 * one client.
 */
final class EdgarListing {
  /**
   * A daily index file's name: new ({@code master.20230103.idx}) or old ({@code form.950103.idx}).
   */
  private static final Pattern DAILY = Pattern.compile("(form|master)\\.(\\d{6}|\\d{8})\\.idx");

  /** Two-digit years from here on are 19xx: EDGAR's daily indexes start in 1994. */
  private static final int PIVOT = 90;

  private final EdgarClient client;
  private final ObjectMapper json = new ObjectMapper();

  EdgarListing(EdgarClient client) {
    this.client = client;
  }

  /**
   * The ticker file as ticker (upper case) to CIK.
   *
   * @throws IOException when EDGAR has no ticker file or it cannot be read
   */
  Map<String, Long> tickers() throws IOException, InterruptedException {
    JsonNode root = json.readTree(required("/files/company_tickers.json"));
    Map<String, Long> out = new HashMap<>();
    for (JsonNode n : root) {
      String ticker = n.path("ticker").asText("");
      long cik = n.path("cik_str").asLong(0);
      if (!ticker.isEmpty() && cik > 0) {
        out.putIfAbsent(ticker.toUpperCase(Locale.ROOT), cik);
      }
    }
    return out;
  }

  /**
   * A company's filings from {@code /submissions/CIK##########.json}, with the older pages it
   * points to when their dates reach into {@code [from, to]}.
   *
   * @return the filings, or empty when EDGAR knows no such company
   */
  Optional<List<IndexEntry>> company(long cik, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    Optional<byte[]> body =
        client.get(String.format(Locale.ROOT, "/submissions/CIK%010d.json", cik));
    if (body.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root = json.readTree(body.get());
    String name = root.path("name").asText("");
    List<IndexEntry> out = new ArrayList<>();
    columns(root.path("filings").path("recent"), cik, name, out);
    for (JsonNode page : root.path("filings").path("files")) {
      LocalDate pageFrom = EdgarIndexFile.date(page.path("filingFrom").asText(""));
      LocalDate pageTo = EdgarIndexFile.date(page.path("filingTo").asText(""));
      boolean overlaps =
          (pageTo == null || !pageTo.isBefore(from)) && (pageFrom == null || !pageFrom.isAfter(to));
      if (overlaps) {
        columns(
            json.readTree(required("/submissions/" + page.path("name").asText())), cik, name, out);
      }
    }
    return Optional.of(out);
  }

  /** EDGAR's submissions JSON keeps filings as parallel arrays, one per column. */
  private static void columns(JsonNode cols, long cik, String name, List<IndexEntry> out) {
    JsonNode acc = cols.path("accessionNumber");
    JsonNode form = cols.path("form");
    JsonNode date = cols.path("filingDate");
    for (int i = 0; i < acc.size(); i++) {
      LocalDate filed = EdgarIndexFile.date(date.path(i).asText(""));
      String a = acc.path(i).asText("");
      String f = form.path(i).asText("");
      if (filed != null && a.matches("\\d{10}-\\d{2}-\\d{6}") && !f.isBlank()) {
        out.add(new IndexEntry(cik, name, f, filed, a));
      }
    }
  }

  /**
   * Every filing filed in {@code [from, to]}: quarters before {@code today}'s from {@code
   * full-index}, today's quarter from its {@code daily-index} files (the full index of a quarter
   * under way lags behind).
   */
  List<IndexEntry> everyone(LocalDate from, LocalDate to, LocalDate today)
      throws IOException, InterruptedException {
    List<IndexEntry> out = new ArrayList<>();
    LocalDate current = quarterStart(today);
    for (LocalDate q = quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
      if (q.isBefore(current)) {
        out.addAll(fullIndex(q));
      } else if (q.equals(current)) {
        out.addAll(daily(q, from, to));
      }
    }
    return out;
  }

  private List<IndexEntry> fullIndex(LocalDate quarter) throws IOException, InterruptedException {
    String dir =
        "/Archives/edgar/full-index/" + quarter.getYear() + "/QTR" + quarterOf(quarter) + "/";
    Optional<byte[]> master = client.get(dir + "master.idx");
    Optional<byte[]> body = master.isPresent() ? master : client.get(dir + "form.idx");
    if (body.isEmpty()) {
      throw new IOException("EDGAR has no index for " + dir + " (neither master.idx nor form.idx)");
    }
    return EdgarIndexFile.parse(new String(body.get(), StandardCharsets.ISO_8859_1));
  }

  private List<IndexEntry> daily(LocalDate quarter, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    String dir =
        "/Archives/edgar/daily-index/" + quarter.getYear() + "/QTR" + quarterOf(quarter) + "/";
    Optional<byte[]> listing = client.get(dir + "index.json");
    if (listing.isEmpty()) {
      return List.of(); // nothing filed yet this quarter
    }
    // One file per day: master when there is one, else form.
    Map<LocalDate, String> byDay = new TreeMap<>();
    for (JsonNode item : json.readTree(listing.get()).path("directory").path("item")) {
      Matcher m = DAILY.matcher(item.path("name").asText(""));
      if (!m.matches()) {
        continue;
      }
      LocalDate day = dailyDate(m.group(2));
      if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
        if (m.group(1).equals("master") || !byDay.containsKey(day)) {
          byDay.put(day, m.group());
        }
      }
    }
    List<IndexEntry> out = new ArrayList<>();
    for (String name : byDay.values()) {
      out.addAll(
          EdgarIndexFile.parse(new String(required(dir + name), StandardCharsets.ISO_8859_1)));
    }
    return out;
  }

  /** {@code 20230103}, or the old {@code 950103}. */
  static LocalDate dailyDate(String digits) {
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      digits = (yy >= PIVOT ? "19" : "20") + digits;
    }
    return EdgarIndexFile.date(digits);
  }

  private byte[] required(String path) throws IOException, InterruptedException {
    return client.get(path).orElseThrow(() -> new IOException("EDGAR has no " + path + " (404)"));
  }

  static LocalDate quarterStart(LocalDate d) {
    return LocalDate.of(d.getYear(), (quarterOf(d) - 1) * 3 + 1, 1);
  }

  private static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }
}
