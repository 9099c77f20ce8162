package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
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
            List.of("ImmunoGen, Inc.")));
  }

  @Test
  void readsTickerClueAndDropsRegistrantByNameAndTicker() {
    assertEquals(
        List.of("Genentech"),
        extractor.extract(
            "ImmunoGen, Inc. (Nasdaq: IMGN) announced that Genentech (NYSE: DNA) has renewed its"
                + " agreement with ImmunoGen, dated as of May 2, 2000.",
            List.of("IMMUNOGEN, INC.")));
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
            List.of("ImmunoGen, Inc.")));
  }

  @Test
  void dropsMergerSubsidiariesOfTheRegistrantAndOfItsSubsidiaries() {
    assertEquals(
        List.of("Mellanox Technologies"),
        extractor.extract(
            "NVIDIA Corporation (the \u201cCompany\u201d) completed its acquisition of Mellanox"
                + " Technologies, Ltd. (\u201cMellanox\u201d) pursuant to the Agreement and Plan of"
                + " Merger among the Company, NVIDIA International Holdings Inc., a Delaware"
                + " corporation and wholly owned subsidiary of the Company (\u201cParent\u201d),"
                + " Teal Barvaz Ltd., a company organized under the laws of the State of Israel and"
                + " a wholly owned subsidiary of Parent (\u201cMerger Sub\u201d), and Mellanox.",
            List.of("NVIDIA Corp")));
    assertEquals(
        List.of("Pioneer Natural Resources"),
        extractor.extract(
            "Exxon Mobil Corporation consummated the acquisition of Pioneer Natural Resources"
                + " Company (\u201cPioneer\u201d) pursuant to the Merger Agreement among the Company,"
                + " Pioneer and SPQR, LLC, a wholly owned subsidiary of the Company and a Delaware"
                + " limited liability company (\u201cMerger Sub\u201d).",
            List.of("Exxon Mobil Corp")));
  }

  @Test
  void readsEveryLenderOfACommitmentScheduleAsOneNamePerBank() {
    assertEquals(
        List.of("JPMorgan Chase Bank", "BNP Paribas", "Banco Santander", "Deutsche Bank"),
        extractor.extract(
            "Schedule 1\n\nLender | Revolving Credit Commitment\n"
                + "JPMorgan Chase Bank, N.A. | $ | 175,000,000.00\n"
                + "BNP Paribas | $ | 175,000,000.00\n"
                + "Banco Santander, S.A., New York Branch | $ | 125,000,000.00\n"
                + "Deutsche Bank AG New York Branch | $ | 92,500,000.00\n"
                + "Total | $ | 567,500,000.00\n"
                + "Acme Widgets Inc. | $ | 1.00\n",
            List.of("International Business Machines Corporation")));
  }

  @Test
  void neverTakesTheRegulatorTheRegistrantsInitialsOrAGluedYear() {
    assertEquals(
        List.of("Sanmina"),
        extractor.extract(
            "AMD (NASDAQ: AMD) today announced it has completed the sale of its manufacturing"
                + " business to Sanmina Corporation. Details are in AMD's filing with the U.S."
                + " Securities and Exchange Commission. 2003Advanced Micro Devices reported.",
            List.of("ADVANCED MICRO DEVICES INC")));
  }

  @Test
  void readsAnAuditorThatResignedOrDeclinedAndKeepsTheCapitalsOfInitials() {
    assertEquals(
        List.of("Price Waterhouse", "KPMG"),
        extractor.extract(
            "On April 3, 1998, Price Waterhouse LLP resigned as independent accountants of the"
                + " Registrant. On April 20, 1998, the Registrant engaged KPMG LLP as its"
                + " independent auditors. John Smith resigned as a director.",
            List.of("FOO CORP")));
    assertEquals(
        List.of("Deloitte & Touche"),
        extractor.extract(
            "Deloitte & Touche LLP declined to stand for re-election as the Company's auditors.",
            List.of("FOO CORP")));
  }

  @Test
  void readsEveryNameOfASubjectListWithDefinedTermsBetween() {
    assertEquals(
        List.of("SoftBank Group Capital", "SVF Holdco (UK)"),
        extractor.extract(
            "On February 8, 2022, NVIDIA Corporation (the \u201cCompany\u201d), SoftBank Group"
                + " Capital Limited (\u201cSoftBank\u201d) and SVF Holdco (UK) Limited (together"
                + " with SoftBank, the \u201cSellers\u201d) mutually terminated the Share Purchase"
                + " Agreement.",
            List.of("NVIDIA CORP")));
  }

  @Test
  void readsANameWhoseFirstWordStartsWithASmallLetterBeforeACapital() {
    assertEquals(
        List.of("eZone Networks"),
        extractor.extract(
            "On May 1, 2007, the Company entered into a license agreement with eZone Networks,"
                + " Inc. to develop software.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheCompanyInvestedInButNotWhatIsInvestedIn() {
    assertEquals(
        List.of("Globex Labs"),
        extractor.extract(
            "In May 2007, Acme Inc. invested $4 million in Globex Labs, Inc., a privately held"
                + " company. Acme now holds a minority interest in Globex Labs as a result of its"
                + " investment in Globex Labs. Acme will increase its investment in R&D and its"
                + " investment in the Joint Venture.",
            List.of("Acme Inc.")));
  }

  @Test
  void aThingDefinedAsATermIsNotTheSeller() {
    assertEquals(
        List.of("Initech Realty"),
        extractor.extract(
            "Acme agreed to purchase the land and buildings (collectively, the \"Property\") from"
                + " Initech Realty, L.L.C. The purchase of the Property will close in July.",
            List.of("Acme Inc.")));
  }

  @Test
  void aFirmNamedByItsPartnersIsOnePartnerWhereverACueStarts() {
    assertEquals(
        List.of("Brown Fenner"),
        extractor.extract(
            "On March 31, 2006, Acme Inc. entered into an underwriting agreement (the"
                + " \"Underwriting Agreement\") with Brown, Fenner & Co. (the \"Underwriter\"),"
                + " relating to the offering.",
            List.of("Acme Inc.")));
  }

  @Test
  void dropsExchangesAndAgencies() {
    assertEquals(
        List.of("BioChem Pharma"),
        extractor.extract(
            "ImmunoGen, Inc. (Nasdaq: IMGN) and BioChem Pharma Inc. (Nasdaq: BCHE, Montreal"
                + " Exchange, Toronto Stock Exchange: BCH) announced today a collaboration.\n\n"
                + "Contacts: Lucy Morrison, Feinstein Kean Partners (617)577-8110",
            List.of("ImmunoGen, Inc.")));
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
            List.of("ImmunoGen, Inc.")));
  }

  @Test
  void ignoresPeopleAndGenericTerms() {
    assertEquals(
        List.of(),
        extractor.extract(
            "The Company entered into an employment agreement with John A. Smith. The Board of"
                + " Directors approved an agreement with the Company's lenders. Mr. Smith will"
                + " serve as CEO. The agreement with Richard Jones was amended; Mr. Jones agreed.",
            List.of("Acme Corp.")));
  }

  @Test
  void aLoneWordOfCorporateStructureIsNotAPartnerButANameWithItIs() {
    List<String> found =
        extractor.extract(
            "Acme Corp. entered into a license agreement with Zenith Labs, Group, Inc. and a"
                + " supply agreement with Holdings. Acme also entered into a credit agreement with"
                + " Globex Holdings, Inc.",
            List.of("Acme Corp."));
    assertFalse(found.contains("Group"), found.toString());
    assertFalse(found.contains("Holdings"), found.toString());
    assertTrue(found.contains("Globex Holdings"), found.toString());
  }

  @Test
  void readsPartiesOfAnAmongListPastAppositionsAndDropsTheMergerSubsidiary() {
    assertEquals(
        List.of("Zenith Instruments"),
        extractor.extract(
            "pursuant to an Agreement and Plan of Merger among Acme Tools, Inc., a Delaware"
                + " corporation (\"Acme\"), Falcon Merger Corp., a Delaware corporation and a wholly"
                + " owned subsidiary of Acme (\"Merger Sub\"), and Zenith Instruments, Inc., a"
                + " Delaware corporation (\"Zenith\"), Acme completed its acquisition of Zenith.",
            List.of("Acme Tools, Inc.")));
  }

  @Test
  void readsTheTargetAndTheSellerOfAnAssetPurchase() {
    assertEquals(
        List.of("Widget Fasteners", "Widget"),
        extractor.extract(
            "Acme Corp. announced that it has agreed to acquire the assets of Widget Fasteners, a"
                + " supplier of bolts, from The Widget Corporation for $10 million in cash.",
            List.of("Acme Corp.")));
  }

  @Test
  void readsUnderwritersButNotTheSellingShareholder() {
    assertEquals(
        List.of("Alpha Capital Markets", "Beta", "Gamma Securities"),
        extractor.extract(
            "the Company entered into an Underwriting Agreement with R. John Doe, Sr. (the"
                + " \"Selling Shareholder\") and with Alpha Capital Markets, Inc., Beta & Company,"
                + " Inc. and Gamma Securities, LLC, pursuant to which the shares are sold.",
            List.of("Acme Corp.")));
  }

  @Test
  void readsArrangersNamedBeforeTheirRole() {
    assertEquals(
        List.of("Delta Bank", "Omega Securities", "Sigma Global Markets"),
        extractor.extract(
            "The Company entered into a credit agreement among the Company, certain lenders party"
                + " thereto and Delta Bank, N.A., as administrative agent. Omega Securities LLC and"
                + " Sigma Global Markets Inc. are acting as joint lead arrangers.",
            List.of("Acme Corp.")));
  }

  @Test
  void readsManagersWhoseRoleIsCapitalizedAsADefinedTerm() {
    assertEquals(
        List.of("Omega Securities", "Sigma Capital Markets"),
        extractor.extract(
            "Acme Corp. commenced a tender offer for its notes. Omega Securities Inc. and Sigma"
                + " Capital Markets LLC are acting as Dealer Managers for the Offer.",
            List.of("Acme Corp.")));
  }

  @Test
  void readsThePartyJoinedToTheRegistrantByAndAsASubject() {
    assertEquals(
        List.of("Globex"),
        extractor.extract(
            "As previously announced, Acme and GLOBEX ASA (Globex) have agreed to exchange their"
                + " stakes in two joint ventures.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Globex"),
        extractor.extract(
            "Acme and Globex ASA have agreed to exchange their stakes.", List.of("Acme Inc.")));
  }

  @Test
  void readsTheNameWrittenBeforeAsCounterparty() {
    assertEquals(
        List.of("Globex Funding"),
        extractor.extract(
            "Acme World Trade entered into a Novation Agreement in order to substitute Globex"
                + " Funding PLC as Counterparty under the repurchase agreement.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsAFirmWhoseFirstWordStartsHeadingsWhenItsLegalFormIsWritten() {
    assertEquals(
        List.of("Omega Securities", "Credit Alpine Securities (USA)"),
        extractor.extract(
            "Acme entered into an underwriting agreement with Omega Securities LLC and Credit"
                + " Alpine Securities (USA) LLC, on behalf of the several underwriters, and into"
                + " a Credit Agreement with the lenders.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheAgentNamedAfterItsRole() {
    assertEquals(
        List.of("Globex Services"),
        extractor.extract(
            "Acme commenced a tender offer for its notes. The Information Agent is Globex Services"
                + " Corporation. The agent is not responsible for the offer.",
            List.of("Acme Inc.")));
  }

  @Test
  void splitsTwoPartiesJoinedByAndWhenTheFirstIsDefined() {
    assertEquals(
        List.of("Kappa Bank", "Lambda Capital Services"),
        extractor.extract(
            "Kappa Bank plc (\"Kappa\") agreed to the novation, subject to a purchaser agreement"
                + " between Kappa and Lambda Capital Services, Inc. relating to it.",
            List.of("Acme Corp.")));
  }

  @Test
  void placesMoneyAndRolesAreNotPartnersInTheAlcoaMaadenJointVenture() throws Exception {
    // Seen on the search page: this Item 1.01 listed "Project", "US$1", "British Virgin Islands"
    // and "Financier" among its partners.
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "../shared/corpus is absent");
    Path file = corpus.resolve("stanford-8k-subset/AA/AA-8K-20091224134041.txt");
    assumeTrue(Files.exists(file), "the Alcoa filing is not in this corpus");
    Filing f = new FactExtractor().extract(new FilingParser().parse(file));
    Section item = f.sections().stream().filter(x -> "1.01".equals(x.item())).findFirst().get();
    for (String wrong : List.of("Project", "US$1", "British Virgin Islands", "Financier")) {
      assertTrue(!item.partners().contains(wrong), wrong + " in " + item.partners());
    }
    assertTrue(item.partners().contains("Ma'aden"), item.partners().toString());
  }

  @Test
  void givesTrusteesAuditorsAndUnderwritersARoleAndKeepsDealCounterpartiesWithout() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "The Company entered into a merger agreement with Zenith Instruments, Inc. The notes"
                + " were issued under an indenture with Omega Bank, N.A., as trustee. The audit"
                + " committee engaged Sigma & Co. LLP as the Company's independent registered"
                + " public accounting firm.",
            List.of("Acme Corp."));
    assertEquals(List.of("Zenith Instruments", "Omega Bank", "Sigma"), p.names());
    assertEquals("trustee/agent", p.roles().get("Omega Bank"));
    assertEquals("auditor", p.roles().get("Sigma"));
    assertTrue(!p.roles().containsKey("Zenith Instruments"), p.roles().toString());
  }

  @Test
  void aTitleBeforeAnOrganizationLeavesTheOrganization() {
    assertEquals(
        "Alpha Metals", Titles.strip("President and Chief Executive Officer of Alpha Metals"));
    assertEquals(null, Titles.strip("Senior Vice President"));
  }

  @Test
  void readsAPreamblesPartiesPastTheLendersPartyHereto() {
    assertEquals(
        List.of("Omega Bank"),
        extractor.extract(
            "This Credit Agreement (this \"Agreement\") is entered into as of May 11, 2007, among"
                + " Acme Corp., a Delaware corporation (the \"Borrower\"), the Lenders party hereto,"
                + " and Omega Bank, N.A., as Administrative Agent.",
            List.of("Acme Corp.")));
    assertEquals(
        List.of("Zenith Instruments", "Sub Two"),
        extractor.extract(
            "THIS AGREEMENT AND PLAN OF MERGER, dated as of July 26, 2009 (this \"Agreement\"), is"
                + " made and entered into by and among ACME CORP., a Delaware corporation"
                + " (\"Parent\"), ZENITH INSTRUMENTS, INC., a Delaware corporation (the"
                + " \"Company\"), and Sub Two Inc.",
            List.of("Acme Corp.")));
  }

  @Test
  void readsTheCompaniesThatSignAnAgreementButNotItsPeople() {
    assertEquals(
        List.of("Globex Holdings"),
        extractor.extract(
            "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nACME CORP.\n\nBy:"
                + " /s/ John Smith\nName: John Smith\nTitle: President\n\nGLOBEX HOLDINGS,"
                + " INC.\n\nBy: /s/ Jane Doe\nName: Jane Doe",
            List.of("Acme Corp.")));
  }

  @Test
  void readsOfferingRolesSaidWithoutAsAndSyndicatesLedBy() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "Alpha Securities is the sole book-running manager for the offering. Beta Capital"
                + " Markets and Gamma Partners are co-managers. The facility is provided by a"
                + " syndicate of banks led by Delta Bank, N.A.",
            List.of("Acme Corp."));
    assertEquals(
        List.of("Alpha Securities", "Beta Capital Markets", "Gamma Partners", "Delta Bank"),
        p.names());
    assertEquals("underwriter", p.roles().get("Gamma Partners"));
    assertTrue(!p.roles().containsKey("Delta Bank"), p.roles().toString());
  }

  @Test
  void readsTheTargetOfAnAcquisitionByABuyerAndOfAHeadline() {
    assertEquals(
        List.of("Zenith"),
        extractor.extract(
            "The agreement provides for the acquisition (the \"Acquisition\") by Acme Europe B.V."
                + " of 100% of the issued and outstanding share capital of Zenith A/S.",
            List.of("Acme Corp.")));
    assertEquals(
        List.of("Initech"),
        extractor.extract("Acme to Acquire Initech for $300 Million", List.of("Acme Corp.")));
  }

  @Test
  void dropsPlacesBeforeANameRegulatorsAndTheRegistrantInsideAName() {
    assertEquals(
        List.of("Rank Group"),
        extractor.extract(
            "Acme Corp. agreed to sell its packaging business to New Zealand's Rank Group Limited."
                + " The sale was cleared by the Department of Justice.",
            List.of("Acme Corp.")));
  }

  @Test
  void readsPartiesDefinedByTheirRoleLendersAndMergerTargets() {
    assertEquals(
        List.of("Initech Realty"),
        extractor.extract(
            "The Company sold the building to Initech Realty LLC, a Delaware limited liability"
                + " company (the \"Buyer\"), for $12 million.",
            List.of("Acme Corp.")));
    assertEquals(
        List.of("Harbor Point Properties"),
        extractor.extract(
            "This Lease is between Acme Corp. (\"Tenant\") and Harbor Point Properties LLC"
                + " (\"Landlord\").",
            List.of("Acme Corp.")));
    assertEquals(
        List.of("Zenith Bank"),
        extractor.extract(
            "On May 1, the Company borrowed $50 million from Zenith Bank under a term loan.",
            List.of("Acme Corp.")));
    assertEquals(
        List.of("Zenith Instruments"),
        extractor.extract(
            "Merger Sub will merge with and into Zenith Instruments, Inc., with Zenith surviving.",
            List.of("Acme Corp.")));
  }

  @Test
  void aFirmNamedByItsPartnersIsOneName() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "Abbot, Lowe & Co. is acting as financial advisor to Acme. The Company entered into an"
                + " underwriting agreement with Stone, Field, Marsh & Webb Inc. and Delta Capital"
                + " Markets.",
            List.of("Acme Corp."));
    assertEquals(
        List.of("Abbot Lowe", "Stone, Field, Marsh & Webb", "Delta Capital Markets"), p.names());
  }

  @Test
  void readsRatingAgenciesWhoseActionOnARatingIsReported() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "On May 1, 2003, Stellar and Poor's Ratings Services lowered its corporate credit"
                + " rating of Acme Corp. to BB. In addition, Kestrel Investors Service placed its"
                + " senior unsecured rating of Acme under review. Acme raised its outlook.",
            List.of("Acme Corp."));
    assertEquals(
        List.of("Stellar and Poor's Ratings Services", "Kestrel Investors Service"), p.names());
    assertEquals("rating agency", p.roles().get("Kestrel Investors Service"));
  }

  @Test
  void aCompanyAnnouncingWithTheRegistrantIsAParty() {
    assertEquals(
        List.of("Globex Metals"),
        extractor.extract(
            "Acme Inc. and Globex Metals today announced a strategic alliance.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of(),
        extractor.extract(
            "Separately, Acme announced that its chief operating officer has resigned.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsWhatIsSoldOnlyThroughItsObjectAndTheBuyer() {
    assertEquals(
        List.of("Globex Metals", "Initech Supply", "Hooli Steel"),
        extractor.extract(
            "Acme Inc. and Globex Metals today announced they have agreed to sell 100% of their"
                + " respective equity interests in Initech Supply to Hooli Steel for $410 million.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of(),
        extractor.extract(
            "Initech develops, manufactures and sells LEDs and modules for lighting.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheBuyerOfTheRegistrantAndTheSubjectOfADealClause() {
    assertEquals(
        List.of("Globex Holdings"),
        extractor.extract(
            "The Company has agreed to be acquired by Globex Holdings for $10 per share.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Globex"),
        extractor.extract(
            "Acme Inc. (NYSE: ACM) today announced a definitive agreement under which Globex will"
                + " acquire Acme for $5 billion.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheTrusteeOfAnIndenture() {
    assertEquals(
        List.of("Bank of Zenith Trust Company"),
        extractor.extract(
            "The Notes will be issued under an Indenture between Acme and The Bank of Zenith Trust"
                + " Company, N.A., as successor to Old Bank, as Trustee.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheAuditorEngagedWhenItsRoleIsWrittenBeforeIt() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "On June 1, 2004, the Audit Committee dismissed Smith & Jones LLP as the Company's"
                + " independent registered public accounting firm and engaged Brown Green LLP.",
            List.of("Acme Inc."));
    assertEquals(List.of("Smith & Jones", "Brown Green"), p.names());
    assertEquals("auditor", p.roles().get("Brown Green"));
  }

  @Test
  void readsTheFirmSigningAnAuditorsConsentOrLetterButNotALawFirmsOpinion() {
    assertEquals(
        List.of("Brown Green"),
        extractor.extract(
            "We hereby consent to the incorporation by reference in the Registration Statement of"
                + " our report dated March 1, 2005 relating to the financial statements.\n\n"
                + "/s/ Brown Green LLP\nBoston, Massachusetts",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Smith & Jones"),
        extractor.extract(
            "We have read Item 4.01 of Form 8-K dated June 1, 2004 of Acme Inc. and are in"
                + " agreement with the statements contained therein.\n\nVery truly yours,\n\n"
                + "/s/ Smith & Jones LLP",
            List.of("Acme Inc.")));
    assertEquals(
        List.of(),
        extractor.extract(
            "In our opinion, the Notes are valid obligations of the Company. We consent to the"
                + " filing of this opinion as an exhibit.\n\n/s/ Field, Marsh & Webb LLP",
            List.of("Acme Inc.")));
  }

  @Test
  void aDefinedTermAfterADescriptionStandsForTheNameBeforeIt() {
    assertEquals(
        List.of("Globex Optics"),
        extractor.extract(
            "Acme entered into an Asset Purchase Agreement with Globex Optics Corporation, a"
                + " Delaware corporation (\"GOC\"). GOC and Acme have also entered into a"
                + " Transition Services Agreement.",
            List.of("Acme Inc.")));
  }

  @Test
  void aDefinedTermForAFirmNamedByItsPartnersStandsForTheWholeFirm() {
    assertEquals(
        List.of("Dewey Cheatham"),
        extractor.extract(
            "Acme entered into an underwriting agreement with Dewey, Cheatham & Co. (the"
                + " \"Underwriter\"). The Underwriter has agreed to purchase 100,000 shares.",
            List.of("Acme Inc.")));
  }

  @Test
  void aNameWithALowerCaseWordIsTakenWholeWhenItsDefinedTermRepeatsIt() {
    assertEquals(
        List.of("QX nanoworks"),
        extractor.extract(
            "Acme Inc. (\"Acme\") and QX nanoworks Ltd. (\"QX nanoworks\") entered into an asset"
                + " purchase agreement under which QX nanoworks acquired Acme's memory business.",
            List.of("Acme Inc.")));
  }

  @Test
  void aMergerSubsidiaryDescribedWithoutAnArticleIsNotAPartner() {
    assertEquals(
        List.of("Globex"),
        extractor.extract(
            "Acme Inc. (the \"Company\") entered into a merger agreement with Pluto Merger Sub II, LLC, a"
                + " Delaware limited liability company and wholly owned subsidiary of the Company,"
                + " and Globex, Inc., a Delaware corporation (\"Globex\").",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheFirmNamedAfterAPassiveVerbOfTheDealAndAnAdministratorsRole() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "Acme Inc. announced an offering of notes. The offering will be underwritten by"
                + " Globex Securities. Initech Bank will serve as the plan's stock option"
                + " administrator.",
            List.of("Acme Inc."));
    assertEquals(List.of("Globex Securities", "Initech Bank"), p.names());
    assertEquals("underwriter", p.roles().get("Globex Securities"));
    assertEquals("trustee/agent", p.roles().get("Initech Bank"));
  }

  @Test
  void anArticleAfterAndStartsTheNextNameAndASmallLegalFormEndsOne() {
    assertEquals(
        List.of("BNP Paribas", "Royal Bank of Scotland", "Bank of America"),
        extractor.extract(
            "Acme Inc. entered into a Credit Agreement with the lenders named in the Agreement,"
                + " BNP Paribas and The Royal Bank of Scotland plc, as documentation agents, and"
                + " Bank of America, N.A., as syndication agent.",
            List.of("Acme Inc.")));
  }

  @Test
  void anAndBetweenTwoNamesOfSeveralWordsSeparatesThemButOneWordJoins() {
    assertEquals(
        List.of(
            "BNP Paribas",
            "J.P. Morgan Securities",
            "Goldman Sachs International",
            "Mitsubishi UFJ Securities International",
            "Sales and Marketing",
            "Genworth Life and Annuity Insurance"),
        extractor.extract(
            "Acme Inc. sold notes to BNP Paribas and J.P. Morgan Securities plc, as the"
                + " underwriters, and yen notes to Goldman Sachs International and Mitsubishi UFJ"
                + " Securities International plc, as the managers. Acme also entered into a distribution agreement with Sales and"
                + " Marketing Ltd. and a reinsurance agreement with Genworth Life and Annuity"
                + " Insurance Company.",
            List.of("Acme Inc.")));
  }

  @Test
  void theFirmTheAuditCommitteeDecidedToEngageIsTheAuditor() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "We have read Acme Inc.'s statements under Item 4.01 and agree with them, except that"
                + " we are not in a position to agree or disagree with the audit committee's"
                + " decision to engage Globex & Partners LLP, and its statements in the sixth"
                + " paragraph.",
            List.of("Acme Inc."));
    assertEquals(List.of("Globex & Partners"), p.names());
    assertEquals("auditor", p.roles().get("Globex & Partners"));
  }

  @Test
  void theCompanyWhoseBoardALetterIsAddressedToIsThePartnerButNotTheRegistrants() {
    assertEquals(
        List.of("Globex Systems"),
        extractor.extract(
            "Acme Inc. issued a press release that includes the full text of a letter sent to the"
                + " board of directors of Globex Systems Incorporated on September 11. Acme's"
                + " proposal to the Board of Directors of the Company was approved.",
            List.of("Acme Inc.")));
  }

  @Test
  void aCompanyNamedByItsWebAddressInSmallLettersIsAName() {
    assertEquals(
        List.of("globex.com"),
        extractor.extract(
            "On July 20, 1999, Acme completed the acquisition of globex.com inc."
                + " (\"globex.com\"). Visit www.acme.com for more.",
            List.of("Acme Inc.")));
  }

  @Test
  void theCompaniesOfAnOfficersCareerAreNoPartnersButTheDealsAre() {
    assertEquals(
        List.of("Initech Capital"),
        extractor.extract(
            "Acme Inc. appointed John Doe as its Chief Executive Officer. Mr. Doe previously served"
                + " as president of Globex Energy, LLC, a subsidiary of Hooli Oil Company, the joint"
                + " venture between Hooli and Tejas Gas Corporation. Prior to Hooli, Mr. Doe spent"
                + " over thirteen years at Vandelay Audit LLP, an accounting firm, as its auditor."
                + " Acme also entered into a credit agreement with Initech Capital LLC.",
            List.of("Acme Inc.")));
  }

  @Test
  void aSubjectWithAnAppositionAndAPercentageStakeSoldAreParties() {
    assertEquals(
        List.of("Francisco Partners", "WaferTech", "Globex Semiconductor", "GSI"),
        extractor.extract(
            "Acme Inc. entered into a Reorganization Agreement under which Francisco Partners, LP,"
                + " a private equity firm focused on technology companies, will acquire 90 percent"
                + " of Acme's Communication Products Division. Acme also agreed to sell our 23%"
                + " equity ownership interest in WaferTech, LLC to Globex Semiconductor Corp."
                + " It agreed to acquire for cash all of the outstanding shares of GSI, a European"
                + " computer services company.",
            List.of("Acme Inc.")));
  }

  @Test
  void aRegionalUnitAfterAFirmsLegalFormIsPartOfItsName() {
    assertEquals(
        List.of("Morgan Stanley & Co. International", "Nomura International"),
        extractor.extract(
            "Acme Inc. entered into an Underwriting Agreement with Morgan Stanley & Co."
                + " International Limited and Nomura International PLC.",
            List.of("Acme Inc.")));
  }

  @Test
  void aCareerToldWithoutATitleNamesNoPartners() {
    assertEquals(
        List.of("Initech Capital"),
        extractor.extract(
            "Acme Inc. named three officers. Before joining Acme, Joe was a senior manager of"
                + " accounting firm, Vandelay & Sons. Olivier Roe joined Acme in 2002 as president"
                + " of Acme Fasteners, shortly after Acme acquired Globex Fasteners from The Globex"
                + " Corporation. Olivier began his career with Hooli Industries in 1997. Acme also"
                + " entered into a credit agreement with Initech Capital LLC.",
            List.of("Acme Inc.")));
  }

  @Test
  void aStakeTenderedToABuyerNamesTheBuyer() {
    List<String> found =
        extractor.extract(
            "Acme today announced it will accept the offer to tender its 46.5 percent stake in"
                + " Globex ASA to Initech ASA for a total of approximately $870 million in cash.",
            List.of("Acme Inc."));
    assertTrue(found.contains("Initech"), found.toString());
  }

  @Test
  void aCareerSentenceEndsAtTheSentenceBeforeItEvenAfterALegalForm() {
    assertEquals(
        List.of("Beta"),
        extractor.extract(
            "On May 1, 2010, Acme Inc. completed its merger with Beta Inc. Mr. Smith, who"
                + " previously served as Chief Executive Officer of Gamma Corp., was appointed to"
                + " the Board.",
            List.of("Acme Inc.")));
  }

  @Test
  void counselTheAuditCommitteeRetainsIsNoAuditor() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "The Audit Committee of Acme Inc. has retained Cooley LLP as independent counsel to"
                + " assist in its review.",
            List.of("Acme Inc."));
    assertTrue(!"auditor".equals(p.roles().get("Cooley")), p.roles().toString());
  }

  @Test
  void theAuditorOfARatifiedProxyProposalIsRead() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "At the annual meeting, the shareholders of Acme Inc. voted on the following.\n"
                + "Proposal 4: Ratification of Selection of Globex & Touche LLP as our Independent"
                + " Registered Public Accounting Firm for fiscal 2017 | 1,253,753,159 | 16,088,075",
            List.of("Acme Inc."));
    assertEquals(List.of("Globex & Touche"), p.names());
    assertEquals("auditor", p.roles().get("Globex & Touche"));
  }

  @Test
  void firmsActingAsManagersWithoutAVerbAndNoGenericAuditorAreRead() {
    assertEquals(
        List.of("Goldman Sachs", "Barclays", "BofA Merrill Lynch", "Credit Suisse"),
        extractor.extract(
            "Goldman Sachs is acting as lead book-running manager for the offering of Acme Inc.,"
                + " with Barclays, BofA Merrill Lynch and Credit Suisse acting as additional"
                + " book-running managers. The shareholders ratified the Appointment of"
                + " Independent Registered Public Accounting Firm.",
            List.of("Acme Inc.")));
  }

  @Test
  void aPageFooterAndARightAreNoParties() {
    assertEquals(
        List.of("Globex Data"),
        extractor.extract(
            "Acme Inc. entered into a merger agreement with Globex Data Inc. Acme and Globex Data"
                + " Page announced the merger. The Right was redeemed. Sales fell after the"
                + " acquisition of Philip's CPLD business.",
            List.of("Acme Inc.")));
  }

  @Test
  void anIrishDesignatedActivityCompanyAndItsBranchAreOneName() {
    assertEquals(
        List.of("Elavon Financial Services"),
        extractor.extract(
            "Acme Inc. entered into a supplemental indenture with Elavon Financial Services DAC,"
                + " UK Branch, as paying agent.",
            List.of("Acme Inc.")));
  }

  @Test
  void theTargetsOfSeveralAcquisitionsListedTogetherAreRead() {
    assertEquals(
        List.of("Vovida", "IPCell", "PixStream"),
        extractor.extract(
            "Acme Inc. continued to expand its portfolio, announcing the acquisitions of Vovida,"
                + " IPCell, and PixStream to enable service providers to deploy new services.",
            List.of("Acme Inc.")));
  }

  @Test
  void aBranchAfterItsBanksNameIsTheBank() {
    assertEquals(
        List.of("Deutsche Bank", "KGI Securities"),
        extractor.extract(
            "Acme Inc. sold its notes under a subscription agreement among Acme, and Deutsche Bank"
                + " AG, Taipei Branch and KGI Securities Co. Ltd., as the managers named therein.",
            List.of("Acme Inc.")));
  }

  @Test
  void aFirmNamedByItsPartnersAndATrustCompanyKeepTheirNames() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "Acme Inc. sold notes to Goldman, Sachs & Co., as underwriter. The notes are issued"
                + " under an indenture with The Bank of New York Mellon Trust Company, N.A., as"
                + " trustee.",
            List.of("Acme Inc."));
    assertEquals(List.of("Goldman Sachs", "Bank of New York Mellon Trust Company"), p.names());
  }

  @Test
  void readsTheseCuesWhenALineBreakFallsBetweenTheirWords() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "Acme Inc. announced an offering of notes. The offering will be managed\n"
                + "by Globex Securities. Initech Bank will\nact as Dealer Manager for the"
                + " offer, and the Depositary\nis Hooli Trust Company.",
            List.of("Acme Inc."));
    assertEquals(List.of("Globex Securities", "Initech Bank", "Hooli Trust Company"), p.names());
    assertEquals("trustee/agent", p.roles().get("Hooli Trust Company"));
  }

  @Test
  void aTargetDefinedAfterTheLawsItIsOrganizedUnderIsTheTargetNotTheState() {
    assertEquals(
        List.of("Frame Systems"),
        extractor.extract(
            "Acme Inc. completed the acquisition of Frame Systems Corporation, a corporation"
                + " organized and existing under the laws of the State of California (\"FRAME\")."
                + " FRAME became a wholly owned subsidiary of Acme.",
            List.of("Acme Inc.")));
  }

  @Test
  void theRegistrantsTwoLetterInitialsAndAStreetAreNoPartners() {
    assertEquals(
        List.of("Micron Technology"),
        extractor.extract(
            "Micron Technology, Inc. (NYSE: MU) and Texas Instruments Incorporated (NYSE: TXN)"
                + " agreed that Micron will buy TI's memory business. Contact: 342 Madison Avenue"
                + " (NYSE:TXN) New York.",
            List.of("Texas Instruments Incorporated")));
  }

  @Test
  void readsTheDealerManagerThatWillActAsOneAndTheDepositaryNamedAfterItsRole() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "Acme Inc. commenced a tender offer. Globex Securities Inc. will act as Dealer Manager"
                + " for the tender offer, and the Depositary is Initech Trust Company.",
            List.of("Acme Inc."));
    assertEquals(List.of("Globex Securities", "Initech Trust Company"), p.names());
    assertEquals("trustee/agent", p.roles().get("Initech Trust Company"));
  }

  @Test
  void aTermDefinedByAnotherTermStandsForTheName() {
    assertEquals(
        List.of("Computing Resources"),
        extractor.extract(
            "Acme Inc. acquired all of the stock of Computing Resources, Inc., a Nevada"
                + " corporation (\"CRI\"), under an agreement among Acme, CRI and CRI's only"
                + " shareholders, Jane Roe and John Doe (the \"CRI Shareholders\"). Acme purchased"
                + " CRI's stock directly from the CRI Shareholders.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTargetsAndBuyersOfOldItem2Wording() {
    assertEquals(
        List.of("ViewSoft"),
        extractor.extract(
            "On July 23, 1999, Acme Inc. (the \"Company\") completed the merger of ViewSoft, Inc."
                + " (\"ViewSoft\"), a company organized under the laws of Delaware, with a"
                + " wholly-owned subsidiary of the Company.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("CrosStor Software"),
        extractor.extract(
            "Acme Inc. (the \"Company\") acquired all the outstanding shares of capital stock of"
                + " CrosStor Software, Inc., a New Jersey corporation.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Francisco Partners"),
        extractor.extract(
            "Acme Inc. completed the sale of 90 percent of the Communication Products Division"
                + " (\"CPD\") for approximately $375 million in cash to Francisco Partners, L.P.,"
                + " a private equity investment firm.",
            List.of("Acme Inc.")));
  }

  @Test
  void aListOfPartiesGoesOnPastAFirmNamedByItsPartners() {
    assertEquals(
        List.of("Dewey, Cheatham & Howe Securities", "Globex Securities", "Initech Partners"),
        extractor.extract(
            "The Notes were sold under a Purchase Agreement by and among the Company, Dewey,"
                + " Cheatham & Howe Securities Corporation, Globex Securities Inc. and Initech"
                + " Partners LLC.",
            List.of("Acme Inc.")));
  }

  @Test
  void aNumberBeforeTheLegalFormIsPartOfTheName() {
    assertEquals(
        List.of("Element 14"),
        extractor.extract(
            "Acme Inc. completed its acquisition of Element 14, Inc., a designer of chips.",
            List.of("Acme Inc.")));
  }

  @Test
  void aTargetDescribedAsPrivatelyHeldIsReadAndTitlesAndAmendmentsAreNoNames() {
    assertEquals(
        List.of("Globex Communications"),
        extractor.extract(
            "Acme Inc. announced a definitive agreement to acquire privately-held Globex"
                + " Communications, Inc. of San Jose. \"We are excited,\" said the Globex CEO. The"
                + " Second Amended and Restated Rights Agreement was signed.",
            List.of("Acme Inc.")));
  }

  @Test
  void aCompanyThatWillBecomeTheRegistrantsSubsidiaryIsTheTarget() {
    assertEquals(
        List.of("ViewSoft"),
        extractor.extract(
            "Acme Systems, Inc. today announced a merger agreement pursuant to which ViewSoft, Inc."
                + " will become a wholly-owned subsidiary of Acme. ViewSoft is a Utah-based firm"
                + " specializing in Web-based application development.",
            List.of("Acme Systems, Inc.")));
  }

  @Test
  void aFirmEndingInCoDoesNotRunIntoTheNextSentenceAndAPossessiveGivesNoRole() {
    assertEquals(
        List.of("Dewey Cheatham"),
        extractor.extract(
            "Acme Inc. entered into an Underwriting Agreement by and among the Company and Dewey,"
                + " Cheatham & Co. The Company sold 100,000 shares.",
            List.of("Acme Inc.")));
    PartnerExtractor.Parties p =
        extractor.parties(
            "Acme Inc. sold notes. Initech Legal LLP is acting as the underwriters' legal advisor.",
            List.of("Acme Inc."));
    assertEquals("advisor", p.roles().get("Initech Legal"));
  }

  @Test
  void readsTheFirmSaidToBeDismissedOrEngagedBeforeTheVerb() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "Smith & Jones LLP (\"S&J\") was dismissed as the Company's independent auditors on"
                + " May 1. Brown Green LLP was engaged as the Company's new independent registered"
                + " public accounting firm.",
            List.of("Acme Inc."));
    assertEquals(List.of("Smith & Jones", "Brown Green"), p.names());
    assertEquals("auditor", p.roles().get("Smith & Jones"));
  }

  @Test
  void readsTheBuyerOfAHeadline() {
    assertEquals(
        List.of("Globex"),
        extractor.extract(
            "Globex Corp. to Acquire Acme for $20 Per Share in Cash", List.of("Acme Corp.")));
  }

  @Test
  void readsTheCustomerOfAContract() {
    assertEquals(
        List.of("Initech Rail"),
        extractor.extract(
            "Acme announced today that it has received a $40 million contract from Initech Rail"
                + " to supply signalling systems.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheAccountingFirmWrittenAfterItsRole() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "The Audit Committee approved the change. The Company's former independent registered"
                + " public accounting firm, Smith & Jones LLP, did not disagree. Its auditors,"
                + " the Board said, were consulted.",
            List.of("Acme Inc."));
    assertEquals(List.of("Smith & Jones"), p.names());
    assertEquals("auditor", p.roles().get("Smith & Jones"));
  }

  @Test
  void readsTheOtherSideOfASettlementAndTheSubjectOfAnAgreementsTerms() {
    assertEquals(
        List.of("Globex Devices"),
        extractor.extract(
            "On May 1, the Company settled the patent litigation with Globex Devices for $3"
                + " million.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Initech Medical"),
        extractor.extract(
            "Under the terms of the distribution agreement, Initech Medical will distribute the"
                + " Company's products in Europe.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheFirmSigningALetterOnItsOwnLine() {
    assertEquals(
        List.of("Smith & Jones"),
        extractor.extract(
            "We have read the statements made by Acme Inc. under Item 4.01 and we agree with"
                + " them.\n\nVery truly yours,\nSmith & Jones LLP\nDallas, Texas",
            List.of("Acme Inc.")));
  }

  @Test
  void theSubjectOfAVerbWhoseObjectIsTheRegistrantIsAParty() {
    assertEquals(
        List.of("Initech Motors"),
        extractor.extract(
            "Acme announced today that Initech Motors has selected Acme to supply seats for its"
                + " new models.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Globex"),
        extractor.extract(
            "Globex will pay the Company $5 million on signing.", List.of("Acme Inc.")));
    assertEquals(
        List.of(),
        extractor.extract(
            "The Daily Ledger announced that Acme had won the award.", List.of("Acme Inc.")));
    assertEquals(
        List.of("Globex Tools"),
        extractor.extract(
            "Although Globex Tools has agreed to pay the Company $2 million, the dispute goes on.",
            List.of("Acme Inc.")));
  }

  @Test
  void aRoleWrittenBeforeTheNextPartyIsNotPartOfItsName() {
    assertEquals(
        "Hooli Securities",
        PartnerFilter.withoutRoleHead("Administrative Agent and Hooli Securities"));
    assertEquals(
        "Hooli Securities",
        PartnerFilter.withoutRoleHead("Coordinating Dealer Managers and Hooli Securities"));
    assertEquals("Procter and Gamble", PartnerFilter.withoutRoleHead("Procter and Gamble"));
    assertEquals(
        "Bank and Trust Holdings", PartnerFilter.withoutRoleHead("Bank and Trust Holdings"));
  }

  @Test
  void readsFirmsListedAfterTheirRoleAndAColonWithSemicolons() {
    assertEquals(
        List.of("Hooli Brothers", "Initech Securities", "Globex Partners"),
        extractor.extract(
            "The Trust has agreed to sell the Securities to the following initial purchasers (the"
                + " \"Initial Purchasers\"): Hooli Brothers Inc; Initech Securities Corporation;"
                + " and Globex Partners LLC. The Initial Purchasers will receive a commission.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsEveryFirmAfterManagedByAndABanksNationalAssociation() {
    assertEquals(
        List.of("First Trust of Ohio", "Hooli Securities", "Globex Sachs"),
        extractor.extract(
            "The notes were issued under an indenture between the Company and First Trust of"
                + " Ohio, National Association, as Trustee. The underwriting was managed by Hooli"
                + " Securities Incorporated and Globex, Sachs & Co.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsSeveralTargetsOfOneAcquisitionAndANameStartingWithANumber() {
    assertEquals(
        List.of("Kruse", "Auburn Cordage", "ACD Auto Sales", "111 Potrero Partners"),
        extractor.extract(
            "Form 8-K related to the Registrant's acquisition of Kruse, Inc., Auburn Cordage,"
                + " Inc., ACD Auto Sales, Inc. and 111 Potrero Partners, LLC on May 18, 1999.",
            List.of("Acme Inc.")));
  }

  @Test
  void aConsentsHeadingIsNotPartOfTheFirmsNameAndARuleOrASecurityIsNoParty() {
    assertEquals(
        List.of("Smith & Jones"),
        extractor.extract(
            "CONSENT OF SMITH & JONES LLP, INDEPENDENT AUDITORS\n\nWe consent to the"
                + " incorporation by reference of our report dated May 26, 1999 on the financial"
                + " statements of Acme Inc.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of(),
        extractor.extract(
            "The Company sold $850 million of its Zero Coupon Convertible Subordinated Debentures"
                + " Due 2019 (the \"Debentures\"). The proceeds of the sale of the Debentures"
                + " will be used under the SEC's Rule 10b-18 repurchase program.",
            List.of("Acme Inc.")));
  }

  @Test
  void aBusinessUnitALegalFormAloneAndANewSettlement() {
    assertEquals(
        List.of(),
        extractor.extract(
            "Through the pending acquisition of the Hooli WebSystems Gigabit NIC division from"
                + " Initech Networks, Globex will extend its lead. Acme will pay $26 million for"
                + " Initrode's Unity(TM) operation.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Globex"),
        extractor.extract(
            "Dallas -- Acme Instruments (AI) Incorporated (NYSE: AIX) today said that the Company"
                + " has agreed to settle with Globex PLC regarding a patent complaint.",
            List.of("Acme Instruments Incorporated")));
  }

  @Test
  void anAuditorsConsentToItsReportWithoutADateNamesTheFirm() {
    assertEquals(
        List.of("Smith & Jones"),
        extractor.extract(
            "Consent of Smith & Jones LLP\n\nWe consent to the incorporation by reference in"
                + " Registration Statement No. 333-32926 of Acme Inc. of our report with respect"
                + " to Widget, Inc. dated February 25, 2000.\n\nSmith & Jones LLP\n\nSan Jose,"
                + " California",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheOtherSideOfASuitAndOneBankNamedWithAnd() {
    assertEquals(
        List.of("Initech"),
        extractor.extract(
            "On March 5, 1997, Acme Incorporated (the \"Company\") filed a complaint against"
                + " Initech, Inc. (\"Initech\") in the U.S. District Court.",
            List.of("Acme Incorporated")));
    assertEquals(
        List.of("Harris Trust and Savings Bank"),
        extractor.extract(
            "The Rights Agreement between the Company and Harris Trust and Savings Bank, as Rights"
                + " Agent, was amended.",
            List.of("Acme Inc.")));
  }

  @Test
  void aSuitAgainstTheRegistrantsSideNamesThePlaintiffs() {
    assertEquals(
        List.of("St. Globex Renewal Group", "Initech Recovery", "Hooli Energy"),
        extractor.extract(
            "Acme sold the plant in 2002. On April 23, 2004, St. Globex Renewal Group, L.L.L.P., Initech Recovery Corp., and Hooli"
                + " Energy Corporation of Guam (collectively referred to as \"GRG\") filed a suit"
                + " against Vandelay Alumina L.L.C. and Acme World Alumina, L.L.C. (collectively"
                + " referred to as \"VA\") in the Territorial Court for claims related to the sale.",
            List.of("Acme Inc.")));
  }

  @Test
  void aRatingAgencyAnnouncingRatingChangesIsAParty() {
    PartnerExtractor.Parties p =
        extractor.parties(
            "On May 29, 2013, Kestrel Investors Service announced the following ratings changes"
                + " for Acme Inc.: downgraded the long-term debt rating from Baa3 to Ba1.",
            List.of("Acme Inc."));
    assertEquals(List.of("Kestrel Investors Service"), p.names());
    assertEquals("rating agency", p.roles().get("Kestrel Investors Service"));
  }

  @Test
  void anAgentNamedAfterItsRoleInThePastIsAParty() {
    assertEquals(
        List.of("Globex Bondholder Services", "Initech Bank Luxembourg"),
        extractor.extract(
            "The Depositary and the Information Agent in all places other than Luxembourg was"
                + " Globex Bondholder Services Corporation. The Luxembourg Agent was Initech Bank"
                + " Luxembourg S.A.",
            List.of("Acme Inc.")));
  }

  @Test
  void aDatelineAContractionAProductASecuritiesSeriesAndARegulatorEndOrDropAName() {
    assertEquals(
        List.of("Initech"),
        extractor.extract(
            "Acme Completes Acquisition of Initech MOUNTAIN VIEW, Calif. - March 11, 2008 - Acme"
                + " Inc. today announced that the deal closed.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of(),
        extractor.extract(
            "Acme entered into a consent order with the FTC We've agreed to change how the Hooli"
                + " API is licensed. Acme invested in Initrode's Series B financing.",
            List.of("Acme Inc.")));
  }

  @Test
  void aPlaceBeforeOrAfterTheFirmAndTheRegistrantsOwnProductAreNoPartOfAPartner() {
    assertEquals(
        List.of("SiByte", "Initech"),
        extractor.extract(
            "Acme agreed to acquire Santa Clara-based SiByte, Inc. Acme has completed the"
                + " acquisition of Initech Incorporated of Waterloo, Canada. Sales of the Acme"
                + " Athlon processor rose.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Kyocera Wireless"),
        extractor.extract(
            "Acme today announced the completion of the sale of its terrestrial-based wireless"
                + " consumer phone business, including phone inventory, manufacturing equipment and"
                + " customer commitments, to Kyocera Wireless Corp. (KWC).",
            List.of("Acme Inc.")));
  }

  @Test
  void anAuditorSigningWithACorporateLegalFormAfterSlashS() {
    assertEquals(
        List.of("KPMG"),
        extractor.extract(
            "CONSENT OF INDEPENDENT AUDITORS\n\nWe consent to incorporation by reference of our"
                + " report dated January 31, 2000.\n\n/s/ KPMG Inc.\n\nCape Town, South Africa",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheSellerOfAssetsAnAwardsPayeeAndAnAgentNamedAfterItsRole() {
    assertEquals(
        List.of("Initech Solutions"),
        extractor.extract(
            "Acme completed its acquisition of certain software technologies and assets of"
                + " Initech Solutions, plc (\"Initech\").",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Globex Microsystems"),
        extractor.extract(
            "The District Court awarded $25.5 million to Globex Microsystems, Inc. in a lawsuit"
                + " filed against the registrant. PSUs awarded in 2017 are compared to the TSR of"
                + " peers.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Hooli Stock Transfer & Trust Company"),
        extractor.extract(
            "The new shares will be mailed by the Company's transfer agent, Hooli Stock Transfer &"
                + " Trust Company.",
            List.of("Acme Inc.")));
  }

  @Test
  void aNameWrittenWithAPersonsTitleSomewhereIsAPersonAndSoIsItsFirstName() {
    assertEquals(
        List.of(),
        extractor.extract(
            "The Committee approved a compensation arrangement for Nikesh Arora, Acme's Senior"
                + " Vice President.\n\nExhibit 10.01\nThis agreement is made and entered into"
                + " effective as of April 27, 2012 (the \"\"), by and between Nikesh Arora (\"\") and"
                + " Acme Inc. and its subsidiaries (\"\").\nEffective Date\nNikesh\nAcme",
            List.of("Acme Inc.")));
  }

  @Test
  void aPartyTheAgreementCallsTheMergerSubIsTheRegistrants() {
    assertEquals(
        List.of("Initech Holdings"),
        extractor.extract(
            "On May 22, 2012, pursuant to the Agreement and Plan of Merger, by and among Acme Inc."
                + " (the Company), ZX98 Inc. (Merger Sub) and Initech Holdings, Inc. (Initech), the"
                + " Company completed the acquisition of Initech.",
            List.of("Acme Inc.")));
  }

  @Test
  void anAccountantEngagedInTheSingularALetterUnderTheOldItem4AndANameEndingInANumber() {
    assertEquals(
        List.of("Smith & Jones", "Brown & Green"),
        extractor.extract(
            "On September 7, 2000, the Company engaged Smith & Jones LLP as its independent"
                + " accountant. The Company's previous independent accountant was Brown & Green"
                + " LLP. Brown & Green LLP was dismissed as the independent accountant.",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Brown & Green"),
        extractor.extract(
            "We have read the statements made by Acme Inc., which we understand will be filed"
                + " pursuant to Item 4 of Form 8-K. We agree with the statements concerning our"
                + " Firm.\n\nVery truly yours,\n\n/s/ Brown & Green LLP",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Layer 5"),
        extractor.extract(
            "The Registrant entered into an Agreement and Plan of Reorganization with Layer 5, a"
                + " California corporation, pursuant to which the Registrant will acquire Layer 5.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsSeveralCompaniesAcquiredTogether() {
    assertEquals(
        List.of("Kruse", "Auburn Cordage", "ACD Auto Sales"),
        extractor.extract(
            "On May 18, 1999, Acme completed a series of acquisitions in which it acquired Kruse,"
                + " Inc. (d/b/a Kruse International), Auburn Cordage, Inc. and ACD Auto Sales, Inc.,"
                + " each an Indiana corporation.",
            List.of("Acme Inc.")));
  }

  @Test
  void readsTheFirmsListedOnePerLineUnderARoleHeadingAndDropsALoneLastWordOfAFirm() {
    assertEquals(
        List.of("Hooli Global Markets", "Initech Securities", "Globex, Pierce & Smith"),
        extractor.extract(
            "Schedule I to the Terms Agreement\nUnderwriters:\nHooli Global Markets Inc.\n"
                + "Initech Securities LLC\nGlobex, Pierce & Smith\nIncorporated\n"
                + "Counsel for Underwriters and Address:\nSmith & Jones, 1600 Main Street",
            List.of("Acme Inc.")));
    assertEquals(
        List.of("Hooli Global Markets", "Globex Sachs", "Initech Securities"),
        extractor.extract(
            "Acme Inc. entered into a terms agreement with Hooli Global Markets Inc., Globex,"
                + " Sachs & Co. and Initech Securities LLC, as representatives of the several"
                + " underwriters named therein.",
            List.of("Acme Inc.")));
  }

  @Test
  void aPlaceInParenthesesBeforeTheLegalFormIsPartOfTheName() {
    assertEquals(
        List.of("Hooli Dominion (Texas)"),
        extractor.extract(
            "On January 3, 2023, Acme Inc. (the Company), Hooli Dominion (Texas) LLC, as"
                + " administrative agent, and the other lenders party thereto entered into a credit"
                + " agreement.",
            List.of("Acme Inc.")));
  }

  @Test
  void theReviewsCasesAFirstWordSharedWithTheRegistrantBrandsAndAHeadingWithTrailingBlanks() {
    assertEquals(
        List.of("Air France"),
        extractor.extract(
            "The Company entered into a supply agreement with Air France.",
            List.of("Air Products and Chemicals, Inc.")));
    assertFalse(
        extractor
            .extract(
                "Acme acquired the Zantac, Tums and Aquafresh brands from Globex last year.",
                List.of("Acme Inc."))
            .contains("Tums"));
    assertEquals(
        List.of("Hooli Securities", "Initech Capital"),
        extractor.extract(
            "Schedule I\nUnderwriters: \nHooli Securities LLC\nInitech Capital Inc.\n\nTerms",
            List.of("Acme Inc.")));
  }

  @Test
  void aNameInCapitalsAfterAPrefixInSmallLettersIsNoDateline() {
    assertEquals(34, Names.nameEnd("with McDONNELL DOUGLAS CORPORATION and more", 5));
  }

  @Test
  void anExportControlClassificationIsNoParty() {
    assertEquals(
        List.of(),
        extractor.extract(
            "The licensing requirement includes future Acme integrated circuits classified with"
                + " ECCN 3A090 or 4A090, achieving certain total processing performance.",
            List.of("Acme Corporation")));
    assertFalse(
        extractor
            .extract(
                "The government informed Acme that it has imposed a new license requirement on any"
                    + " future exports of the H100 integrated circuit to China.",
                List.of("Acme Corporation"))
            .contains("H100"));
  }

  @Test
  void aParentWrittenWithItsLegalFormAndThePossessedFirmAreBothParties() {
    assertEquals(
        List.of("Globex", "Sapo Group"),
        extractor.extract(
            "Acme has a letter of intent with Globex ASA's Sapo Group (Sapo) to create a joint"
                + " venture that would combine its extrusion business with Sapo's Profiles"
                + " extruded aluminum business.",
            List.of("Acme Inc.")));
    // A possessive that is part of a name is left whole.
    assertEquals(
        List.of("Moody's Investors Service"),
        extractor.extract(
            "Acme entered into an agreement with Moody's Investors Service, Inc. for its rating.",
            List.of("Acme Inc.")));
  }

  @Test
  void aFirmOfAPlaceWrittenWithItsLegalFormAfterThePlaceKeepsItsWholeName() {
    assertEquals(
        List.of("Aluminum Corporation of China"),
        extractor.extract(
            "Acme today announced it has sold its equity holdings in the Aluminum Corporation of"
                + " China Limited (Chalco) through a placement of shares.",
            List.of("Acme Inc.")));
  }

  @Test
  void anAgentNamedAfterItsRoleForAPlaceOrAnOfferIsRead() {
    assertEquals(
        List.of("Hooli Bondholder Services", "Initech Luxembourg"),
        extractor.extract(
            "The Depositary and the Information Agent in all places other than Luxembourg is Hooli"
                + " Bondholder Services Corporation. The Luxembourg Agent for the Any and All"
                + " Tender Offer is Initech Luxembourg S.A. Copies are available.",
            List.of("Acme Inc.")));
  }
}
