package io.filingssearch.filing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One part of a filing: the cover page, an Item, the signature block, the exhibit index or an
 * exhibit. Each section becomes one document in the index.
 *
 * @param id stable id within the filing, such as {@code item-1.01} or {@code ex-99.1}
 * @param kind what part of the filing this is
 * @param item normalized item number ({@code 5}, {@code 1.01}) for items, else null
 * @param itemTitle official title of the item, else null
 * @param exhibit exhibit number ({@code 99.1}) for exhibits, else null
 * @param title the heading or headline of the section as written, or a descriptive one
 * @param text clean text: no page footers, whitespace normalized, paragraphs separated by a blank
 *     line
 * @param partners canonical names of the counterparties the section discloses (filled by the
 *     extract stage)
 * @param amounts dollar amounts stated in the text (filled by the extract stage)
 * @param partnerRoles the role of each partner the text gives one to ({@code advisor}, {@code
 *     underwriter}, {@code trustee/agent}, {@code auditor}); a partner without one is a
 *     counterparty of the deal
 */
public record Section(
    String id,
    SectionKind kind,
    String item,
    String itemTitle,
    String exhibit,
    String title,
    String text,
    List<String> partners,
    List<Amount> amounts,
    Map<String, String> partnerRoles) {

  /** Validates the section and copies its lists. */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    partners = List.copyOf(partners == null ? List.of() : partners);
    amounts = List.copyOf(amounts == null ? List.of() : amounts);
    partnerRoles = Map.copyOf(partnerRoles == null ? Map.of() : partnerRoles);
  }

  /**
   * A section whose partners are all counterparties.
   *
   * @param id stable id within the filing
   * @param kind what part of the filing this is
   * @param item normalized item number, or null
   * @param itemTitle official title of the item, or null
   * @param exhibit exhibit number, or null
   * @param title the heading or headline
   * @param text clean text
   * @param partners canonical partner names
   * @param amounts dollar amounts
   */
  public Section(
      String id,
      SectionKind kind,
      String item,
      String itemTitle,
      String exhibit,
      String title,
      String text,
      List<String> partners,
      List<Amount> amounts) {
    this(id, kind, item, itemTitle, exhibit, title, text, partners, amounts, Map.of());
  }

  /**
   * The partners that are counterparties of the deal, not its advisors, underwriters, trustees,
   * agents or auditors: what the partner facet counts.
   *
   * @return canonical names, in text order
   */
  public List<String> counterparties() {
    return partners.stream().filter(p -> !partnerRoles.containsKey(p)).toList();
  }

  /**
   * This section with the given facts.
   *
   * @param partners canonical partner names
   * @param amounts dollar amounts
   * @return a copy of this section carrying them
   */
  public Section withFacts(List<String> partners, List<Amount> amounts) {
    return withFacts(partners, Map.of(), amounts);
  }

  /**
   * This section with the given facts and partners' roles.
   *
   * @param partners canonical partner names
   * @param partnerRoles the role of each partner that is not a counterparty
   * @param amounts dollar amounts
   * @return a copy of this section carrying them
   */
  public Section withFacts(
      List<String> partners, Map<String, String> partnerRoles, List<Amount> amounts) {
    return new Section(
        id, kind, item, itemTitle, exhibit, title, text, partners, amounts, partnerRoles);
  }
}
