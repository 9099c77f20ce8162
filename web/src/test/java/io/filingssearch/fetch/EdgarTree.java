package io.filingssearch.fetch;

import io.filingssearch.testing.Fixtures;
import io.filingssearch.testing.TarGz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An EDGAR-shaped tree built at test time: the seed filings wrapped as complete submissions of
 * their filer (plus an amendment and a 10-Q), the corpus's real submissions when {@code ../shared}
 * is there, and the listings EDGAR publishes over them in EDGAR's own formats.
 */
public final class EdgarTree {
  /** The seeds' filer, ImmunoGen. */
  public static final long SEEDS_CIK = 855654;

  /** A co-registrant under which one filing per index is listed a second time. */
  static final long CO_REGISTRANT = 9_999_999;

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern SEED_DATE =
      Pattern.compile("Date of Report.*?:\\s*([A-Z][a-z]+ \\d{1,2}, \\d{4})", Pattern.DOTALL);

  /** Every file served, by EDGAR path. */
  public final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Every filing served, any form. */
  final List<IndexEntry> filings = new ArrayList<>();

  private final Map<Long, String> tickers = new TreeMap<>();

  /** The seeds alone, with their ticker file and submissions JSON. */
  public static EdgarTree seeds() {
    EdgarTree t = new EdgarTree();
    int n = 0;
    IndexEntry last = null;
    for (Path seed : list(Fixtures.seeds())) {
      String text = read(seed);
      Matcher m = SEED_DATE.matcher(text);
      if (!m.find()) {
        throw new IllegalStateException("no date of report in " + seed);
      }
      LocalDate filed =
          LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US))
              .plusDays(1);
      last = t.wrap(SEEDS_CIK, "IMMUNOGEN INC", "8-K", filed, ++n, text);
    }
    // An amendment of the last, which an 8-K fetch takes too, and a 10-Q, which it does not.
    t.wrap(SEEDS_CIK, "IMMUNOGEN INC", "8-K/A", last.filed().plusDays(2), ++n, "Amended.\n");
    t.wrap(SEEDS_CIK, "IMMUNOGEN INC", "10-Q", last.filed().plusDays(3), ++n, "Quarterly.\n");
    t.tickers.put(SEEDS_CIK, "IMGN");
    return t;
  }

  /** Adds the corpus's real submissions; false (and nothing added) when ../shared is absent. */
  public boolean addCorpus() {
    Path corpus = Fixtures.corpus() == null ? null : Fixtures.corpus().resolve("cover-page-parser");
    if (corpus == null || !Files.isDirectory(corpus)) {
      return false;
    }
    for (Path cikDir : list(corpus)) {
      if (!Files.isDirectory(cikDir)) {
        continue;
      }
      long cik = Long.parseLong(cikDir.getFileName().toString());
      for (Path accDir : list(cikDir)) {
        String acc = accDir.getFileName().toString();
        Path sub = accDir.resolve(acc + ".txt");
        if (!Files.isRegularFile(sub)) {
          continue;
        }
        byte[] bytes = readBytes(sub);
        String head =
            new String(bytes, 0, Math.min(bytes.length, 4000), StandardCharsets.ISO_8859_1);
        IndexEntry e =
            new IndexEntry(
                cik,
                header(head, "COMPANY CONFORMED NAME"),
                header(head, "CONFORMED SUBMISSION TYPE"),
                LocalDate.parse(header(head, "FILED AS OF DATE"), COMPACT),
                acc);
        add(e, bytes);
      }
      tickers.putIfAbsent(cik, "T" + cik);
    }
    return true;
  }

  private static String header(String head, String key) {
    Matcher m = Pattern.compile(key + ":\\s*(.+)").matcher(head);
    if (!m.find()) {
      throw new IllegalStateException("no " + key);
    }
    return m.group(1).strip();
  }

  private IndexEntry wrap(long cik, String name, String form, LocalDate filed, int n, String text) {
    String acc = String.format(Locale.ROOT, "%010d-%02d-%06d", cik, filed.getYear() % 100, n);
    String date = filed.format(COMPACT);
    String sgml =
        "<SEC-DOCUMENT>"
            + acc
            + ".txt : "
            + date
            + "\n<SEC-HEADER>"
            + acc
            + ".hdr.sgml : "
            + date
            + "\nACCESSION NUMBER:\t\t"
            + acc
            + "\nCONFORMED SUBMISSION TYPE:\t"
            + form
            + "\nPUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t"
            + date
            + "\n\nFILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t"
            + name
            + "\n\t\tCENTRAL INDEX KEY:\t\t\t"
            + String.format(Locale.ROOT, "%010d", cik)
            + "\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>"
            + form
            + "\n<SEQUENCE>1\n<TEXT>\n"
            + text
            + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
    IndexEntry e = new IndexEntry(cik, name, form, filed, acc);
    add(e, sgml.getBytes(StandardCharsets.UTF_8));
    return e;
  }

  private void add(IndexEntry e, byte[] bytes) {
    filings.add(e);
    files.put(e.archivePath(), bytes);
    // EDGAR serves a filing under each of its filers' CIKs.
    files.put("/Archives/edgar/data/" + CO_REGISTRANT + "/" + e.accession() + ".txt", bytes);
  }

  /** The bytes EDGAR serves for a filing. */
  public byte[] bytes(IndexEntry e) {
    return files.get(e.archivePath());
  }

  /** The 8-K family (8-K and 8-K/A) filed in {@code [from, to]}: what an 8-K fetch must bring. */
  public List<IndexEntry> eightKs(LocalDate from, LocalDate to) {
    return filings.stream()
        .filter(e -> e.form().equals("8-K") || e.form().equals("8-K/A"))
        .filter(e -> !e.filed().isBefore(from) && !e.filed().isAfter(to))
        .toList();
  }

  /** Adds the ticker file and every filer's submissions JSON (older filings on a second page). */
  public EdgarTree withCompanyFiles() {
    StringBuilder t = new StringBuilder("{");
    int i = 0;
    for (Map.Entry<Long, String> e : tickers.entrySet()) {
      t.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "\"%d\":{\"cik_str\":%d,\"ticker\":\"%s\",\"title\":\"Co %d\"}",
                  i++,
                  e.getKey(),
                  e.getValue(),
                  e.getKey()));
    }
    put("/files/company_tickers.json", t.append("}").toString());
    Map<Long, List<IndexEntry>> byCik =
        filings.stream()
            .collect(Collectors.groupingBy(IndexEntry::cik, TreeMap::new, Collectors.toList()));
    for (Map.Entry<Long, List<IndexEntry>> e : byCik.entrySet()) {
      List<IndexEntry> all = new ArrayList<>(e.getValue());
      all.sort(Comparator.comparing(IndexEntry::filed).reversed());
      int cut = (all.size() + 1) / 2; // the newer half is "recent", the rest on a page
      String cik10 = String.format(Locale.ROOT, "%010d", e.getKey());
      List<IndexEntry> older = all.subList(cut, all.size());
      String page = "CIK" + cik10 + "-submissions-001.json";
      String files =
          older.isEmpty()
              ? "[]"
              : "[{\"name\":\""
                  + page
                  + "\",\"filingCount\":"
                  + older.size()
                  + ",\"filingFrom\":\""
                  + older.get(older.size() - 1).filed()
                  + "\",\"filingTo\":\""
                  + older.get(0).filed()
                  + "\"}]";
      put(
          "/submissions/CIK" + cik10 + ".json",
          "{\"cik\":\""
              + e.getKey()
              + "\",\"entityType\":\"operating\",\"name\":\""
              + all.get(0).company()
              + "\",\"tickers\":[],\"filings\":{\"recent\":"
              + columns(all.subList(0, cut))
              + ",\"files\":"
              + files
              + "}}");
      if (!older.isEmpty()) {
        put("/submissions/" + page, columns(older));
      }
    }
    return this;
  }

  private static String columns(List<IndexEntry> es) {
    return "{\"accessionNumber\":"
        + array(es, IndexEntry::accession)
        + ",\"filingDate\":"
        + array(es, e -> e.filed().toString())
        + ",\"reportDate\":"
        + array(es, e -> "")
        + ",\"form\":"
        + array(es, IndexEntry::form)
        + ",\"primaryDocument\":"
        + array(es, e -> e.accession() + ".txt")
        + "}";
  }

  private static String array(
      List<IndexEntry> es, java.util.function.Function<IndexEntry, String> f) {
    return es.stream()
        .map(e -> "\"" + f.apply(e) + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /**
   * Adds the quarterly {@code full-index} of every quarter from 1993 on that has filings,
   * alternating the pipe-separated {@code master.idx} and the fixed-width {@code form.idx}; each
   * also lists a 10-Q and an "SC 13D" of a filer with spaces in its name and one 8-K twice.
   */
  EdgarTree withFullIndexes() {
    Map<String, List<IndexEntry>> byQuarter =
        filings.stream()
            .collect(
                Collectors.groupingBy(
                    e -> quarterDir(e.filed()), TreeMap::new, Collectors.toList()));
    LocalDate first = filings.stream().map(IndexEntry::filed).min(Comparator.naturalOrder()).get();
    LocalDate last = filings.stream().map(IndexEntry::filed).max(Comparator.naturalOrder()).get();
    int k = 0;
    // Every quarter in between has an index, as on EDGAR, even one without our filings.
    for (LocalDate q = EdgarListing.quarterStart(first); !q.isAfter(last); q = q.plusMonths(3)) {
      List<IndexEntry> es = withNoise(byQuarter.getOrDefault(quarterDir(q), List.of()), q);
      String dir = "/Archives/edgar/full-index/" + quarterDir(q) + "/";
      if (k++ % 2 == 0) {
        put(dir + "master.idx", master(es, false));
      } else {
        put(dir + "form.idx", form(es, false));
      }
    }
    return this;
  }

  /**
   * Adds the {@code daily-index} of the quarter starting at {@code quarter}: its {@code index.json}
   * and, per day with filings, an old-style {@code form.YYMMDD.idx} on odd days and both {@code
   * form.YYYYMMDD.idx} and {@code master.YYYYMMDD.idx} on even days.
   */
  public EdgarTree withDailyIndex(LocalDate quarter) {
    String dir = "/Archives/edgar/daily-index/" + quarterDir(quarter) + "/";
    Map<LocalDate, List<IndexEntry>> byDay =
        filings.stream()
            .filter(e -> quarterDir(e.filed()).equals(quarterDir(quarter)))
            .collect(Collectors.groupingBy(IndexEntry::filed, TreeMap::new, Collectors.toList()));
    List<String> names = new ArrayList<>();
    for (Map.Entry<LocalDate, List<IndexEntry>> d : byDay.entrySet()) {
      List<IndexEntry> es = withNoise(d.getValue(), d.getKey());
      String day = d.getKey().format(COMPACT);
      if (d.getKey().getDayOfMonth() % 2 == 1) {
        names.add("form." + day.substring(2) + ".idx");
        put(dir + names.getLast(), form(es, true));
      } else {
        names.add("form." + day + ".idx");
        put(dir + names.getLast(), form(es, true));
        names.add("master." + day + ".idx");
        put(dir + names.getLast(), master(es, true));
      }
    }
    String items =
        names.stream()
            .map(
                n ->
                    "{\"last-modified\":\"01/01/2000 10:00:00 PM\",\"name\":\""
                        + n
                        + "\",\"type\":\"file\",\"href\":\""
                        + n
                        + "\",\"size\":\"1 KB\"}")
            .collect(Collectors.joining(","));
    put(
        dir + "index.json",
        "{\"directory\":{\"item\":["
            + items
            + "],\"name\":\""
            + dir.substring(1)
            + "\",\"parent-dir\":\"../\"}}");
    return this;
  }

  /**
   * Adds EDGAR's daily feed: per day with filings, {@code Feed/YYYY/QTRn/YYYYMMDD.nc.tar.gz}, a
   * gzipped tar of that day's submissions as {@code <accession>.nc}, every form included, and per
   * quarter the folder's {@code index.json}.
   */
  public EdgarTree withFeed() {
    Map<String, List<String>> namesByQuarter = new TreeMap<>();
    Map<LocalDate, List<IndexEntry>> byDay =
        filings.stream()
            .collect(Collectors.groupingBy(IndexEntry::filed, TreeMap::new, Collectors.toList()));
    for (Map.Entry<LocalDate, List<IndexEntry>> d : byDay.entrySet()) {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      for (IndexEntry e : d.getValue()) {
        entries.put(e.accession() + ".nc", bytes(e));
      }
      String name = d.getKey().format(COMPACT) + ".nc.tar.gz";
      String quarter = quarterDir(d.getKey());
      namesByQuarter.computeIfAbsent(quarter, q -> new ArrayList<>()).add(name);
      files.put("/Archives/edgar/Feed/" + quarter + "/" + name, TarGz.gzipped(entries));
    }
    for (Map.Entry<String, List<String>> q : namesByQuarter.entrySet()) {
      String dir = "/Archives/edgar/Feed/" + q.getKey() + "/";
      String items =
          q.getValue().stream()
              .map(n -> "{\"name\":\"" + n + "\",\"type\":\"file\",\"size\":\"1 KB\"}")
              .collect(Collectors.joining(","));
      put(
          dir + "index.json",
          "{\"directory\":{\"item\":[" + items + "],\"name\":\"" + dir.substring(1) + "\"}}");
    }
    return this;
  }

  /** The feed archives served, by EDGAR path. */
  public Map<String, byte[]> feedArchives() {
    Map<String, byte[]> out = new TreeMap<>();
    files.forEach(
        (path, body) -> {
          if (path.endsWith(".nc.tar.gz")) {
            out.put(path, body);
          }
        });
    return out;
  }

  /**
   * Adds a filing of the seeds' filer, as a later one arrives on EDGAR (the listings are not
   * rebuilt: call {@link #withDailyIndex} again).
   */
  public IndexEntry addFiling(String form, LocalDate filed, String text) {
    return wrap(SEEDS_CIK, "IMMUNOGEN INC", form, filed, filings.size() + 100, text);
  }

  /** The earliest filing date served. */
  public LocalDate firstFiled() {
    return filings.stream().map(IndexEntry::filed).min(Comparator.naturalOrder()).orElseThrow();
  }

  /** The latest filing date served. */
  public LocalDate lastFiled() {
    return filings.stream().map(IndexEntry::filed).max(Comparator.naturalOrder()).orElseThrow();
  }

  private static List<IndexEntry> withNoise(List<IndexEntry> es, LocalDate d) {
    List<IndexEntry> out = new ArrayList<>(es);
    out.add(
        new IndexEntry(
            1_000_001,
            "ACME WIDGETS & CO INC",
            "10-Q",
            d,
            "0001000001-" + String.format("%02d", d.getYear() % 100) + "-000001"));
    out.add(
        new IndexEntry(
            1_000_002,
            "SMITH JOHN Q",
            "SC 13D",
            d,
            "0001000002-" + String.format("%02d", d.getYear() % 100) + "-000002"));
    es.stream()
        .filter(e -> e.form().equals("8-K"))
        .findFirst()
        .ifPresent(
            e ->
                out.add(
                    new IndexEntry(
                        CO_REGISTRANT, "CO REGISTRANT TRUST", e.form(), e.filed(), e.accession())));
    return out;
  }

  private static final String HEADER =
      "Description:           %s\nLast Data Received:    %s\nComments:              webmaster@sec.gov\n"
          + "Anonymous FTP:         ftp://ftp.sec.gov/edgar/\nCloud HTTP:            https://www.sec.gov/Archives/\n\n \n \n \n";

  private static String master(List<IndexEntry> es, boolean daily) {
    StringBuilder b =
        new StringBuilder(
            String.format(HEADER, "Master Index of EDGAR Dissemination Feed", "June 30, 2005"));
    b.append("CIK|Company Name|Form Type|Date Filed|Filename\n");
    b.append("-".repeat(80)).append('\n');
    for (IndexEntry e : es) {
      b.append(e.cik())
          .append('|')
          .append(e.company())
          .append('|')
          .append(e.form())
          .append('|')
          .append(daily ? e.filed().format(COMPACT) : e.filed().toString())
          .append('|')
          .append("edgar/data/")
          .append(e.cik())
          .append('/')
          .append(e.accession())
          .append(".txt\n");
    }
    return b.toString();
  }

  private static String form(List<IndexEntry> es, boolean daily) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                HEADER, "Master Index of EDGAR Dissemination Feed by Form Type", "June 30, 2005"));
    b.append(
        String.format(
            "%-12s%-62s%-12s%-12s%s%n",
            "Form Type", "Company Name", "CIK", "Date Filed", "File Name"));
    b.append("-".repeat(141)).append('\n');
    for (IndexEntry e : es) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-12s%-62s%-12d%-12s%s\n",
              e.form(),
              e.company(),
              e.cik(),
              daily ? e.filed().format(COMPACT) : e.filed().toString(),
              "edgar/data/" + e.cik() + "/" + e.accession() + ".txt"));
    }
    return b.toString();
  }

  private static String quarterDir(LocalDate d) {
    return d.getYear() + "/QTR" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  private void put(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    return new String(readBytes(p), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
