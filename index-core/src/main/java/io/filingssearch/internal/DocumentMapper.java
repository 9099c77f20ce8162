package io.filingssearch.internal;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.FilingFormat;
import io.filingssearch.filing.Items;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a {@link Filing} to one Lucene document per section and back. The raw filing is kept apart
 * from its documents; this is the one place that knows how one becomes the other. Thread-safe.
 */
public final class DocumentMapper {
  /**
   * How much of a section's text is stored in {@link Fields#BODY_HEAD}, and so how far into a
   * section the highlighter looks for passages. Sections run to 760,000 characters (financial
   * statements); a match beyond this point still ranks the section, shown with its opening lines.
   */
  public static final int HEAD_CHARS = 30_000;

  /** Body text: analyzed with offsets so the highlighter need not re-analyze; stored apart. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  /**
   * Exact body words: documents and frequencies only. They rank single words; phrases are matched
   * on the stemmed body, so positions here would only cost indexing time and space.
   */
  private static final FieldType EXACT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  /**
   * Word pairs ({@link PhrasePairs}): each occurrence at the position of its first word, no norms.
   * They narrow phrases, score two-word phrases from their counts, and match longer phrases by
   * their positions, without the positions of the phrase's words.
   */
  private static final FieldType PAIRS_TYPE = pairsType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  /** The word pairs as this version writes them: with positions. */
  public static final IndexOptions PAIRS = PAIRS_TYPE.indexOptions();

  private static FieldType pairsType(IndexOptions options) {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(options);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
    EXACT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    EXACT_TYPE.freeze();
  }

  private DocumentMapper() {}

  /**
   * The documents of a filing's sections, in order.
   *
   * @param f the filing, with its facts extracted
   * @param sourceHash hash of the file's content, kept for incremental reindexing
   * @param searchableSince when the filing became searchable, epoch milliseconds
   * @return one document per section
   */
  public static List<Document> toDocuments(Filing f, String sourceHash, long searchableSince) {
    return toDocuments(f, sourceHash, searchableSince, PAIRS);
  }

  /**
   * The documents of a filing's sections, in order, for an index whose word pairs keep what {@code
   * pairs} says: an index cannot change what a field keeps, so one written before the pairs kept
   * their positions is added to as it was written (its phrases then read their words' positions).
   *
   * @param f the filing, with its facts extracted
   * @param sourceHash hash of the file's content, kept for incremental reindexing
   * @param searchableSince when the filing became searchable, epoch milliseconds
   * @param pairs what the word pairs keep: {@link #PAIRS}, or less for an older index
   * @return one document per section
   */
  public static List<Document> toDocuments(
      Filing f, String sourceHash, long searchableSince, IndexOptions pairs) {
    FieldType pairsType = pairs == PAIRS ? PAIRS_TYPE : pairsType(pairs);
    List<Document> docs = new ArrayList<>();
    int order = 0;
    // Gathered once: every section carries them, and a filing may have 200,000 sections.
    List<String> partners = f.counterparties();
    if (partners.size() > MAX_FILING_PARTNERS) {
      partners = partners.subList(0, MAX_FILING_PARTNERS);
    }
    for (Section s : f.sections()) {
      docs.add(toDocument(f, s, partners, order++, sourceHash, searchableSince, pairsType));
    }
    return docs;
  }

  /**
   * The partners of a filing that each of its sections carries, at most: a real 8-K names a few
   * dozen, and without a bound a filing of many sections each naming others would make indexing
   * quadratic in its size.
   */
  static final int MAX_FILING_PARTNERS = 100;

  private static Document toDocument(
      Filing f,
      Section s,
      List<String> partners,
      int order,
      String hash,
      long searchableSince,
      FieldType pairsType) {
    Document d = new Document();
    d.add(new KeywordField(Fields.FILING_ID, f.id(), Field.Store.YES));
    d.add(new StoredField(Fields.SECTION_ID, s.id()));
    d.add(new StoredField(Fields.SECTION_ORDER, order));
    d.add(new StringField(Fields.SOURCE, nz(f.source()), Field.Store.YES));
    d.add(new StoredField(Fields.SOURCE_HASH, nz(hash)));
    d.add(new StoredField(Fields.SEARCHABLE_SINCE, searchableSince));
    d.add(new NumericDocValuesField(Fields.SEARCHABLE_SINCE, searchableSince));
    d.add(new StoredField(Fields.KIND, s.kind().label()));
    d.add(new FloatDocValuesField(Fields.KIND_BOOST, kindBoost(s)));
    // The body fields are analyzed in one pass over the text (see BodyAnalysis).
    d.add(BodyAnalysis.stemmed(Fields.BODY, s.text(), BODY_TYPE));
    d.add(BodyAnalysis.exact(Fields.BODY_EXACT, s.text(), EXACT_TYPE));
    d.add(BodyAnalysis.pairs(Fields.BODY_PAIRS, s.text(), pairsType));
    d.add(new TextField(Fields.TITLE, s.title(), Field.Store.YES));
    String shortTitle = s.title().length() > 200 ? s.title().substring(0, 200) : s.title();
    d.add(new SortedDocValuesField(Fields.TITLE_DV, new BytesRef(shortTitle)));
    storeIfPresent(d, Fields.ITEM, s.item());
    storeIfPresent(d, Fields.ITEM_TITLE, s.itemTitle());
    storeIfPresent(d, Fields.EXHIBIT, s.exhibit());

    // Facets describe the filing: every section carries them, so that a filter on item 1.01 or
    // partner Genentech finds the press release of that filing too.
    for (String item : f.items()) {
      d.add(new KeywordField(Fields.FACET_ITEM, item, Field.Store.NO));
    }
    for (String p : partners) {
      d.add(new KeywordField(Fields.FACET_PARTNER, p, Field.Store.NO));
      d.add(new TextField(Fields.PARTNER_TEXT, p, Field.Store.NO));
      d.add(new StringField(Fields.PARTNER_KEY, CompanyNames.key(p), Field.Store.NO));
    }
    for (String p : s.partners()) {
      d.add(new StoredField(Fields.PARTNERS, p));
    }
    String identity = companyIdentity(f);
    if (identity != null) {
      d.add(new KeywordField(Fields.FACET_COMPANY, identity, Field.Store.NO));
      String spelling = f.company() == null ? null : CompanyNames.shortName(f.company());
      if (spelling != null) {
        d.add(
            new SortedSetDocValuesField(
                Fields.COMPANY_SPELLING, new BytesRef(identity + SPELLING_SEPARATOR + spelling)));
      }
    }
    s.partnerRoles()
        .forEach((p, role) -> d.add(new StoredField(Fields.PARTNER_ROLES, p + "\t" + role)));
    if (f.company() != null) {
      d.add(new TextField(Fields.COMPANY_TEXT, f.company(), Field.Store.NO));
      d.add(new StoredField(Fields.COMPANY, f.company()));
    }
    d.add(new KeywordField(Fields.FACET_FORM, f.form() == null ? "8-K" : f.form(), Field.Store.NO));
    // The best date (of report, else filed): what the year facet, date filters and sort use.
    if (f.date() != null) {
      d.add(new LongField(Fields.DATE, f.date().toEpochDay(), Field.Store.NO));
      d.add(
          new KeywordField(Fields.FACET_YEAR, String.valueOf(f.date().getYear()), Field.Store.NO));
    }
    LocalDate filed = f.filedDate() != null ? f.filedDate() : f.date();
    if (filed != null) {
      d.add(new NumericDocValuesField(Fields.FILED_DAY, filed.toEpochDay()));
    }
    for (Amount a : s.amounts()) {
      if (a.salient()) { // filters, sort and the amount facet use what the section is about
        d.add(new LongField(Fields.AMOUNT, a.wholeDollars(), Field.Store.NO));
      }
      d.add(new StoredField(Fields.AMOUNTS, encode(a)));
    }
    storeIfPresent(d, Fields.CIK, f.cik());
    storeIfPresent(d, Fields.TICKER, f.ticker());
    storeIfPresent(d, Fields.FORM, f.form());
    storeIfPresent(d, Fields.ACCESSION, f.accession());
    storeIfPresent(d, Fields.DATE_OF_REPORT, iso(f.dateOfReport()));
    storeIfPresent(d, Fields.FILED_DATE, iso(f.filedDate()));
    storeIfPresent(d, Fields.FILE_NUMBER, f.fileNumber());
    storeIfPresent(d, Fields.IRS_NUMBER, f.irsNumber());
    storeIfPresent(d, Fields.STATE, f.stateOfIncorporation());
    storeIfPresent(d, Fields.FORMAT, f.format().label());
    for (String item : f.items()) {
      d.add(new StoredField(Fields.ITEMS, item));
    }
    // The text last, split in a bounded head and the rest: see Fields.BODY_HEAD.
    int cut = headLength(s.text());
    d.add(new StoredField(Fields.BODY_HEAD, s.text().substring(0, cut)));
    if (cut < s.text().length()) {
      d.add(new StoredField(Fields.BODY_TAIL, s.text().substring(cut)));
    }
    return d;
  }

  /**
   * Where the stored head of a text ends: at most {@link #HEAD_CHARS}, never inside a surrogate
   * pair.
   *
   * @param text a section's text
   * @return the length of its head
   */
  public static int headLength(String text) {
    if (text.length() <= HEAD_CHARS) {
      return text.length();
    }
    return Character.isHighSurrogate(text.charAt(HEAD_CHARS - 1)) ? HEAD_CHARS - 1 : HEAD_CHARS;
  }

  /**
   * The stored text of a section document: its head and, for a long section, its tail.
   *
   * @param d a section document read with all its stored fields
   * @return the section's whole text
   */
  public static String text(Document d) {
    String head = nz(d.get(Fields.BODY_HEAD));
    String tail = d.get(Fields.BODY_TAIL);
    return tail == null ? head : head + tail;
  }

  /**
   * How much a section kind weighs in ranking: what happened (items, press releases) ranks above
   * boilerplate (cover, signature, exhibit index) when relevance is otherwise close.
   */
  /** The largest boost {@link #kindBoost} gives: a section's score is never raised by it. */
  public static final float MAX_KIND_BOOST = 1.0f;

  static float kindBoost(Section s) {
    return switch (s.kind()) {
      case ITEM -> Items.isExhibitList(s.item()) ? 0.7f : 1.0f;
      case EXHIBIT -> s.exhibit() != null && s.exhibit().startsWith("99") ? 1.0f : 0.85f;
      case COVER -> 0.5f;
      case SIGNATURE, EXHIBIT_INDEX -> 0.3f;
    };
  }

  /** Between a company identity and a spelling in {@link Fields#COMPANY_SPELLING}. */
  public static final char SPELLING_SEPARATOR = '\u001F';

  /** The prefixes of company identities: by CIK, by ticker, by name. */
  public static final String CIK_PREFIX = "cik:";

  /** See {@link #CIK_PREFIX}. */
  public static final String TICKER_PREFIX = "ticker:";

  /** See {@link #CIK_PREFIX}. */
  public static final String NAME_PREFIX = "name:";

  /**
   * Who filed, the company facet's value: one per filer however its filings spell its name ("Aaron
   * Rents, Inc.", "Aaron's, Inc." and "AARONS, INC." of one filer are one value). The CIK where the
   * filing gives one, else the ticker its source files it under, else its name's {@link
   * CompanyNames#key key}.
   *
   * @param f a filing
   * @return the identity, or null when the filing names no company and has no CIK or ticker
   */
  public static String companyIdentity(Filing f) {
    if (f.cik() != null) {
      return CIK_PREFIX + f.cik();
    }
    if (f.ticker() != null) {
      return TICKER_PREFIX + f.ticker().toUpperCase(Locale.ROOT);
    }
    if (f.company() != null) {
      String key = CompanyNames.key(f.company());
      return key.isEmpty() ? null : NAME_PREFIX + key;
    }
    return null;
  }

  /**
   * Rebuilds a filing from the stored fields of its sections' documents.
   *
   * @param docs the documents of one filing, in any order
   * @return the filing, or null when {@code docs} is empty
   */
  public static Filing fromDocuments(List<Document> docs) {
    if (docs.isEmpty()) {
      return null;
    }
    List<Document> sorted = new ArrayList<>(docs);
    sorted.sort(
        Comparator.comparingInt(d -> d.getField(Fields.SECTION_ORDER).numericValue().intValue()));
    List<Section> sections = new ArrayList<>();
    for (Document d : sorted) {
      sections.add(section(d));
    }
    Document first = sorted.get(0);
    return new Filing(
        first.get(Fields.FILING_ID),
        first.get(Fields.SOURCE),
        format(first.get(Fields.FORMAT)),
        first.get(Fields.FORM),
        first.get(Fields.COMPANY),
        first.get(Fields.CIK),
        first.get(Fields.TICKER),
        first.get(Fields.ACCESSION),
        date(first.get(Fields.DATE_OF_REPORT)),
        date(first.get(Fields.FILED_DATE)),
        first.get(Fields.FILE_NUMBER),
        first.get(Fields.IRS_NUMBER),
        first.get(Fields.STATE),
        List.of(first.getValues(Fields.ITEMS)),
        sections);
  }

  /** A section from its stored fields. */
  public static Section section(Document d) {
    return new Section(
        d.get(Fields.SECTION_ID),
        SectionKind.fromLabel(d.get(Fields.KIND)),
        d.get(Fields.ITEM),
        d.get(Fields.ITEM_TITLE),
        d.get(Fields.EXHIBIT),
        d.get(Fields.TITLE),
        text(d),
        List.of(d.getValues(Fields.PARTNERS)),
        amounts(d),
        partnerRoles(d));
  }

  /** The stored roles of a section document's partners that are not counterparties. */
  private static Map<String, String> partnerRoles(Document d) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String v : d.getValues(Fields.PARTNER_ROLES)) {
      int tab = v.indexOf('\t');
      if (tab > 0) {
        out.put(v.substring(0, tab), v.substring(tab + 1));
      }
    }
    return out;
  }

  /** The stored amounts of a section document. */
  public static List<Amount> amounts(Document d) {
    List<Amount> out = new ArrayList<>();
    for (IndexableField f : d.getFields(Fields.AMOUNTS)) {
      String[] p = f.stringValue().split("\t", -1);
      out.add(
          new Amount(
              new BigDecimal(p[0]),
              p[1],
              p[2].isEmpty() ? null : p[2],
              p[3].isEmpty() ? null : p[3],
              Integer.parseInt(p[4]),
              Integer.parseInt(p[5]),
              p.length < 7 || !p[6].equals("0")));
    }
    return out;
  }

  private static String encode(Amount a) {
    return a.usd().toPlainString()
        + "\t"
        + a.text().replace('\t', ' ')
        + "\t"
        + nz(a.qualifier())
        + "\t"
        + nz(a.role())
        + "\t"
        + a.start()
        + "\t"
        + a.end()
        + "\t"
        + (a.salient() ? "1" : "0");
  }

  private static FilingFormat format(String label) {
    for (FilingFormat f : FilingFormat.values()) {
      if (f.label().equals(label)) {
        return f;
      }
    }
    return FilingFormat.TEXT;
  }

  private static void storeIfPresent(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
