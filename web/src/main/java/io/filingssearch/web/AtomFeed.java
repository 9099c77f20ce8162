package io.filingssearch.web;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Items;
import io.filingssearch.search.Hit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of a search's newest filings: one entry per filing with its title,
 * company, items, partners, amounts and snippet, linking to the filing in the page and on EDGAR.
 * Written with the JDK's XML writer, which escapes; characters XML cannot carry are dropped.
 * Stateless and thread-safe.
 */
final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /**
   * One entry: the filing as indexed and the hit that matched it (its best section).
   *
   * @param filing the whole filing
   * @param hit the matching section, for the snippet
   */
  record Entry(Filing filing, Hit hit) {
    Entry {
      Objects.requireNonNull(filing, "filing");
      Objects.requireNonNull(hit, "hit");
    }
  }

  /**
   * Where the feed and the page live, for its links.
   *
   * @param self the feed's own address, as requested
   * @param page the search page's address (the directory the page is served from, ending in /)
   * @param searchQuery the search's query string for the page, encoded, without '?' (may be empty)
   * @param query the query text, to mark in the filing view (may be empty)
   * @param searchId what identifies the search, however its URL is written (a hash of it)
   */
  record Links(String self, String page, String searchQuery, String query, String searchId) {}

  private AtomFeed() {}

  /**
   * The feed document.
   *
   * @param title what the feed is about (the search, in words)
   * @param updated when the feed last changed
   * @param links its addresses
   * @param entries the filings, newest first
   * @return the UTF-8 bytes of the document
   */
  static byte[] write(String title, Instant updated, Links links, List<Entry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter x =
          XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      text(x, "id", "urn:filings-search:search:" + links.searchId());
      text(x, "title", title);
      text(x, "updated", updated.toString());
      link(x, "self", "application/atom+xml", links.self(), null);
      link(
          x,
          "alternate",
          "text/html",
          links.page() + (links.searchQuery().isEmpty() ? "" : "?" + links.searchQuery()),
          null);
      x.writeStartElement("author");
      text(x, "name", "filings-search");
      x.writeEndElement();
      text(x, "generator", "filings-search");
      for (Entry e : entries) {
        entry(x, e, links, updated);
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
    return bytes.toByteArray();
  }

  private static void entry(XMLStreamWriter x, Entry e, Links links, Instant fallback)
      throws XMLStreamException {
    Filing f = e.filing();
    x.writeStartElement("entry");
    text(x, "id", "urn:filings-search:filing:" + f.id());
    text(x, "title", entryTitle(f));
    // When the entry appeared in the search: a feed reader shows late arrivals as new.
    Instant since = e.hit().searchableSince();
    text(x, "updated", (since != null ? since : when(f, fallback)).toString());
    LocalDate filed = f.filedDate();
    if (filed != null) {
      text(x, "published", filed.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    }
    if (f.company() != null) {
      x.writeStartElement("author");
      text(x, "name", f.company());
      x.writeEndElement();
    }
    String view =
        links.page()
            + "?"
            + (links.query().isEmpty() ? "" : "q=" + Urls.encode(links.query()) + "&")
            + "filing="
            + Urls.encode(f.id())
            + (e.hit().sectionId() == null ? "" : "&section=" + Urls.encode(e.hit().sectionId()));
    link(x, "alternate", "text/html", view, null);
    if (f.edgarUrl() != null) {
      link(x, "related", "text/html", f.edgarUrl(), "The filing on SEC EDGAR");
    }
    for (String item : f.items()) {
      x.writeStartElement("category");
      x.writeAttribute("term", clean(item));
      x.writeAttribute("label", clean(itemLabel(item)));
      x.writeEndElement();
    }
    x.writeStartElement("summary");
    x.writeAttribute("type", "text");
    x.writeCharacters(clean(ExportWriter.plainText(firstSnippet(e.hit()))));
    x.writeEndElement();
    x.writeStartElement("content");
    x.writeAttribute("type", "html");
    x.writeCharacters(clean(contentHtml(f, e.hit(), view)));
    x.writeEndElement();
    x.writeEndElement();
  }

  /** "Company — 8-K, 2005-05-03: Item 1.01 Entry into a Material Definitive Agreement; ..." */
  static String entryTitle(Filing f) {
    StringBuilder b = new StringBuilder();
    b.append(f.company() == null ? "Unnamed company" : f.company());
    b.append(" — ").append(f.form() == null ? "8-K" : f.form());
    if (f.dateOfReport() != null) {
      b.append(", ").append(f.dateOfReport());
    }
    if (!f.items().isEmpty()) {
      b.append(": ")
          .append(String.join("; ", f.items().stream().map(AtomFeed::itemLabel).toList()));
    }
    return b.toString();
  }

  private static String itemLabel(String item) {
    return "Item " + item + Items.title(item).map(t -> " " + t).orElse("");
  }

  /** When an entry last changed: the day it was filed, else its date of report. */
  static Instant when(Filing f, Instant fallback) {
    LocalDate d = f.filedDate() != null ? f.filedDate() : f.dateOfReport();
    return d == null ? fallback : d.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String firstSnippet(Hit h) {
    return h.snippets().isEmpty() ? "" : h.snippets().get(0);
  }

  /** The entry's body as HTML: every value escaped; the snippet is HTML-safe already. */
  private static String contentHtml(Filing f, Hit h, String view) {
    StringBuilder b = new StringBuilder();
    b.append("<p><b>").append(escape(f.company() == null ? "Unnamed company" : f.company()));
    b.append("</b> · Form ").append(escape(f.form() == null ? "8-K" : f.form()));
    if (f.dateOfReport() != null) {
      b.append(" · date of report ").append(f.dateOfReport());
    }
    if (f.filedDate() != null) {
      b.append(" · filed ").append(f.filedDate());
    }
    b.append("</p>");
    if (!f.items().isEmpty()) {
      b.append("<p>Items: ");
      b.append(escape(String.join("; ", f.items().stream().map(AtomFeed::itemLabel).toList())));
      b.append("</p>");
    }
    if (!f.partners().isEmpty()) {
      b.append("<p>Partners: ").append(escape(String.join(", ", f.partners()))).append("</p>");
    }
    if (!f.amounts().isEmpty()) {
      List<String> amounts = new ArrayList<>();
      for (Amount a : f.amounts()) {
        amounts.add((a.qualifier() == null ? "" : a.qualifier() + " ") + a.text());
      }
      b.append("<p>Amounts: ").append(escape(String.join(", ", amounts))).append("</p>");
    }
    String snippet = firstSnippet(h);
    if (!snippet.isBlank()) {
      b.append("<blockquote>").append(snippet).append("</blockquote>");
    }
    b.append("<p><a href=\"").append(escape(view)).append("\">Read the filing</a>");
    if (f.edgarUrl() != null) {
      b.append(" · <a href=\"").append(escape(f.edgarUrl())).append("\">On EDGAR</a>");
    }
    b.append("</p>");
    return b.toString();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(clean(value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href, String title)
      throws XMLStreamException {
    x.writeStartElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", clean(href));
    if (title != null) {
      x.writeAttribute("title", title);
    }
    x.writeEndElement();
  }

  /** The text without the characters XML 1.0 cannot carry (control characters from old files). */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean ok =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (ok) {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#x27;");
  }
}
