package io.filingssearch.web;

import io.filingssearch.filing.Items;
import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.SearchRequest;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Translates the JSON API's HTTP requests into calls on the {@link SearchService}. */
final class ApiController {
  private static final Logger LOG = LoggerFactory.getLogger(ApiController.class);

  /**
   * The answer of {@code /api/facets}: the facet dimensions in display order, every official item
   * with its title, so that the page keeps no copy of either, and the most rows an export holds, so
   * that the page can say a search is too big to download before anyone clicks. Fixed for the life
   * of the server.
   *
   * @param dimensions the facet dimensions in display order
   * @param items the official 8-K items
   * @param exportLimit the most rows {@code GET /api/export} gives
   */
  record Facets(List<Dimension> dimensions, List<Item> items, long exportLimit) {
    /** The catalog of this build's dimensions and items, with the server's export limit. */
    static Facets of(long exportLimit) {
      return new Facets(
          Arrays.stream(FacetDimension.values())
              .map(d -> new Dimension(d.key(), d.label(), d.limit()))
              .toList(),
          Items.numbers().stream().map(n -> new Item(n, Items.title(n).orElseThrow())).toList(),
          exportLimit);
    }
  }

  /** A facet dimension as the page needs it: its parameter name, label and display limit. */
  record Dimension(String name, String label, int limit) {}

  /** An official 8-K item: its number and title. */
  record Item(String code, String title) {}

  private final SearchService service;
  private final SearchGate gate;
  private final Facets facets;

  ApiController(SearchService service, SearchGate gate) {
    this.service = service;
    this.gate = gate;
    this.facets = Facets.of(service.exportLimit());
  }

  /** {@code GET /api/search?q=...&item=...}: a page of hits with facet counts. */
  void search(Context ctx) throws IOException, InterruptedException {
    // Validated before queueing: a bad request never takes a turn.
    SearchRequest request = SearchParams.parse(ctx.queryParamMap());
    try (SearchGate.Turn turn = gate.enter()) {
      ctx.json(service.search(request));
    }
  }

  /**
   * {@code GET /api/export?<search parameters>&format=csv|json|jsonl}: every row of a search,
   * streamed as a download. The count is checked first, so that a search over the limit gets a 400
   * rather than a truncated file; the headers state the limit and the count.
   */
  void export(Context ctx) throws IOException {
    SearchRequest request = SearchParams.parse(ctx.queryParamMap());
    ExportFormat format = ExportFormat.parse(single(ctx, "format"));
    long rows = service.exportRows(request);
    ctx.status(200);
    ctx.contentType(format.contentType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"filings-export." + format.extension() + "\"");
    ctx.header(EXPORT_LIMIT_HEADER, String.valueOf(service.exportLimit()));
    ctx.header(EXPORT_ROWS_HEADER, String.valueOf(rows));
    try (ExportWriter writer = ExportWriter.open(format, new ClientOutput(ctx.outputStream()))) {
      service.export(request, writer);
    } catch (ClientOutput.ClientGone e) {
      // Not a fault of the server: a person cancelled the download, or a script stopped reading.
      LOG.info(
          "{} {}: the client went away during an export of {} rows ({})",
          ctx.method(),
          ctx.path(),
          rows,
          e.getMessage());
    }
  }

  /** The response header that states how many rows an export may hold. */
  static final String EXPORT_LIMIT_HEADER = "X-Export-Limit";

  /** The response header that states how many rows the export holds. */
  static final String EXPORT_ROWS_HEADER = "X-Export-Rows";

  private static String single(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw new IllegalArgumentException(name + " may be given only once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** {@code GET /api/filings/{id}?q=...}: one whole filing with the query's marks, or 404. */
  void filing(Context ctx) throws IOException, InterruptedException {
    String id = ctx.pathParam("id");
    Map<String, Object> filing;
    try (SearchGate.Turn turn = gate.enter()) {
      filing =
          service
              .filing(id, ctx.queryParam("q"))
              .orElseThrow(
                  () ->
                      new HttpResponseException(
                          HttpStatus.NOT_FOUND, "There is no filing with the id " + id, Map.of()));
    }
    // A filing's text reaches 760,000 characters a section: written as it is serialized, not
    // built as one string first.
    ctx.jsonStream(filing);
  }

  /** {@code GET /api/filings/{id}/similar?item=...}: the filings most like one, or 404. */
  void similar(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(
        service
            .similar(id, SearchParams.parse(ctx.queryParamMap()))
            .orElseThrow(
                () ->
                    new HttpResponseException(
                        HttpStatus.NOT_FOUND, "There is no filing with the id " + id, Map.of())));
  }

  /** {@code GET /api/timeline?company=...}: a company's or partner's filings by date. */
  void timeline(Context ctx) throws IOException {
    ctx.json(service.timeline(SearchParams.parse(ctx.queryParamMap())));
  }

  /** {@code GET /api/suggest?q=prefix}: autocomplete. */
  void suggest(Context ctx) throws IOException {
    ctx.json(service.suggest(ctx.queryParam("q")));
  }

  /**
   * {@code GET /api/facets}: the facet dimensions (name, label, limit), the item titles and the
   * export limit.
   */
  void facets(Context ctx) {
    ctx.json(facets);
  }

  /** {@code GET /api/health}: status and index size. */
  void health(Context ctx) throws IOException {
    ctx.json(service.health());
  }
}
