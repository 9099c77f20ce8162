package io.filingssearch.parse;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.FilingFormat;
import io.filingssearch.filing.Items;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.internal.CompanyNames;
import io.filingssearch.parse.TextCleaner.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads 8-K filings in any of the formats EDGAR and its mirrors use into a {@link Filing} with
 * metadata and sections. The format is detected from the content, never from the file name: plain
 * text, EDGAR full-submission SGML (both dialects), HTML or inline XBRL, and Stanford's extracted
 * text.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class FilingParser {
  /** Files larger than this are refused rather than read into memory. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Pattern LOOKS_LIKE_8K =
      Pattern.compile(
          "(?is)\\b(?:form\\s+8-K|8-K\\b|current\\s+report|date\\s+of\\s+report|item\\s+\\d{1,2}(?:\\.\\d{2})?\\b)");

  /** Creates a parser. */
  public FilingParser() {}

  /**
   * Parses a file.
   *
   * @param file the filing
   * @return the parsed filing; its {@code source} is the file's path
   * @throws IOException when the file cannot be read
   * @throws BadFilingException when the file is not a readable 8-K (empty, binary, too large, not a
   *     filing); the message names the file and the reason
   */
  public Filing parse(Path file) throws IOException, BadFilingException {
    file = readableName(file);
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new BadFilingException(source, "is a folder, not a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // Reading a named pipe waits for a writer that may never come; a device never ends.
      throw new BadFilingException(
          source, "is not a regular file (a named pipe, device or socket): not read");
    }
    if (!Files.isReadable(file)) {
      throw new BadFilingException(source, "cannot be read (missing or no permission)");
    }
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new BadFilingException(
          source,
          String.format(
              Locale.ROOT,
              "is too large to be an 8-K (%.1f MB; the limit is %d MB)",
              size / 1048576.0,
              MAX_BYTES / 1048576));
    }
    return parse(source, Files.readAllBytes(file));
  }

  /**
   * The file itself when its name, as given in a string, does not find it: a name that is not valid
   * in the system's encoding (a Latin-1 name on a UTF-8 system) reaches Java with its bad bytes
   * replaced, and only the folder's own listing, which keeps the bytes, can open it.
   */
  private static Path readableName(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || dir == null || !Files.isDirectory(dir)) {
      return file;
    }
    String name = file.getFileName().toString();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(file);
    } catch (IOException | RuntimeException e) {
      return file;
    }
  }

  /**
   * Parses a filing's content.
   *
   * @param source a name for the content, used in messages and as the filing's source
   * @param content the raw bytes
   * @return the parsed filing
   * @throws BadFilingException when the content is not a readable 8-K
   */
  public Filing parse(String source, byte[] content) throws BadFilingException {
    return parse(source, content, contentHash(content));
  }

  /**
   * Parses a filing's content whose hash the caller already has (the indexer hashes every file to
   * skip unchanged ones), so that it is not hashed twice.
   *
   * @param source a name for the content, used in messages and as the filing's source
   * @param content the raw bytes
   * @param contentHash {@link #contentHash(byte[])} of {@code content}
   * @return the parsed filing
   * @throws BadFilingException when the content is not a readable 8-K
   */
  public Filing parse(String source, byte[] content, String contentHash) throws BadFilingException {
    if (content.length > MAX_BYTES) {
      throw new BadFilingException(source, "is too large to be an 8-K");
    }
    String text;
    try {
      text = RawText.decode(content);
    } catch (IllegalArgumentException e) {
      throw new BadFilingException(source, e.getMessage());
    }
    try {
      // A filing without an accession number is known by the start of its content's hash.
      Filing f = parseText(source, text, "h" + contentHash.substring(0, CONTENT_ID_HEX_DIGITS));
      if (f.sections().stream().allMatch(s -> s.text().isBlank())) {
        // Indexed, it would be counted and never found.
        throw new BadFilingException(
            source, "has no text (0 sections): the filing is empty or cut off before its report");
      }
      return f;
    } catch (BadFilingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BadFilingException(source, "could not be parsed (" + e + ")", e);
    }
  }

  private Filing parseText(String source, String text, String hashId) throws BadFilingException {
    if (StanfordText.looksLikeStanford(text)) {
      return StanfordText.parse(source, text, hashId);
    }
    if (SgmlSubmission.looksLikeSgml(text)) {
      return fromSgml(source, SgmlSubmission.read(text), hashId);
    }
    if (!LOOKS_LIKE_8K.matcher(text.substring(0, Math.min(text.length(), 50_000))).find()) {
      throw new BadFilingException(
          source, "does not look like an 8-K filing (no form type, cover page or Item heading)");
    }
    if (text.contains("EDGAR Filing Documents") && text.contains("Document Format Files")) {
      throw new BadFilingException(source, "is an EDGAR filing index page, not a filing");
    }
    if (HtmlText.looksLikeHtml(text)) {
      HtmlText.Result html = HtmlText.convert(text);
      Body body = new Body(TextCleaner.clean(html.text()), html.preformatted(), html.dei());
      return build(source, FilingFormat.HTML, hashId, new Meta(), body, List.of(), List.of());
    }
    Body body = new Body(TextCleaner.clean(text), true, Map.of());
    return build(source, FilingFormat.TEXT, hashId, new Meta(), body, List.of(), List.of());
  }

  private Filing fromSgml(String source, SgmlSubmission s, String hashId)
      throws BadFilingException {
    if (s.documents.isEmpty()) {
      throw new BadFilingException(source, "is an EDGAR submission without any text document");
    }
    // The report is the first 8-K document with text; a submission that repeats it (documents
    // left unclosed, each starting a new one) keeps the text of every repetition.
    SgmlSubmission.Document primary =
        s.documents.stream()
            .filter(d -> d.type() != null && d.type().startsWith("8-K") && !d.text().isBlank())
            .findFirst()
            .or(() -> s.documents.stream().filter(d -> !d.text().isBlank()).findFirst())
            .orElse(s.documents.get(0));
    StringBuilder report = new StringBuilder(primary.text());
    for (SgmlSubmission.Document d : s.documents) {
      if (d != primary
          && Objects.equals(d.type(), primary.type())
          && !isExhibit(d)
          && !d.text().isBlank()) {
        report.append("\n\n").append(d.text());
      }
    }
    Body body = Body.of(report.toString());
    Meta meta = new Meta();
    meta.accession = s.accession;
    meta.form = s.form;
    meta.company = s.company;
    meta.cik = s.cik;
    meta.irsNumber = s.irsNumber;
    meta.state = s.state;
    meta.fileNumber = s.fileNumber;
    meta.dateOfReport = Dates.compact(s.period);
    meta.filedDate = Dates.compact(s.filedDate);
    List<SgmlSubmission.Document> exhibits = new ArrayList<>();
    for (SgmlSubmission.Document d : s.documents) {
      if (d != primary && isExhibit(d)) {
        exhibits.add(d);
      }
    }
    return build(source, FilingFormat.SGML, hashId, meta, body, exhibits, s.headerItems);
  }

  private static boolean isExhibit(SgmlSubmission.Document d) {
    return d.type() != null && d.type().startsWith("EX-");
  }

  /** The text of the report itself, as lines, with how it was laid out. */
  record Body(List<Line> lines, boolean wrapped, Map<String, String> dei) {
    static Body of(String text) {
      if (HtmlText.looksLikeHtml(text)) {
        HtmlText.Result html = HtmlText.convert(text);
        return new Body(TextCleaner.clean(html.text()), html.preformatted(), html.dei());
      }
      return new Body(TextCleaner.clean(text), true, Map.of());
    }
  }

  /** Metadata known before the body is read (from an SGML or Stanford header). */
  static final class Meta {
    String accession;
    String form;
    String company;
    String cik;
    String irsNumber;
    String state;
    String fileNumber;
    LocalDate dateOfReport;
    LocalDate filedDate;
    String ticker;
  }

  static Filing build(
      String source,
      FilingFormat format,
      String hashId,
      Meta meta,
      Body body,
      List<SgmlSubmission.Document> exhibitDocs,
      List<String> headerItemNames) {
    LocalDate when = firstNonNull(meta.filedDate, meta.dateOfReport);
    List<String> headerItems = new ArrayList<>();
    for (String name : headerItemNames) {
      Items.normalize(name).or(() -> Items.fromTitle(name, when)).ifPresent(headerItems::add);
    }
    String fallback =
        headerItems.stream()
            .filter(i -> !Items.isExhibitList(i))
            .findFirst()
            .orElse(headerItems.isEmpty() ? null : headerItems.get(0));
    LocalDate schemeDate =
        when != null
            ? when
            : CoverPage.read(
                    TextCleaner.paragraphs(
                        body.lines().subList(0, Math.min(body.lines().size(), 150)), false))
                .dateOfReport;
    Sectioner.Split split = Sectioner.split(body.lines(), body.wrapped(), fallback, schemeDate);
    List<Section> sections = new ArrayList<>(split.sections());
    Map<String, Integer> ids = new HashMap<>();
    sections.forEach(s -> Sectioner.uniqueId(s.id(), ids));
    for (SgmlSubmission.Document d : exhibitDocs) {
      Body b = Body.of(d.text());
      String text = TextCleaner.paragraphs(b.lines(), b.wrapped());
      if (text.isBlank()) {
        continue;
      }
      String number = d.type().substring(3).replaceFirst("^0+(?=\\d)", "");
      String headline = Sectioner.headline(b.lines());
      if (headline.isBlank()) {
        headline = d.description() == null ? "Exhibit " + number : d.description();
      }
      sections.add(
          new Section(
              Sectioner.uniqueId("ex-" + number, ids),
              SectionKind.EXHIBIT,
              null,
              null,
              number,
              headline,
              text,
              null,
              null));
    }
    String coverText = TextCleaner.paragraphs(split.cover(), false);
    CoverPage cover = CoverPage.read(coverText);
    Map<String, String> dei = body.dei();

    // The cover page says what the filer wrote ("ExperTelligence, Inc.", "0-11596"); EDGAR's
    // header has its own conformed forms ("EXPERTELLIGENCE INC") and today's file number.
    // What the text gives is checked: a cover whose name line is missing reads the line above it
    // ("Securities Exchange Act of 1934"), and unknown is better than wrong.
    String coverCompany = CompanyNames.canBeAName(cover.company) ? cover.company : null;
    String company =
        firstNonNull(
            sameCompany(coverCompany, meta.company),
            dei.get("EntityRegistrantName"),
            meta.company,
            coverCompany);
    if (company == null) {
      company =
          sections.stream()
              .filter(s -> s.kind() == SectionKind.SIGNATURE)
              .map(s -> CoverPage.signer(s.text()))
              .filter(CompanyNames::canBeAName)
              .findFirst()
              .orElseGet(() -> Registrant.guess(sections, meta.ticker));
    }
    LocalDate filed = meta.filedDate;
    LocalDate dateOfReport =
        plausibleReportDate(
            firstNonNull(
                cover.dateOfReport, parseIso(dei.get("DocumentPeriodEndDate")), meta.dateOfReport),
            filed);
    String form = firstNonNull(meta.form, dei.get("DocumentType"), cover.form, "8-K");
    String cik = stripZeros(firstNonNull(meta.cik, dei.get("EntityCentralIndexKey")));

    Set<String> items = new LinkedHashSet<>();
    for (Section s : sections) {
      if (s.kind() == SectionKind.ITEM) {
        items.add(s.item());
      }
    }
    // EDGAR's header is authoritative for what was reported; the body adds what it forgot.
    Set<String> reported = new LinkedHashSet<>(headerItems);
    reported.addAll(items);
    items = reported;
    String id = meta.accession != null ? meta.accession : hashId;
    return new Filing(
        id,
        source,
        format,
        form.toUpperCase(Locale.ROOT),
        company,
        cik,
        meta.ticker,
        meta.accession,
        dateOfReport,
        filed,
        firstNonNull(cover.fileNumber, dei.get("EntityFileNumber"), meta.fileNumber),
        firstNonNull(
            cover.irsNumber, dei.get("EntityTaxIdentificationNumber"), irs(meta.irsNumber)),
        firstNonNull(cover.state, dei.get("EntityIncorporationStateCountryCode"), meta.state),
        List.copyOf(items),
        sections);
  }

  /** The cover's name when it names the same company as the header (or there is no header). */
  private static String sameCompany(String cover, String header) {
    if (cover == null || header == null) {
      return header == null ? cover : null;
    }
    String a = cover.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String b = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    int n = Math.min(6, Math.min(a.length(), b.length()));
    return n >= 3 && a.regionMatches(0, b, 0, n) ? cover : null;
  }

  /** How long before its filing an event an 8-K reports can lie (late reports, amendments). */
  private static final int MAX_REPORT_AGE_YEARS = 2;

  /**
   * The date of report read, or null when it cannot be one: a report is filed after its event, so a
   * date after the filing date (or years before it) is some other date of the text.
   */
  private static LocalDate plausibleReportDate(LocalDate report, LocalDate filed) {
    if (report == null || filed == null) {
      return report;
    }
    boolean after = report.isAfter(filed);
    boolean tooOld = report.isBefore(filed.minusYears(MAX_REPORT_AGE_YEARS));
    return after || tooOld ? null : report;
  }

  /** EDGAR writes IRS numbers without the dash: 953506403 is 95-3506403. */
  private static String irs(String s) {
    return s != null && s.matches("\\d{9}") ? s.substring(0, 2) + "-" + s.substring(2) : s;
  }

  private static LocalDate parseIso(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (RuntimeException e) {
      return Dates.first(s).orElse(null);
    }
  }

  private static String stripZeros(String cik) {
    if (cik == null) {
      return null;
    }
    String t = cik.trim().replaceFirst("^0+(?=\\d)", "");
    return t.isEmpty() ? null : t;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }

  /** 80 bits of the hash: ids of different filings do not collide in any real collection. */
  private static final int CONTENT_ID_HEX_DIGITS = 20;

  /**
   * The SHA-256 of a file's content in lower-case hex: what the indexer compares to skip unchanged
   * files, and what a filing without an accession number is known by.
   *
   * @param content the raw bytes
   * @return 64 hex digits
   */
  public static String contentHash(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
