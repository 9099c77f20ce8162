package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerExtractorTest {
  private final PartnerExtractor extractor = new PartnerExtractor();

  @Test
  void readsAgreementWithAndStripsLegalFormAndLocation() {
    assertEquals(
        List.of("SmithKline Beecham"),
        extractor.extract(
            "ImmunoGen, Inc. (\"ImmunoGen\") announced that it had entered into a license"
                + " agreement with SmithKline Beecham Plc, London, /SmithKline Beecham,"
                + " Philadelphia (\"SmithKline\") to develop huC242-DM1. SmithKline will purchase"
                + " stock.",
            "ImmunoGen, Inc."));
  }

  @Test
  void readsTickerClueAndDropsRegistrantByNameAndTicker() {
    assertEquals(
        List.of("Genentech"),
        extractor.extract(
            "ImmunoGen, Inc. (Nasdaq: IMGN) announced that Genentech (NYSE: DNA) has renewed its"
                + " agreement with ImmunoGen, dated as of May 2, 2000.",
            "IMMUNOGEN, INC."));
  }

  @Test
  void readsCollaborationBetweenAndDropsSubsidiaryAndItsAlias() {
    assertEquals(
        List.of("BioChem Pharma"),
        extractor.extract(
            "announcing a collaboration between the Registrant's 95%-owned subsidiary,\n"
                + "Apoptosis Technology, Inc. (\"ATI\") and BioChem Pharma Inc. (\"BioChem\"),"
                + " Canada's largest biopharmaceutical company. The agreement grants BioChem an"
                + " exclusive license to ATI's screens. ATI will receive royalties.",
            "ImmunoGen, Inc."));
  }

  @Test
  void dropsExchangesAndAgencies() {
    assertEquals(
        List.of("BioChem Pharma"),
        extractor.extract(
            "ImmunoGen, Inc. (Nasdaq: IMGN) and BioChem Pharma Inc. (Nasdaq: BCHE, Montreal"
                + " Exchange, Toronto Stock Exchange: BCH) announced today a collaboration.\n\n"
                + "Contacts: Lucy Morrison, Feinstein Kean Partners (617)577-8110",
            "ImmunoGen, Inc."));
  }

  @Test
  void ignoresNamesInAboutParagraphsAndForwardLookingStatements() {
    assertEquals(
        List.of(),
        extractor.extract(
            "About ImmunoGen, Inc.\n\nImmunoGen develops drugs. Biogen Idec, Inc. and Abgenix, Inc."
                + " have licensed the right to develop TAP compounds under agreements with"
                + " ImmunoGen.\n\nThis press release includes forward-looking statements; our"
                + " collaboration with Sanofi-Aventis may fail.",
            "ImmunoGen, Inc."));
  }

  @Test
  void ignoresPeopleAndGenericTerms() {
    assertEquals(
        List.of(),
        extractor.extract(
            "The Company entered into an employment agreement with John A. Smith. The Board of"
                + " Directors approved an agreement with the Company's lenders. Mr. Smith will"
                + " serve as CEO. The agreement with Richard Jones was amended; Mr. Jones agreed.",
            "Acme Corp."));
  }

  @Test
  void readsAllPartiesOfByAndAmong() {
    assertEquals(
        List.of("Varian"),
        extractor.extract(
            "pursuant to an Agreement and Plan of Merger among Agilent Technologies, Inc., a"
                + " Delaware corporation (\"Agilent\"), Cobalt Acquisition Corp., a Delaware"
                + " corporation and a wholly owned subsidiary of Agilent (\"Merger Sub\"), and"
                + " Varian, Inc., a Delaware corporation (\"Varian\"), Agilent completed its"
                + " acquisition of Varian, with Varian becoming a wholly owned subsidiary of"
                + " Agilent.",
            "Agilent Technologies, Inc."));
  }
}
