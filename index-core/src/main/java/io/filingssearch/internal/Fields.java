package io.filingssearch.internal;

/**
 * The names of every field in the index, in one place. One Lucene document is one section; it
 * carries its filing's metadata so that a hit can be shown and filtered without a join.
 */
public final class Fields {
  private Fields() {}

  /** Filing id (accession number or content hash): keyword, stored, sorted doc values. */
  public static final String FILING_ID = "filing_id";

  /** Section id within the filing, such as {@code item-1.01}: stored. */
  public static final String SECTION_ID = "section_id";

  /** Position of the section in its filing: stored. */
  public static final String SECTION_ORDER = "section_order";

  /** The file a filing was read from: keyword, stored; replaced as a unit on reindex. */
  public static final String SOURCE = "source";

  /** SHA-256 of the file's content: stored, so unchanged files are skipped. */
  public static final String SOURCE_HASH = "source_hash";

  /** Section kind label: stored. */
  public static final String KIND = "kind";

  /** Ranking weight of the section kind (items and press releases above signatures). */
  public static final String KIND_BOOST = "kind_boost";

  /**
   * Section text, English-stemmed, with offsets in the postings for highlighting; not stored (see
   * {@link #BODY_HEAD}).
   */
  public static final String BODY = "body";

  /**
   * Stored: the first {@link DocumentMapper#HEAD_CHARS} characters of the section text, what a hit
   * shows and highlights. Stored after every other field, so that reading a hit's metadata never
   * decompresses the text.
   */
  public static final String BODY_HEAD = "body_head";

  /** Stored, last: the rest of a long section's text, read only to show the whole filing. */
  public static final String BODY_TAIL = "body_tail";

  /**
   * Section text, unstemmed, so exact words score higher: documents and frequencies only (no
   * positions), so never the field of a phrase.
   */
  public static final String BODY_EXACT = "body_exact";

  /**
   * Pairs of stemmed body words one or two positions apart ({@link PhrasePairs}): documents only,
   * so that a phrase reads positions only in the sections that hold all of its pairs.
   */
  public static final String BODY_PAIRS = "body_pairs";

  /** Section heading or headline, English-stemmed, stored. */
  public static final String TITLE = "title";

  /** Item number, exhibit number and official item title: stored. */
  public static final String ITEM = "item";

  /** The item's official title: stored. */
  public static final String ITEM_TITLE = "item_title";

  /** The exhibit number: stored. */
  public static final String EXHIBIT = "exhibit";

  /** Partner names, analyzed, for {@code partner:genentech} in the query language. */
  public static final String PARTNER_TEXT = "partner_text";

  /** Company name, analyzed, for {@code company:immunogen} in the query language. */
  public static final String COMPANY_TEXT = "company_text";

  /** Dollar amounts in whole dollars: points and sorted-numeric doc values, multi-valued. */
  public static final String AMOUNT = "amount";

  /**
   * The filing's best date (date of report, else filed) as epoch day: point and doc values, for
   * date filters and date sort.
   */
  public static final String DATE = "date";

  /** Facet and filter fields: keyword terms plus sorted-set doc values. */
  public static final String FACET_ITEM = "f_item";

  /** Partner facet (canonical names). */
  public static final String FACET_PARTNER = "f_partner";

  /**
   * Company facet: who filed, one value per filer however its filings spell its name: {@code
   * cik:855654}, else {@code ticker:AAN}, else {@code name:} and the name's key (see {@link
   * DocumentMapper#companyIdentity}).
   */
  public static final String FACET_COMPANY = "f_company";

  /**
   * The company facet value and the filing's spelling of the name, {@code cik:855654} U+001F {@code
   * ImmunoGen}: sorted-set doc values, from which a facet value's label (the spelling most of the
   * filer's filings use) and the values a company filter means are read.
   */
  public static final String COMPANY_SPELLING = "company_spelling";

  /** Partner name keys ({@link CompanyNames#key}), keyword: what a partner filter matches. */
  public static final String PARTNER_KEY = "partner_key";

  /** Form facet. */
  public static final String FACET_FORM = "f_form";

  /** Year facet: the year of the filing's best date (of report, else filed). */
  public static final String FACET_YEAR = "f_year";

  /** Stored filing metadata. */
  public static final String COMPANY = "company";

  /** Stored filing metadata. */
  public static final String CIK = "cik";

  /** Stored filing metadata. */
  public static final String TICKER = "ticker";

  /** Stored filing metadata. */
  public static final String FORM = "form";

  /** Stored filing metadata. */
  public static final String ACCESSION = "accession";

  /** Stored filing metadata (ISO date). */
  public static final String DATE_OF_REPORT = "date_of_report";

  /** Stored filing metadata (ISO date). */
  public static final String FILED_DATE = "filed_date";

  /**
   * The day the filing was filed (epoch day), else its best date ({@link #DATE}) when the filing
   * does not say: numeric doc values, what the newest-filed order (a feed's) sorts by.
   */
  public static final String FILED_DAY = "filed_day";

  /** Stored filing metadata. */
  public static final String FILE_NUMBER = "file_number";

  /** Stored filing metadata. */
  public static final String IRS_NUMBER = "irs_number";

  /** Stored filing metadata. */
  public static final String STATE = "state";

  /** Stored filing metadata: the filing's items, multi-valued. */
  public static final String ITEMS = "items";

  /** Stored filing metadata. */
  public static final String FORMAT = "format";

  /** Stored partner names of the section, multi-valued. */
  public static final String PARTNERS = "partners";

  /** Stored: "name TAB role" for each partner that is not a counterparty (advisor, auditor...). */
  public static final String PARTNER_ROLES = "partner_roles";

  /**
   * Stored amounts of the section, multi-valued, tab-separated (usd, text, qualifier, role, start,
   * end).
   */
  public static final String AMOUNTS = "amounts";

  /** Title as sorted doc values, for autocomplete. */
  public static final String TITLE_DV = "title_dv";

  /**
   * When the filing became searchable (epoch milliseconds): the time its run wrote it, kept when
   * the filing is rewritten (a changed file, a full rebuild). Stored and numeric doc values.
   */
  public static final String SEARCHABLE_SINCE = "searchable_since";

  /** Commit user-data key: when the index was last written (ISO instant). */
  public static final String COMMIT_INDEXED_AT = "indexed_at";

  /**
   * Commit user-data key: present when every section of the index has its {@link #BODY_PAIRS} (see
   * {@link PhrasePairs#indexed}).
   */
  public static final String COMMIT_PHRASE_PAIRS = "phrase_pairs";
}
