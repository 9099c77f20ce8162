package io.filingssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.filingssearch.filing.Items;
import io.filingssearch.search.FacetDimension;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/facets}, through real HTTP: what the page learns its dimensions and items from.
 */
class FacetsApiTest {
  @RegisterExtension static final ServerExtension server = new ServerExtension();

  private static JsonNode facets() throws IOException {
    HttpResponse<String> r = server.get("/api/facets");
    assertEquals(200, r.statusCode(), r::body);
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> "not JSON: " + r.headers().map());
    return JsonViews.MAPPER.readTree(r.body());
  }

  @Test
  void theDimensionsComeInDisplayOrderWithTheirLabelsAndLimits() throws IOException {
    JsonNode dims = facets().get("dimensions");
    List<String> names = new ArrayList<>();
    dims.forEach(d -> names.add(d.get("name").asText()));
    assertEquals(List.of("item", "partner", "company", "year", "form", "amount"), names);

    JsonNode item = dims.get(0);
    assertEquals("Item", item.get("label").asText());
    assertEquals(50, item.get("limit").asInt());
    for (int i = 0; i < dims.size(); i++) {
      FacetDimension d = FacetDimension.values()[i];
      assertEquals(d.key(), dims.get(i).get("name").asText());
      assertEquals(d.label(), dims.get(i).get("label").asText());
      assertEquals(d.limit(), dims.get(i).get("limit").asInt());
      assertEquals(3, dims.get(i).size(), dims.get(i)::toString);
    }
    assertEquals(FacetDimension.values().length, dims.size());
  }

  @Test
  void everyItemOfBothNumberingSchemesComesWithItsTitle() throws IOException {
    Map<String, String> items = new LinkedHashMap<>();
    facets().get("items").forEach(i -> items.put(i.get("code").asText(), i.get("title").asText()));

    assertEquals("Other Events", items.get("5"));
    assertEquals("Results of Operations and Financial Condition", items.get("12"));
    assertEquals("Entry into a Material Definitive Agreement", items.get("1.01"));
    assertEquals("Financial Statements and Exhibits", items.get("9.01"));
    assertEquals(Items.numbers(), List.copyOf(items.keySet()));
    items.forEach((code, title) -> assertEquals(Items.title(code).orElseThrow(), title, code));
    // The old scheme first, in numeric order, then the current one.
    assertEquals("1", items.keySet().iterator().next());
    assertEquals("9.01", List.copyOf(items.keySet()).getLast());
  }
}
