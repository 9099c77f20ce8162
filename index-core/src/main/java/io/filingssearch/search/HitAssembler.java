package io.filingssearch.search;

import io.filingssearch.internal.DocumentMapper;
import io.filingssearch.internal.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a page of matching documents into {@link Hit}s: reads what each shows and highlights the
 * passages that match. Stateless.
 */
final class HitAssembler {
  /** Stored fields a hit shows; the text (stored last) is read only as far as its head. */
  static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.FILING_ID,
          Fields.SECTION_ID,
          Fields.KIND,
          Fields.ITEM,
          Fields.ITEM_TITLE,
          Fields.EXHIBIT,
          Fields.TITLE,
          Fields.COMPANY,
          Fields.FORM,
          Fields.DATE_OF_REPORT,
          Fields.FILED_DATE,
          Fields.CIK,
          Fields.TICKER,
          Fields.ACCESSION,
          Fields.PARTNERS,
          Fields.AMOUNTS,
          Fields.SEARCHABLE_SINCE);

  /** Passages of about this many characters, cut at spaces. */
  private static final int PASSAGE_CHARS = 160;

  /** The passages a hit shows at most. */
  private static final int PASSAGES = 2;

  /** How much of the text a hit without a passage shows. */
  private static final int LEAD_CHARS = 240;

  private HitAssembler() {}

  /**
   * The hits of a page.
   *
   * @param text the free-text query whose matches are highlighted, or null
   * @param companies how the index shows each filer, for a filing that names no company itself
   */
  static List<Hit> hits(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query text,
      List<ScoreDoc> page,
      CompanyTable companies)
      throws IOException {
    if (page.isEmpty()) {
      return List.of();
    }
    // One read per hit, stopping before the tail of the text: what the hit shows and the head
    // of its text, which the highlighter then uses instead of reading the document again.
    StoredFields stored = searcher.storedFields();
    List<HitFields> read = new ArrayList<>();
    Map<Integer, String> heads = new HashMap<>();
    for (ScoreDoc sd : page) {
      HitFields f = new HitFields();
      stored.document(sd.doc, f);
      read.add(f);
      heads.put(sd.doc, f.head);
    }
    // A search that has used up its time budget shows the heads of its hits, unhighlighted: the
    // highlighter, which re-reads each head, would add to a search already too long.
    boolean outOfTime = searcher.getTimeout() != null && searcher.getTimeout().shouldExit();
    String[] snippets =
        text == null || outOfTime ? null : highlight(searcher, analyzer, text, page, heads);
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      String snippet = snippets == null ? null : snippets[i];
      out.add(
          hit(read.get(i).getDocument(), page.get(i).score, snippet, read.get(i).head, companies));
    }
    return out;
  }

  /**
   * A hit from the stored fields of its section.
   *
   * @param d the fields {@link #HIT_FIELDS} names
   * @param score its score
   * @param snippet its highlighted passages, or null when none matched
   * @param head the head of its text, shown when no passage matched
   * @param companies how the index shows each filer
   */
  static Hit hit(Document d, float score, String snippet, String head, CompanyTable companies) {
    snippet = snippet == null ? lead(head) : snippet.replace('\n', ' ').trim();
    String date = d.get(Fields.DATE_OF_REPORT);
    String filed = d.get(Fields.FILED_DATE);
    Number since =
        d.getField(Fields.SEARCHABLE_SINCE) == null
            ? null
            : d.getField(Fields.SEARCHABLE_SINCE).numericValue();
    return new Hit(
        d.get(Fields.FILING_ID),
        d.get(Fields.SECTION_ID),
        d.get(Fields.KIND),
        d.get(Fields.ITEM),
        d.get(Fields.ITEM_TITLE),
        d.get(Fields.EXHIBIT),
        d.get(Fields.TITLE),
        company(d, companies),
        d.get(Fields.FORM),
        date == null ? null : LocalDate.parse(date),
        filed == null ? null : LocalDate.parse(filed),
        Float.isNaN(score) ? 0f : score,
        List.of(snippet),
        List.of(d.getValues(Fields.PARTNERS)),
        DocumentMapper.amounts(d),
        d.get(Fields.CIK),
        d.get(Fields.ACCESSION),
        since == null ? null : Instant.ofEpochMilli(since.longValue()));
  }

  /** How every snippet is cut and marked: the same for the embedded index and for Solr. */
  private static UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder b) {
    return b.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(DocumentMapper.HEAD_CHARS)
        .withWeightMatches(false)
        .withPassageRelevancyOverSpeed(false)
        .withMaxNoHighlightPassages(0)
        .withScorer(new PassageScores())
        // Passages cut at spaces. The default (sentences) searched backwards through
        // whole tables for a sentence start: half of a search's time on the real corpus,
        // where financial statements have none.
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.5f));
  }

  /**
   * The passages of a text that match a query, highlighted by analyzing the text (not from an
   * index's postings): for an engine whose index is elsewhere.
   *
   * @return the passages, or null when none matched
   */
  static String snippet(Analyzer analyzer, Query text, String head) throws IOException {
    if (text == null || head == null || head.isEmpty()) {
      return null;
    }
    UnifiedHighlighter uh = configure(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
    Object s = uh.highlightWithoutSearcher(Fields.BODY, text, head, PASSAGES);
    return s == null ? null : s.toString();
  }

  private static String[] highlight(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query text,
      List<ScoreDoc> page,
      Map<Integer, String> heads)
      throws IOException {
    UnifiedHighlighter uh =
        new HeadHighlighter(configure(UnifiedHighlighter.builder(searcher, analyzer)), heads);
    TopDocs td =
        new TopDocs(
            new TotalHits(page.size(), TotalHits.Relation.EQUAL_TO), page.toArray(new ScoreDoc[0]));
    return uh.highlight(
        Fields.BODY, forHighlighting(text, searcher.getIndexReader()), td, PASSAGES);
  }

  /** The most words of the index one prefix or wildcard is highlighted by ({@link #expanded}). */
  static final int MAX_EXPANSIONS = 256;

  /**
   * The query as the highlighter is given it. Its phrases plain: the highlighter marks a phrase's
   * words only where they make the phrase, which it knows of phrases, not of phrases narrowed by
   * their pairs. Each prefix, wildcard or fuzzy word on the body the words of the index it matches
   * ({@link #expanded}): given one, the highlighter would find its passages by analysing every
   * hit's text again rather than from the postings' offsets (at 1M sections, {@code acqui*} spent
   * 3.7 ms of its 6.5 there).
   */
  static Query forHighlighting(Query text, IndexReader reader) throws IOException {
    try {
      return PairedPhraseQuery.map(
          PairedPhraseQuery.plain(text),
          q ->
              q instanceof MultiTermQuery m && m.getField().equals(Fields.BODY)
                  ? expanded(m, reader)
                  : q,
          true);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The words of the index a multi-term query matches, as a query matching any of them; the query
   * itself when they are more than {@link #MAX_EXPANSIONS}.
   */
  private static Query expanded(MultiTermQuery m, IndexReader reader) {
    Set<BytesRef> words = new TreeSet<>();
    try {
      for (LeafReaderContext ctx : reader.leaves()) {
        TermsEnum te = m.getTermsEnum(Terms.getTerms(ctx.reader(), m.getField()));
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          if (words.add(BytesRef.deepCopyOf(t)) && words.size() > MAX_EXPANSIONS) {
            return m;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (BytesRef w : words) {
      any.add(new TermQuery(new Term(m.getField(), w)), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Reads what a hit shows and the head of its text (at most {@link DocumentMapper#HEAD_CHARS}
   * characters), then stops: the rest of the text is stored last and never decompressed here.
   */
  private static final class HitFields extends DocumentStoredFieldVisitor {
    String head = "";

    HitFields() {
      super(HIT_FIELDS);
    }

    @Override
    public Status needsField(FieldInfo fi) throws IOException {
      return switch (fi.name) {
        case Fields.BODY_TAIL -> Status.STOP;
        case Fields.BODY_HEAD -> Status.YES;
        default -> super.needsField(fi);
      };
    }

    @Override
    public void stringField(FieldInfo fi, String value) throws IOException {
      if (fi.name.equals(Fields.BODY_HEAD)) {
        head = value;
      } else {
        super.stringField(fi, value);
      }
    }
  }

  /**
   * Highlights the body from the heads already read for the hits: the postings' offsets point into
   * the whole text, whose first {@link DocumentMapper#HEAD_CHARS} characters are the head.
   */
  private static final class HeadHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> heads;

    HeadHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> heads) {
      super(builder);
      this.heads = heads;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          // Only the hits of the page are highlighted, and their heads were all read.
          values[f] = fields[f].equals(Fields.BODY) ? heads.getOrDefault(doc, "") : "";
        }
        out.add(values);
      }
      return out;
    }

    /**
     * The field as the first segment holding it writes it: every segment writes a field alike, and
     * Lucene's own lookup merges the field infos of every segment for each search (a seventh of the
     * time of a page's hits at 1M sections).
     */
    @Override
    protected FieldInfo getFieldInfo(String field) {
      for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
        FieldInfo fi = ctx.reader().getFieldInfos().fieldInfo(field);
        if (fi != null) {
          return fi;
        }
      }
      return null;
    }
  }

  /** The opening of a text, HTML-escaped: what a hit without a passage shows. */
  private static String lead(String body) {
    if (body == null) {
      return "";
    }
    String t = body.length() > LEAD_CHARS ? body.substring(0, LEAD_CHARS) + "…" : body;
    return escape(t.replace('\n', ' '));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The company a hit shows: the name its filing writes, else (the filing names none, but its CIK
   * or ticker says who filed it) the filer's name as the company facet shows it.
   */
  private static String company(Document d, CompanyTable companies) {
    String written = d.get(Fields.COMPANY);
    return written != null ? written : companies.filerName(d.get(Fields.CIK), d.get(Fields.TICKER));
  }
}
