package io.filingssearch.search;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Items;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import java.util.List;
import java.util.Set;

/**
 * Which sections of a filing tell its deal: the items under which agreements, acquisitions and
 * other events are reported, and the press release. Similar filings compare these; a timeline takes
 * its largest amount from them. Stateless.
 */
final class DealSections {
  /**
   * Items that report a deal: 1.01 (agreement), 2.01 (acquisition or disposition), 8.01 (other
   * events) and their numbers before August 2004, 2 and 5, under which the same events were filed.
   */
  static final Set<String> DEAL_ITEMS = Set.of("1.01", "2.01", "8.01", "2", "5");

  /** The role of an amount that is a price per share, not the size of a deal. */
  private static final String PER_SHARE = "per share";

  private DealSections() {}

  /** Whether a section tells the deal: a deal item or an EX-99 press release. */
  static boolean isDeal(Section s) {
    if (s.kind() == SectionKind.ITEM) {
      return DEAL_ITEMS.contains(s.item());
    }
    return s.kind() == SectionKind.EXHIBIT && s.exhibit() != null && s.exhibit().startsWith("99");
  }

  /** The deal sections of a filing, or all its sections when it has none. */
  static List<Section> of(Filing f) {
    List<Section> deal = f.sections().stream().filter(DealSections::isDeal).toList();
    return deal.isEmpty() ? f.sections() : deal;
  }

  /**
   * The items of a filing that say what happened: all but the exhibit lists (7, 9.01), which nearly
   * every filing has.
   */
  static List<String> telling(List<String> items) {
    return items.stream().filter(i -> !Items.isExhibitList(i)).toList();
  }

  /**
   * The largest amount the deal sections state (a price per share is not a deal's size), or null.
   */
  static Amount largest(Filing f) {
    Amount best = null;
    for (Section s : of(f)) {
      for (Amount a : s.amounts()) {
        if (!PER_SHARE.equals(a.role()) && (best == null || a.usd().compareTo(best.usd()) > 0)) {
          best = a;
        }
      }
    }
    return best;
  }
}
