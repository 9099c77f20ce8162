package io.filingssearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An EDGAR full-submission file, in either dialect: {@code <SEC-DOCUMENT>} with a {@code
 * <SEC-HEADER>} of "KEY: value" lines, or {@code <SUBMISSION>} with one tag per value. Reading is a
 * single forward scan with {@code indexOf}, linear in the file size however large its uuencoded
 * attachments are.
 */
final class SgmlSubmission {
  /** Document types that are never text: images, archives, XBRL and data files. */
  private static final Set<String> BINARY_TYPES =
      Set.of("GRAPHIC", "ZIP", "EXCEL", "PDF", "XML", "JSON", "XBRL", "COVER", "JPG", "GIF");

  String accession;
  String form;
  String period;
  String filedDate;
  String company;
  String cik;
  String irsNumber;
  String state;
  String fileNumber;
  final List<String> headerItems = new ArrayList<>();
  final List<Document> documents = new ArrayList<>();
  int skippedDocuments;

  /** Characters the scan for documents looked at, to show that reading stays linear. */
  long charsScanned;

  /** One {@code <DOCUMENT>} of the submission whose content is text or HTML. */
  record Document(String type, String description, String filename, String text) {}

  private static final String ACCEPTED = "<ACCEPTANCE-DATETIME>";

  /** Whether the text starts like an EDGAR submission. */
  static boolean looksLikeSgml(String text) {
    String head = text.substring(0, Math.min(text.length(), 4096));
    return head.contains("<SEC-DOCUMENT>")
        || head.contains("<SEC-HEADER>")
        || head.contains("<SUBMISSION>")
        || head.contains("<IMS-DOCUMENT>")
        || (head.contains("<DOCUMENT>") && head.contains("<TYPE>"));
  }

  static SgmlSubmission read(String text) {
    SgmlSubmission s = new SgmlSubmission();
    long scanned = 0;
    int firstDoc = text.indexOf("<DOCUMENT>");
    String header = firstDoc < 0 ? text : text.substring(0, firstDoc);
    if (header.contains("<SUBMISSION>")) {
      s.readTaggedHeader(header);
    } else {
      s.readColonHeader(header);
    }
    // A submission without a filing date still says when EDGAR accepted it.
    int accepted = header.indexOf(ACCEPTED);
    if (s.filedDate == null && accepted >= 0) {
      int from = accepted + ACCEPTED.length();
      s.filedDate = header.substring(from, Math.min(header.length(), from + 8));
    }
    // One file is one submission: a second one written after it (download tools that append
    // every copy they fetch) is a repeat, whose documents would come back as more exhibits.
    int limit = secondSubmission(text, firstDoc);
    int pos = firstDoc;
    // Each search starts where the last one ended, so the scan stays linear however many
    // documents are left unclosed: a close tag found ahead is reused until it is passed.
    int close = -2;
    while (pos >= 0) {
      if (close != -1 && close < pos) {
        close = text.indexOf("</DOCUMENT>", pos);
        scanned += (close < 0 ? text.length() : close) - pos;
      }
      int next = text.indexOf("<DOCUMENT>", pos + 10);
      if (next >= limit) {
        next = -1;
      }
      scanned += (next < 0 ? limit : next) - pos;
      int end = close;
      if (end < 0 || (next >= 0 && next < end)) {
        end = next < 0 ? limit : next;
      }
      end = Math.min(end, limit);
      s.readDocument(text, pos + "<DOCUMENT>".length(), end);
      pos = next;
    }
    s.charsScanned = scanned;
    return s;
  }

  /** Where a second submission starts after the first's documents, or the text's length. */
  private static int secondSubmission(String text, int firstDoc) {
    if (firstDoc < 0) {
      return text.length();
    }
    int limit = text.length();
    for (String opening : new String[] {"<SEC-DOCUMENT>", "<SUBMISSION>", "<IMS-DOCUMENT>"}) {
      int i = text.indexOf(opening, firstDoc);
      if (i >= 0 && i < limit) {
        limit = i;
      }
    }
    return limit;
  }

  private void readColonHeader(String header) {
    boolean inFiler = false;
    boolean filerDone = false;
    for (String line : header.split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).trim().toUpperCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (key) {
        case "ACCESSION NUMBER" -> accession = first(accession, value);
        case "CONFORMED SUBMISSION TYPE" -> form = first(form, value);
        case "CONFORMED PERIOD OF REPORT" -> period = first(period, value);
        case "FILED AS OF DATE" -> filedDate = first(filedDate, value);
        case "ITEM INFORMATION" -> {
          if (!value.isEmpty()) {
            headerItems.add(value);
          }
        }
        case "FILER", "FILED BY", "SUBJECT COMPANY" -> {
          filerDone = filerDone || inFiler;
          inFiler = true;
        }
        default -> {
          if (!filerDone) {
            switch (key) {
              case "COMPANY CONFORMED NAME" -> company = first(company, value);
              case "CENTRAL INDEX KEY" -> cik = first(cik, value);
              case "IRS NUMBER" -> irsNumber = first(irsNumber, value);
              case "STATE OF INCORPORATION" -> state = first(state, value);
              case "SEC FILE NUMBER" -> fileNumber = first(fileNumber, value);
              case "FORM TYPE" -> form = first(form, value);
              default -> {}
            }
          }
        }
      }
    }
  }

  private void readTaggedHeader(String header) {
    int filers = 0;
    for (String line : header.split("\n")) {
      String l = line.trim();
      if (!l.startsWith("<") || l.startsWith("</")) {
        continue;
      }
      int close = l.indexOf('>');
      if (close < 0) {
        continue;
      }
      String tag = l.substring(1, close).toUpperCase(Locale.ROOT);
      String value = l.substring(close + 1).trim();
      if (tag.equals("FILER") || tag.equals("SUBJECT-COMPANY") || tag.equals("FILED-BY")) {
        filers++;
      }
      if (value.isEmpty()) {
        continue;
      }
      switch (tag) {
        case "ACCESSION-NUMBER" -> accession = first(accession, value);
        case "TYPE" -> form = first(form, value);
        case "PERIOD" -> period = first(period, value);
        case "FILING-DATE" -> filedDate = first(filedDate, value);
        case "ITEMS" -> headerItems.add(value);
        default -> {
          if (filers <= 1) {
            switch (tag) {
              case "CONFORMED-NAME" -> company = first(company, value);
              case "CIK" -> cik = first(cik, value);
              case "IRS-NUMBER" -> irsNumber = first(irsNumber, value);
              case "STATE-OF-INCORPORATION" -> state = first(state, value);
              case "FILE-NUMBER" -> fileNumber = first(fileNumber, value);
              default -> {}
            }
          }
        }
      }
    }
  }

  private void readDocument(String text, int start, int end) {
    int textTag = indexOf(text, "<TEXT>", start, end);
    String meta = text.substring(start, textTag < 0 ? Math.min(end, start + 2000) : textTag);
    String type = tagValue(meta, "TYPE");
    String description = tagValue(meta, "DESCRIPTION");
    String filename = tagValue(meta, "FILENAME");
    if (textTag < 0) {
      skippedDocuments++;
      return;
    }
    int bodyStart = textTag + "<TEXT>".length();
    int bodyEnd = indexOf(text, "</TEXT>", bodyStart, end);
    if (bodyEnd < 0) {
      bodyEnd = end;
    }
    String upperType = type == null ? "" : type.toUpperCase(Locale.ROOT);
    String probe = text.substring(bodyStart, Math.min(bodyEnd, bodyStart + 600)).stripLeading();
    boolean binary =
        BINARY_TYPES.contains(upperType)
            || upperType.startsWith("EX-101")
            || probe.startsWith("begin ")
            || probe.startsWith("<PDF>")
            || probe.startsWith("%PDF")
            || (filename != null
                && filename
                    .toLowerCase(Locale.ROOT)
                    .matches(".*\\.(jpg|jpeg|gif|png|pdf|zip|xlsx|xls|json|xsd|xml)$"));
    if (binary) {
      skippedDocuments++;
      return;
    }
    String body = stripUuencoded(text.substring(bodyStart, bodyEnd));
    documents.add(new Document(upperType, description, filename, body));
  }

  /** Removes uuencoded blocks ("begin 644 name" ... "end") that some text documents embed. */
  static String stripUuencoded(String body) {
    int begin = body.indexOf("\nbegin ");
    if (begin < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int pos = 0;
    while (begin >= 0) {
      int lineEnd = body.indexOf('\n', begin + 1);
      String first = body.substring(begin + 1, lineEnd < 0 ? body.length() : lineEnd);
      if (!first.matches("begin [0-7]{3} \\S.*")) {
        begin = body.indexOf("\nbegin ", begin + 1);
        continue;
      }
      out.append(body, pos, begin + 1);
      int endMark = body.indexOf("\nend", begin + 1);
      pos = endMark < 0 ? body.length() : Math.min(body.length(), endMark + 4);
      begin = body.indexOf("\nbegin ", pos);
    }
    out.append(body, pos, body.length());
    return out.toString();
  }

  private static String tagValue(String meta, String tag) {
    int i = meta.indexOf("<" + tag + ">");
    if (i < 0) {
      return null;
    }
    int from = i + tag.length() + 2;
    int nl = meta.indexOf('\n', from);
    int lt = meta.indexOf('<', from);
    int to = nl < 0 ? meta.length() : nl;
    if (lt >= 0 && lt < to) {
      to = lt;
    }
    String v = meta.substring(from, to).trim();
    return v.isEmpty() ? null : v;
  }

  /** Where {@code what} starts between {@code from} and {@code to}, looking no further. */
  private static int indexOf(String text, String what, int from, int to) {
    return text.indexOf(what, from, Math.max(from, to));
  }

  private static String first(String current, String value) {
    return current != null || value.isEmpty() ? current : value;
  }
}
