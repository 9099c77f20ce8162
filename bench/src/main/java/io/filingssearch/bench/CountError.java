package io.filingssearch.bench;

import io.filingssearch.search.FacetDimension;
import io.filingssearch.search.FacetValue;
import io.filingssearch.search.FilingSearcher;
import io.filingssearch.search.SearchResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The error of estimated counts: each query of the mix whose counts were estimated from a sample,
 * searched again with exact counts, and the two compared.
 *
 * @param estimated how many queries of the mix were counted from a sample
 * @param totalMeanError mean relative error of their totals
 * @param totalMaxError largest relative error of a total
 * @param facetMeanError mean relative error of the facet values both searches show (those with an
 *     exact count of at least {@link #MIN_COUNT})
 * @param facetMaxError largest relative error of such a value
 * @param values how many facet values were compared
 * @param missing how many values the exact search shows (count at least {@link #MIN_COUNT}) that
 *     the estimated one does not (its list of the most frequent values differs near the cut)
 */
record CountError(
    int estimated,
    double totalMeanError,
    double totalMaxError,
    double facetMeanError,
    double facetMaxError,
    int values,
    int missing) {
  /** Facet values counted in fewer filings than this are left out of the comparison. */
  static final int MIN_COUNT = 20;

  /** Compares estimated and exact counts for every query of the mix. */
  static CountError measure(FilingSearcher s, List<BenchQuery> mix, BenchLog log)
      throws IOException {
    List<Double> totals = new ArrayList<>();
    List<Double> facets = new ArrayList<>();
    int missing = 0;
    for (BenchQuery q : mix) {
      SearchResults est = s.search(q.request(false));
      if (!est.approximate()) {
        continue;
      }
      SearchResults exact = s.search(q.request(true));
      double totalError = relative(est.total(), exact.total());
      totals.add(totalError);
      double worst = 0;
      for (Map.Entry<FacetDimension, List<FacetValue>> e : exact.facets().entrySet()) {
        Map<String, Integer> shown = new HashMap<>();
        for (FacetValue v : est.facets().getOrDefault(e.getKey(), List.of())) {
          shown.put(v.value(), v.count());
        }
        for (FacetValue v : e.getValue()) {
          if (v.count() >= MIN_COUNT) {
            Integer got = shown.get(v.value());
            if (got == null) {
              missing++;
              continue;
            }
            double err = relative(got, v.count());
            facets.add(err);
            worst = Math.max(worst, err);
          }
        }
      }
      log.log(
          String.format(
              "  estimated: %-45s total %,d (exact %,d, %.1f%%), worst facet value %.1f%%",
              q.q(), est.total(), exact.total(), 100 * totalError, 100 * worst));
    }
    return new CountError(
        totals.size(),
        mean(totals),
        totals.stream().mapToDouble(Double::doubleValue).max().orElse(0),
        mean(facets),
        facets.stream().mapToDouble(Double::doubleValue).max().orElse(0),
        facets.size(),
        missing);
  }

  private static double relative(long estimate, long exact) {
    return exact == 0 ? (estimate == 0 ? 0 : 1) : Math.abs(estimate - exact) / (double) exact;
  }

  private static double mean(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
