package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One filing writes one partner one way in its facet, without merging distinct companies. */
class FilingPartnersTest {
  private static Section section(String id, List<String> partners, Map<String, String> roles) {
    return new Section(id, SectionKind.EXHIBIT, null, null, "99", "t", "text", List.of(), List.of())
        .withFacts(partners, roles, List.of());
  }

  @Test
  void aPartnerTakesTheFilingsOwnSpellingAndItsLongForm() {
    List<Section> out =
        FilingPartners.unify(
            List.of(
                section(
                    "a",
                    List.of("Suntrust Bank", "Zenith"),
                    Map.of("Suntrust Bank", "trustee/agent")),
                section("b", List.of("SunTrust Bank", "Zenith Technologies"), Map.of())));
    assertEquals(List.of("SunTrust Bank", "Zenith Technologies"), out.get(0).partners());
    assertEquals(Map.of("SunTrust Bank", "trustee/agent"), out.get(0).partnerRoles());
    assertEquals(List.of("SunTrust Bank", "Zenith Technologies"), out.get(1).partners());
  }

  @Test
  void aShortNameStaysWhenItsLongFormsAreUnitsOrSeveral() {
    List<Section> out =
        FilingPartners.unify(
            List.of(
                section("a", List.of("Zenith", "Zenith Fasteners"), Map.of()),
                section("b", List.of("Omega", "Omega Capital", "Omega Group"), Map.of())));
    assertEquals(List.of("Zenith", "Zenith Fasteners"), out.get(0).partners());
    assertEquals(List.of("Omega", "Omega Capital", "Omega Group"), out.get(1).partners());
  }
}
