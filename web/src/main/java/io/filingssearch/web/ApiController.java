package io.filingssearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Map;

/** Translates the JSON API's HTTP requests into calls on the {@link SearchService}. */
final class ApiController {
  private final SearchService service;

  ApiController(SearchService service) {
    this.service = service;
  }

  /** {@code GET /api/search?q=...&item=...}: a page of hits with facet counts. */
  void search(Context ctx) throws IOException {
    ctx.json(service.search(SearchParams.parse(ctx.queryParamMap())));
  }

  /** {@code GET /api/filings/{id}?q=...}: one whole filing with the query's marks, or 404. */
  void filing(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Map<String, Object> filing =
        service
            .filing(id, ctx.queryParam("q"))
            .orElseThrow(
                () ->
                    new HttpResponseException(
                        HttpStatus.NOT_FOUND, "There is no filing with the id " + id, Map.of()));
    ctx.json(filing);
  }

  /** {@code GET /api/suggest?q=prefix}: autocomplete. */
  void suggest(Context ctx) throws IOException {
    ctx.json(service.suggest(ctx.queryParam("q")));
  }

  /** {@code GET /api/health}: status and index size. */
  void health(Context ctx) throws IOException {
    ctx.json(service.health());
  }
}
