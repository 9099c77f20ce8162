package io.filingssearch.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML or inline-XBRL document into text: one line per paragraph or table row (cells
 * joined with {@code " | "}), blank lines between blocks. Hidden content (the iXBRL header, {@code
 * display:none}), scripts and styles are dropped.
 */
final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "table",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "center",
          "blockquote",
          "pre",
          "section",
          "article",
          "hr",
          "body",
          "dl",
          "dt",
          "dd",
          "title");

  private static final Pattern HTML_TAG =
      Pattern.compile("<(?:p|div|td|font|br|span|b|i|tr)[\\s>/]");

  private HtmlText() {}

  /** Whether text looks like an HTML document rather than plain text. */
  static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 8192)).toLowerCase(Locale.ROOT);
    if (head.contains("<html") || head.contains("<body") || head.contains("<!doctype html")) {
      return true;
    }
    // Old EDGAR text documents carry <PAGE>, <TABLE>, <S> and <C> tags: they are not HTML.
    Matcher m = HTML_TAG.matcher(head);
    int tags = 0;
    while (tags < 5 && m.find()) {
      tags++;
    }
    return tags >= 5;
  }

  /**
   * The text of an HTML document and its inline-XBRL cover facts.
   *
   * @param text one line per paragraph or table row, blank lines between blocks
   * @param dei the document and entity information facts ({@code dei:EntityRegistrantName} ...), by
   *     local name ({@code EntityRegistrantName}); the first value of each wins
   * @param preformatted whether the document is plain text inside {@code <pre>}: the text is then
   *     the text's own lines, wrapped as the filer typed them
   */
  record Result(String text, Map<String, String> dei, boolean preformatted) {}

  // A document whose <pre> blocks hold this share of its text is plain text in an HTML wrapper.
  private static final double PREFORMATTED_SHARE = 0.8;

  /** Converts an HTML document. */
  static Result convert(String html) {
    Document doc = Jsoup.parse(html);
    Map<String, String> dei = new HashMap<>();
    for (Element e : doc.getElementsByAttributeValueStarting("name", "dei:")) {
      String name = e.attr("name").substring(4);
      String value = TextCleaner.collapse(e.text());
      if (!value.isEmpty()) {
        dei.putIfAbsent(name, value);
      }
    }
    doc.select("script, style, head, ix\\:header, [style~=(?i)display:\\s*none]").remove();
    Element root = doc.body() == null ? doc : doc.body();
    String pre = preformatted(root);
    if (pre != null) {
      return new Result(pre, Map.copyOf(dei), true);
    }
    StringBuilder out = new StringBuilder(html.length() / 4);
    NodeTraversor.traverse(new Visitor(out), root);
    return new Result(out.toString(), Map.copyOf(dei), false);
  }

  /** The text of the {@code <pre>} blocks, when they hold nearly all of the document's text. */
  private static String preformatted(Element root) {
    Elements blocks = root.select("pre");
    if (blocks.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Element b : blocks) {
      if (b.parents().stream().noneMatch(p -> p.normalName().equals("pre"))) {
        text.append(b.wholeText().replace('\u00a0', ' ')).append("\n\n");
      }
    }
    int all = TextCleaner.collapse(root.text()).length(); // text() keeps the spaces of <pre>
    int inPre = TextCleaner.collapse(text.toString()).length();
    return all > 0 && inPre >= PREFORMATTED_SHARE * all ? text.toString() : null;
  }

  private static final class Visitor implements NodeVisitor {
    private final StringBuilder out;
    private boolean cellOpen;
    private int cellDepth;
    // The cell depth outside each open table, innermost last.
    private final java.util.ArrayDeque<Integer> outerCells = new java.util.ArrayDeque<>();

    Visitor(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText().replace('\u00a0', ' ');
        if (!s.isBlank()) {
          if (cellOpen) {
            trimLine();
            if (!atLineStart()) {
              out.append(" | ");
            }
            cellOpen = false;
          }
          appendText(s);
        } else if (!atLineStart() && !endsWithSpace()) {
          out.append(' ');
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "br" -> {
            if (cellDepth > 0) {
              blockBoundary(); // in a cell a space: "Revenue<br>$M" is one header
            } else {
              newline();
            }
          }
          case "tr" -> newline();
          case "td", "th" -> {
            cellOpen = !atLineStart();
            cellDepth++;
          }
          case "table" -> {
            outerCells.push(cellDepth);
            blockBoundary();
          }
          default -> {
            if (BLOCKS.contains(tag)) {
              blockBoundary();
            }
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("tr")) {
          newline();
        } else if (tag.equals("td") || tag.equals("th")) {
          cellDepth = Math.max(0, cellDepth - 1);
        } else if (tag.equals("table")) {
          // A table nested in a cell closes into its outer cell.
          cellDepth = outerCells.isEmpty() ? 0 : outerCells.pop();
          if (cellDepth == 0) {
            paragraph();
          } else {
            blockBoundary();
          }
        } else if (BLOCKS.contains(tag)) {
          blockBoundary();
        }
      }
    }

    /** Inside a table cell a block is a space, so that a row stays one line. */
    private void blockBoundary() {
      if (cellDepth > 0) {
        if (!atLineStart() && !endsWithSpace()) {
          out.append(' ');
        }
      } else {
        paragraph();
      }
    }

    private void appendText(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          if (!atLineStart() && !endsWithSpace()) {
            out.append(' ');
          }
        } else {
          out.append(c);
        }
      }
    }

    private boolean atLineStart() {
      return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private boolean endsWithSpace() {
      return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    }

    private void trimLine() {
      while (endsWithSpace()) {
        out.setLength(out.length() - 1);
      }
    }

    private void newline() {
      trimLine();
      cellOpen = false;
      if (!atLineStart()) {
        out.append('\n');
      }
    }

    private void paragraph() {
      newline();
      if (out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
        out.append('\n');
      }
    }
  }
}
