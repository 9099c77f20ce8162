package io.filingssearch.cli;

import io.filingssearch.filing.Amount;
import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.FacetValue;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.Hit;
import io.filingssearch.search.SearchEngine;
import io.filingssearch.search.SearchRequest;
import io.filingssearch.search.SearchResults;
import io.filingssearch.search.SortOrder;
import io.filingssearch.web.ExportFormat;
import io.filingssearch.web.ExportWriter;
import io.filingssearch.web.JsonViews;
import io.filingssearch.web.SearchService;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code filings search}: ranked, highlighted results with facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index. Query language: words, \"phrases\", AND/OR/NOT, -word, prefix*,",
      "item:1.01, partner:acme, company:widgetco, form:8-K/A, amount:>=10M, date:1999..2001.",
      "--json prints exactly what GET /api/search returns; --export FILE or --format writes",
      "every matching section (or filing, with --group) as GET /api/export does."
    })
final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The query (blank: everything).")
  String query = "";

  @Mixin SolrOptions solr = new SolrOptions();

  @Option(names = "--item", description = "Item number filter (repeatable), e.g. 1.01.")
  List<String> items;

  @Option(names = "--partner", description = "Partner filter (repeatable), e.g. Acme.")
  List<String> partners;

  @Option(names = "--company", description = "Company filter (repeatable).")
  List<String> companies;

  @Option(names = "--form", description = "Form filter (repeatable), e.g. 8-K/A.")
  List<String> forms;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDateConverter.class,
      description = "Earliest date (of report, else filed).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDateConverter.class,
      description = "Latest date (of report, else filed).")
  LocalDate to;

  @Option(names = "--min-amount", paramLabel = "USD", description = "Smallest amount, e.g. 10M.")
  String minAmount;

  @Option(names = "--max-amount", paramLabel = "USD", description = "Largest amount, e.g. 1B.")
  String maxAmount;

  @Option(
      names = "--sort",
      description = "relevance (default), date, amount or filed (newest filing date first).")
  String sort = "relevance";

  @Option(names = "--size", description = "Hits to show (1-100, default 10).")
  int size = 10;

  @Option(names = "--page", description = "Page of hits (default 1).")
  int page = 1;

  @Option(names = "--group", description = "One hit per filing.")
  boolean group;

  @Option(
      names = "--exact",
      description = {
        "Count every match: a search matching a large share of the index otherwise estimates its"
            + " total and facet counts from a sample (and says 'about')."
      })
  boolean exact;

  @Mixin IndexOption indexOption = new IndexOption();

  @Option(names = "--json", description = "Print the JSON of GET /api/search.")
  boolean json;

  @Option(
      names = "--export",
      paramLabel = "FILE",
      description =
          "Write every matching section (--group: filing) to FILE, as GET /api/export does;"
              + " the format from its name (.csv, .json, .jsonl) unless --format says.")
  Path export;

  @Option(
      names = "--format",
      paramLabel = "csv|json|jsonl",
      description = "Export every matching section in this format to standard output.")
  String format;

  @Option(
      names = "--export-limit",
      paramLabel = "N",
      description =
          "The most rows an export may hold (default 100000); a larger search is refused.")
  long exportLimit = ExportWriter.DEFAULT_LIMIT;

  @Override
  public Integer call() throws IOException {
    try {
      SearchRequest request =
          SearchRequest.builder()
              .query(query)
              .items(items)
              .partners(partners)
              .companies(companies)
              .forms(forms)
              .from(from)
              .to(to)
              .minAmount(
                  minAmount == null ? null : SearchRequest.parseAmount("--min-amount", minAmount))
              .maxAmount(
                  maxAmount == null ? null : SearchRequest.parseAmount("--max-amount", maxAmount))
              .sort(SortOrder.parse(sort))
              .size(size)
              .page(page)
              .groupByFiling(group)
              .exactCounts(exact)
              .build();
      return export != null || format != null ? export(request) : printPage(request);
    } catch (NoSuchFileException e) {
      System.err.println("error: no index at " + indexOption.index + " (run: ./filings index)");
      return 2;
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
  }

  /** Prints a page of results, as text or JSON. */
  private int printPage(SearchRequest request) throws IOException {
    try (SearchEngine searcher =
        solr.enabled() ? solr.searcher() : FilingSearcher.open(indexOption.index)) {
      SearchResults r = searcher.search(request);
      if (json) {
        System.out.println(JsonViews.MAPPER.writeValueAsString(JsonViews.results(r)));
      } else {
        print(System.out, r, System.console() != null);
      }
      return 0;
    }
  }

  /**
   * Writes every row of the search to the file or standard output; exit 2 when refused.
   *
   * @throws NoSuchFileException when there is no index
   */
  private int export(SearchRequest request) throws IOException {
    ExportFormat f;
    try {
      f = format != null ? ExportFormat.parse(format) : ExportFormat.ofFileName(export.toString());
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage().replace("format must", "--format must"));
      return 2;
    }
    if (exportLimit < 1) {
      System.err.println("error: --export-limit must be 1 or more, not " + exportLimit);
      return 2;
    }
    try (SearchEngine searcher =
        solr.enabled() ? solr.searcher() : FilingSearcher.open(indexOption.index, 0)) {
      SearchService service = new SearchService(searcher, exportLimit);
      service.exportRows(request);
      long rows;
      if (export == null) {
        ExportWriter w = ExportWriter.open(f, System.out);
        rows = service.export(request, w);
        w.close();
        System.out.flush();
      } else {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(export));
            ExportWriter w = ExportWriter.open(f, out)) {
          rows = service.export(request, w);
        }
        System.err.printf("exported %,d rows to %s%n", rows, export);
      }
      return 0;
    }
  }

  private static void print(PrintStream out, SearchResults r, boolean ansi) {
    out.printf(
        "%s%d %s for \"%s\" (%d ms)%n",
        r.approximate() ? "about " : r.totalExact() ? "" : "at least ",
        r.total(),
        r.total() == 1 ? "section" : "sections",
        r.query(),
        r.tookMs());
    if (r.message() != null) {
      out.println("note: " + r.message());
    }
    if (r.suggestion() != null) {
      out.println("did you mean: " + r.suggestion());
    }
    int n = 0;
    for (Hit h : r.hits()) {
      n++;
      out.println();
      String where =
          h.item() != null
              ? "Item " + h.item()
              : h.exhibit() != null ? "Exhibit " + h.exhibit() : h.kind();
      out.printf(
          "%2d. %s  |  %s  |  %s  |  %s%n",
          n,
          h.company() == null ? "(company unknown)" : h.company(),
          h.date() == null ? "(date unknown)" : h.date() + " (" + h.dateKind().label() + ")",
          where,
          ParseCommand.abbreviate(h.title(), 70));
      for (String s : h.snippets()) {
        out.println("    " + terminalSnippet(s, ansi));
      }
      if (!h.partners().isEmpty()) {
        out.println("    partners: " + String.join(", ", h.partners()));
      }
      if (!h.amounts().isEmpty()) {
        out.println(
            "    amounts:  " + String.join(", ", h.amounts().stream().map(Amount::text).toList()));
      }
      out.printf("    id: %s / %s   score %.2f%n", h.filingId(), h.sectionId(), h.score());
      if (h.edgarUrl() != null) {
        out.println("    edgar: " + h.edgarUrl());
      }
    }
    out.println();
    for (Map.Entry<FacetDimension, List<FacetValue>> e : r.facets().entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (FacetValue v : e.getValue().subList(0, Math.min(8, e.getValue().size()))) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(v.value()).append(" (").append(v.count()).append(')');
      }
      out.printf("%-8s %s%n", e.getKey().key() + ":", b);
    }
  }

  /** Turns a snippet's {@code <mark>} into bold on a terminal and unescapes the rest. */
  static String terminalSnippet(String html, boolean ansi) {
    return ExportWriter.plainText(
        html.replace("<mark>", ansi ? "\u001b[1m" : "[")
            .replace("</mark>", ansi ? "\u001b[0m" : "]"));
  }
}
