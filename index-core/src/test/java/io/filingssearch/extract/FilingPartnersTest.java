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

  @Test
  void aNameWrittenWithTheFilersOwnTickerIsTheRegistrantNotAPartner() {
    Section release =
        new Section(
            "ex-99.1",
            SectionKind.EXHIBIT,
            null,
            null,
            "99.1",
            "Press release",
            "Acme Widgets Inc. (NYSE: ACM) announced that it has entered into a supply agreement"
                + " with Zenith Corp. Under the agreement, Zenith will buy parts from Acme Widgets.",
            List.of(),
            List.of());
    io.filingssearch.filing.Filing filing =
        new io.filingssearch.filing.Filing(
            "f1",
            "ACM/ACM-8K-20100101000000.txt",
            io.filingssearch.filing.FilingFormat.STANFORD,
            "8-K",
            null,
            null,
            "ACM",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(release));
    assertEquals(
        List.of("Zenith"), new FactExtractor().extract(filing).sections().get(0).partners());
  }
}
