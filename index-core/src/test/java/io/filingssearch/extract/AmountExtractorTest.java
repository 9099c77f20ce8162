package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.filing.Amount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountExtractorTest {
  private final AmountExtractor extractor = new AmountExtractor();

  /** Extracts, and checks every amount's offsets point at its literal text. */
  private List<Amount> amounts(String text) {
    List<Amount> found = extractor.extract(text);
    for (Amount a : found) {
      assertEquals(a.text(), text.substring(a.start(), a.end()), "offsets of " + a);
    }
    return found;
  }

  private Amount only(String text) {
    List<Amount> found = amounts(text);
    assertEquals(1, found.size(), () -> "amounts in '" + text + "': " + found);
    return found.get(0);
  }

  private static void assertValue(String expected, Amount a) {
    assertEquals(0, new BigDecimal(expected).compareTo(a.usd()), () -> expected + " vs " + a);
  }

  @Test
  void aSignEndingItsLineMarksTheNumberOnTheNextUnderTheTablesScale() {
    List<Amount> found =
        amounts(
            "SELECTED FINANCIAL DATA\n(in thousands, except per share amounts)\n\n1998 | 1997\n"
                + "Net revenues\n$\n245,100\n$\n84,108\nGross profit | 192,946 | 64,226\n");
    assertEquals(
        List.of("245100000", "84108000", "192946000", "64226000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void zeroIsNoAmountAndTheCurrencySaidAgainBeforeTheScaleIsRead() {
    assertEquals(List.of(), amounts("Options granted at an exercise price of $0.00 per share."));
    assertValue("50000000000", only("Toshiba, with annual sales of over $50 (US) billion, said"));
  }

  @Test
  void onlyTheColumnsWhoseHeadersSayDollarsAreReadAtTheirScale() {
    List<Amount> found =
        amounts(
            "Q4 Summary Data\n"
                + "Segments | Units K | Rev M$ | Units K | Rev M$ | Change\n"
                + "Americas | 642 | $ | 2,188 | 636 | $ | 1,771 | 22 | %\n"
                + "Europe | 301 | 899 | 259 | 779 | 14 | %\n");
    assertEquals(
        List.of("2188000000", "1771000000", "899000000", "779000000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void rowsUnderAHeadingThatCountsSharesAreNoDollars() {
    List<Amount> found =
        amounts(
            "(In millions, except per-share amounts)\n"
                + "Net income | $ | 33,916 | $ | 29,998\n"
                + "Shares used in computing earnings per share:\n"
                + "Basic | 15,509,763 | 15,892,723\n"
                + "Diluted | 15,576,641 | 15,955,718\n"
                + "Total net sales | 119,575 | 117,154\n");
    assertEquals(
        List.of("33916000000", "29998000000", "119575000000", "117154000000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void rowsOpeningWithABarUnderAShareHeadingRowAreNoDollars() {
    List<Amount> found =
        amounts(
            "(In millions, except per-share amounts)\n"
                + "| Net income | $ | 33,916 | $ | 29,998 |\n"
                + "| Weighted average shares outstanding: | | |\n"
                + "| Basic | 15,509,763 | 15,892,723 |\n"
                + "| Diluted | 15,576,641 | 15,955,718 |\n"
                + "| Total net sales | 119,575 | 117,154 |\n");
    assertEquals(
        List.of("33916000000", "29998000000", "119575000000", "117154000000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void aScaleForEachQuantityScalesTheColumnsNamingADollarQuantity() {
    List<Amount> found =
        amounts(
            "Q4 Summary Data\n(Units in thousands, Revenue in millions)\n"
                + "Q3 | Q4\n"
                + "Units | Revenue | Units | Revenue\n"
                + "Americas | 1,522 | $ | 12,806 | 1,716 | $ | 9,648\n"
                + "Europe | 941 | 8,237 | 1,176 | 7,397\n"
                + "Services | 6,325 | 5,976\n");
    assertEquals(
        List.of(
            "12806000000", "9648000000", "8237000000", "7397000000", "6325000000", "5976000000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void aParValueInATableIsNotAtTheTablesScaleAndItsRowCountsDollars() {
    List<Amount> found =
        amounts(
            "(In millions)\n"
                + "Accounts receivable, less allowances of $63 | 12,953 | 16,849\n"
                + "Common stock, $0.00001 par value: 12,600,000 shares authorized | 28,253 |"
                + " 27,416\n");
    assertEquals(
        List.of("63000000", "12953000000", "16849000000", "0.00001", "28253000000", "27416000000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void aNumberWhoseNextCellIsAPercentSignIsNoAmount() {
    List<Amount> found =
        amounts(
            "(In millions)\n"
                + "Advertising | $ | 7,857 | $ | 5,201 | 51 | %\n"
                + "Payments and other fees | 175 | 181 | (3 | )%\n");
    assertEquals(
        List.of("7857000000", "5201000000", "175000000", "181000000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void aTableRepeatingAScaledTablesColumnHeadsAfterProseIsAtItsScale() {
    List<Amount> found =
        amounts(
            "SUMMARY INCOME STATEMENT DATA (In millions, except per share amounts)\n"
                + "Periods\n\n"
                + "Three Months Ended | Twelve Months Ended\n"
                + "NET REVENUE | $ 8,212 | $29,389\n"
                + "\n"
                + "The following pro forma information excludes acquisition-related costs, which are"
                + " not deductible for income tax purposes, and is not prepared in accordance with"
                + " generally accepted accounting principles in the United States of America.\n"
                + "\n"
                + "Three Months Ended | Twelve Months Ended\n"
                + "Pro forma operating income | $ 3,054 | $10,570\n"
                + "Diluted earnings per share | $ | 0.69 | $ | 2.33\n");
    assertEquals(
        List.of("8212000000", "29389000000", "3054000000", "10570000000", "0.69", "2.33"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void perShareRowsAreNotScaledAndAWrappedShareLabelCountsShares() {
    List<Amount> found =
        amounts(
            "(In thousands)\n"
                + "Net revenues | $ | 1,018 | $ | 956\n"
                + "EPS (Diluted) | $ | 0.35 | $ | 0.75\n"
                + "Shares used in computing basic\n"
                + "net income per share | 47,040 | 45,930\n");
    assertEquals(
        List.of("1018000", "956000", "0.35", "0.75"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void newTaiwanDollarsWrittenApartFromTheSignAreNoUsDollars() {
    assertEquals(
        List.of("45000000"),
        amounts("The price will be NTD $10 per share, for a total of US$45 million.").stream()
            .map(a -> a.usd().toPlainString())
            .toList());
  }

  @Test
  void aColumnHeaderInParenthesesScalesItsColumnOnly() {
    List<Amount> found = amounts("Product | Units K | Sales ($000)\nWidgets | 12 | 3,400\n");
    assertEquals(List.of("3400000"), found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void readsMillionsWithDecimalsExactly() {
    Amount a =
        only("BioChem will invest $11.125 million in non-voting convertible preferred stock");
    assertEquals(new BigDecimal("11125000"), a.usd());
    assertEquals("$11.125 million", a.text());
    assertEquals(20, a.start());
    assertEquals("equity investment", a.role());
  }

  @Test
  void readsTrailingZeroDecimalAndMilestoneRoleAndUpToQualifier() {
    Amount a =
        only("BioChem will also make milestone payments of up to $15.0 million for each product");
    assertValue("15000000", a);
    assertEquals("up to", a.qualifier());
    assertEquals("milestone", a.role());
  }

  @Test
  void readsCombinedQualifierAcrossALineBreak() {
    Amount a =
        only(
            "potential milestone payments--assuming benchmarks are met--of up to nearly $40\nmillion per antigen target");
    assertValue("40000000", a);
    assertEquals("$40\nmillion", a.text());
    assertEquals("up to nearly", a.qualifier());
    assertEquals("milestone", a.role());
  }

  @Test
  void readsHeadlineCapitals() {
    Amount a = only("IMMUNOGEN, INC. AND SMITHKLINE BEECHAM SIGN $45 MILLION AGREEMENT");
    assertValue("45000000", a);
    assertEquals("$45 MILLION", a.text());
    assertNull(a.qualifier());
  }

  @Test
  void readsMarkdownEscapedDollarWithoutTheBackslash() {
    String text =
        "by payment of a \\$2 million technology access fee, which Genentech has now paid";
    Amount a = only(text);
    assertValue("2000000", a);
    assertEquals("$2 million", a.text());
    assertEquals(text.indexOf('$'), a.start());
    assertEquals("fee", a.role());
  }

  @Test
  void readsUpFrontFeeAsUpfront() {
    Amount a =
        only("The agreement provides for an up-front technology access fee of $3 million and");
    assertValue("3000000", a);
    assertEquals("upfront", a.role());
  }

  @Test
  void readsPlainNumbersWithThousandsSeparators() {
    Amount a = only("a loan of $500,000 from the bank");
    assertEquals(new BigDecimal("500000"), a.usd());
    assertEquals("$500,000", a.text());
    assertEquals("loan", a.role());
  }

  @Test
  void readsBillions() {
    Amount a =
        only("The aggregate purchase price for the acquisition was approximately $1.2 billion.");
    assertEquals(new BigDecimal("1200000000"), a.usd());
    assertEquals("approximately", a.qualifier());
    assertEquals("purchase price", a.role());
  }

  @Test
  void readsPerShareAmounts() {
    Amount a = only("a quarterly dividend of $0.25 per share payable on June 1");
    assertEquals(new BigDecimal("0.25"), a.usd());
    assertEquals("per share", a.role());
    assertEquals("$0.25", a.text());
  }

  @Test
  void readsUsDollarPrefix() {
    Amount a = only("an equity investment of US$3 million in the venture");
    assertValue("3000000", a);
    assertEquals("US$3 million", a.text());
  }

  @Test
  void readsTheCurrencyWrittenAfterTheSign() {
    Amount a = only("tender its stake for a total of approximately $US 870 million in cash");
    assertValue("870000000", a);
    assertEquals(List.of(), amounts("the $U.S. Steel bonds and the $USD index"));
  }

  @Test
  void readsAmountsWrittenInDollars() {
    Amount a = only("the Company received 3 million dollars at closing");
    assertValue("3000000", a);
    assertEquals("3 million dollars", a.text());
  }

  @Test
  void readsBothEndsOfRangeWithTo() {
    List<Amount> found = amounts("revenue of $10 to $20 million next year");
    assertEquals(2, found.size());
    assertValue("10000000", found.get(0));
    assertValue("20000000", found.get(1));
    assertEquals("$10 to $20 million", found.get(0).text());
  }

  @Test
  void readsBothEndsOfHyphenatedRange() {
    List<Amount> found = amounts("charges of $10-20 million in 2005");
    assertEquals(2, found.size());
    assertValue("10000000", found.get(0));
    assertValue("20000000", found.get(1));
  }

  @Test
  void readsBothEndsWhenFirstHasItsOwnScale() {
    List<Amount> found = amounts("between $500,000 and $1 million");
    assertEquals(2, found.size());
    assertValue("500000", found.get(0));
    assertValue("1000000", found.get(1));
  }

  @Test
  void keepsSeparateAmountsJoinedByAndApart() {
    List<Amount> found = amounts("$12 million in cash and $13 million in milestone payments");
    assertEquals(2, found.size());
    assertValue("12000000", found.get(0));
    assertEquals("$12 million", found.get(0).text());
    assertValue("13000000", found.get(1));
  }

  @Test
  void readsQualifiersMoreThanExceedingAndAtLeast() {
    assertEquals("more than", only("payments totaling more than $40 million").qualifier());
    assertEquals("exceeding", only("milestone payments exceeding $40 million").qualifier());
    assertEquals("at least", only("a price of at least $5 million").qualifier());
    assertEquals("nearly", only("worth nearly $7 million").qualifier());
  }

  @Test
  void ignoresYearsPhoneNumbersPercentagesShareCountsAndItemNumbers() {
    String text =
        "In 1999, under Item 5 and Exhibit 99.1, call (617) 769-4242 or 617-555-1212; the Company"
            + " acquired 15% of 1,000,000 shares, 3,109 shares and 2005 dollars of revenue.";
    assertTrue(amounts(text).isEmpty(), () -> amounts(text).toString());
  }

  @Test
  void ignoresOtherCurrenciesWrittenWithADollarSign() {
    assertTrue(amounts("a payment of C$5 million and A$2 million").isEmpty());
  }

  @Test
  void ignoresOtherDollarsWhoseCodeIsWrittenApartFromTheSign() {
    assertTrue(
        amounts("raise the Canadian subfacility from Cdn $25 million to HK $35 million").isEmpty());
    // A single capital before a spaced sign is a word, not a code: "A $5 million charge".
    assertEquals(1, amounts("A $5 million charge was recorded.").size());
  }

  @Test
  void readsAmountWithSpaceAfterDollarSign() {
    Amount a = only("a fee of $ 250,000 per year");
    assertEquals(new BigDecimal("250000"), a.usd());
  }

  @Test
  void appliesAThousandsHeaderToTheDollarAmountsOfItsOneLineTableButNotToPerShareAmounts() {
    List<Amount> found =
        amounts(
            "Consolidated Statements of Earnings (In thousands, except per share amounts)"
                + " Revenues: Rentals and Fees $277,927 $245,794 Net Earnings $19,657"
                + " Earnings Per Share $.36 $.40 Weighted Average Shares Outstanding 54,191");
    assertValue("277927000", found.get(0));
    assertValue("19657000", found.get(2));
    assertValue("0.36", found.get(3));
    assertEquals(5, found.size(), found::toString);
  }

  @Test
  void readsTheSignInItsOwnCellAndTheCellsOfADollarTableButNotProseAfterIt() {
    String text =
        "($ in millions)\nNet sales | $ | 26,741 | $ | 15,683\nCost of sales | 16,443 | 9,272\n"
            + "Fiscal year | 2010 | 2009\n"
            + "The company expects revenue of about $9 and spent $5 on it, according to"
            + " management's discussion of the quarter, which is long enough to be prose and ends"
            + " the table above, as a reader can see from its length and its lack of cells.";
    List<Amount> found = amounts(text);
    assertValue("26741000000", found.get(0));
    assertValue("15683000000", found.get(1));
    assertValue("16443000000", found.get(2));
    assertValue("9272000000", found.get(3));
    assertValue("9", found.get(4));
    assertValue("5", found.get(5));
    assertEquals(6, found.size(), found::toString);
  }

  @Test
  void readsCentsWithoutADollarSign() {
    Amount a = only("The board declared a quarterly dividend of 15 cents per share.");
    assertValue("0.15", a);
    assertEquals("15 cents", a.text());
    assertEquals("per share", a.role());
  }

  @Test
  void leavesAmountsWithAScaleWordAloneInAScaledTable() {
    List<Amount> found = amounts("(in millions)\nOrders of $776 million | 12\n");
    assertValue("776000000", found.get(0));
  }

  @Test
  void marksTableNumbersAndTheSizeOfABusinessAsAmountsTheSectionIsNotAbout() {
    List<Amount> found =
        amounts(
            "The bank, with $2.0 trillion in client assets, will pay $150 million for the"
                + " business.\n(in millions)\nNet sales | $ | 26,741\n");
    assertTrue(!found.get(0).salient(), found.get(0).toString());
    assertTrue(found.get(1).salient(), found.get(1).toString());
    assertTrue(!found.get(2).salient(), found.get(2).toString());
  }

  @Test
  void givesTheEquityInvestmentRoleOnlyWhereTheTextSaysSo() {
    assertNull(only("Stockholders' equity was $5 million at year end.").role());
    assertEquals("equity investment", only("Acme will invest $5 million in the company.").role());
  }

  @Test
  void readsANegativeInParenthesesAsItsMagnitude() {
    List<Amount> found = amounts("a net loss of $(0.05) per share, or $(1.2) million");
    assertValue("0.05", found.get(0));
    assertEquals("per share", found.get(0).role());
    assertValue("1200000", found.get(1));
    assertEquals(2, found.size(), found::toString);
    List<Amount> cells = amounts("($ in thousands)\nNet loss | $ | (125) | (90) |\n");
    assertValue("125000", cells.get(0));
    assertValue("90000", cells.get(1));
  }

  @Test
  void readsSpacesAndANoBreakSpaceAfterTheSign() {
    assertValue("1234", only("revenue of $  1,234 in the quarter"));
    assertValue("5600000", only("proceeds of $\u00a05.6 million"));
  }

  @Test
  void aScaledTableWithSignedCellsIsADollarTableExceptItsRowsOfSharesAndPercentages() {
    List<Amount> found =
        amounts(
            "(In millions)\nRevenue | $ | 1,018 | $ | 900\nCost of sales | 600 | 500\n"
                + "Weighted average shares outstanding | 310 | 305\nGross margin % | 41 | 44\n");
    assertValue("1018000000", found.get(0));
    assertValue("900000000", found.get(1));
    assertValue("600000000", found.get(2));
    assertValue("500000000", found.get(3));
    assertEquals(4, found.size(), found::toString);
    // Without a sign anywhere, "(In millions)" may count shares or units: no cell is read.
    assertTrue(amounts("(In millions)\nUnits shipped | 12 | 10\n").isEmpty());
  }

  @Test
  void aLongTitleEndingInItsScaleHeaderScalesTheTableBelowIt() {
    List<Amount> found =
        amounts(
            "PRO FORMA CONSOLIDATED STATEMENTS OF OPERATIONS EXCLUDING IN-PROCESS RESEARCH AND"
                + " DEVELOPMENT, AMORTIZATION OF GOODWILL AND OTHER ACQUISITION-RELATED CHARGES,"
                + " AND NET GAINS REALIZED ON MINORITY INVESTMENTS (In millions, except per-share"
                + " amounts)\n\nNET SALES | $ 6,519 | $ 3,918\nCost of sales | 2,378 | 1,388\n");
    assertValue("6519000000", found.get(0));
    assertValue("1388000000", found.get(3));
    assertEquals(4, found.size(), found::toString);
  }

  @Test
  void rowsUnderAHeadingLineNamingSharesAreNoDollars() {
    List<Amount> found =
        amounts(
            "(In thousands, except per share amounts)\nNet income | $ | 6,200 | $ | 2,500\n"
                + "Average common shares outstanding\nBasic | 27,316 | 26,411\n"
                + "Diluted | 30,497 | 27,392\n");
    assertEquals(
        List.of("6200000", "2500000"), found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void aSentenceBetweenTheScaleHeaderAndTheTableAndASubtotalRowWithoutLabel() {
    List<Amount> found =
        amounts(
            "SELECTED FINANCIAL DATA (in thousands, except per share data)\n\nThe selected data"
                + " set forth below for each of the fiscal years in the three-year period ended"
                + " October 30, 1999 have been derived from our audited consolidated financial"
                + " statements, which are included elsewhere in this report.\n\n"
                + "Net sales | $941,546 | $1,193,786\nCost of sales | 500,000 | 600,000\n"
                + "441,546 | 593,786\nShares used in per share\ncalculation\n"
                + "- Basic | 150,880 | 148,029\n");
    assertEquals(
        List.of("941546000", "1193786000", "500000000", "600000000", "441546000", "593786000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void anUnauditedHeaderNamingDollarsAndSharesScalesAndNumbersWrittenInFullAreNot() {
    List<Amount> found =
        amounts(
            "(Unaudited, Dollars and Shares in Millions, Except Per Share Data)\n\n"
                + "Net Sales | $ | 11,944 | $ | 10,725\n"
                + "Less cost of treasury stock \u2014 561 million common shares | (17,975 | )\n"
                + "Average indebtedness | $ | 132,350,000 | $ | 128,255,377\n");
    assertEquals(
        List.of("11944000000", "10725000000", "17975000000", "132350000", "128255377"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void anAmountInMillionsWrittenToOneDecimalIsScaledThoughPerShareDataIsExcepted() {
    List<Amount> found =
        amounts(
            "(IN MILLIONS EXCEPT PER SHARE DATA)\n\nNet Sales | $1,032.7 | $ | 742.9\n"
                + "Net income per share | $ | 1.05 | $ | 0.35\n");
    assertEquals(
        List.of("1032700000", "742900000", "1.05", "0.35"),
        found.stream().map(a -> a.usd().stripTrailingZeros().toPlainString()).toList());
  }

  @Test
  void proseAfterAScaleHeaderWithNoRowAfterItIsNotScaled() {
    List<Amount> found =
        amounts(
            "Revenue (in millions)\n\nOn March 3 the Company paid a one-time fee of $12,500 to its"
                + " former distributor in settlement of all claims, which is included in other"
                + " expense for the quarter and is not expected to recur in future periods or"
                + " affect guidance.\n");
    assertEquals(List.of("12500"), found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void aTableFlattenedOntoOneLineIsReadRowByRowAtItsScale() {
    List<Amount> found =
        amounts(
            "Acme, Inc. Consolidated Statements of Earnings (In thousands, except per share"
                + " amounts) (Unaudited) Three Months Ended March 31, ------------ 2006 2005"
                + " ------------ Revenues: Rentals and Fees $ 254,246 $ 209,145 Retail Sales"
                + " 19,170 16,043 Other 1,621 1,398 Net Earnings $ 21,561 $ 18,422 Earnings Per"
                + " Share $ .43 $ .37 Weighted Average Shares Outstanding 50,185 49,767 Bank Debt"
                + " 81,037 91,336 Margin 12% 10%");
    assertEquals(
        List.of(
            "254246000",
            "209145000",
            "19170000",
            "16043000",
            "1621000",
            "1398000",
            "21561000",
            "18422000",
            "0.43",
            "0.37",
            "81037000",
            "91336000"),
        found.stream().map(a -> a.usd().toPlainString()).toList());
  }

  @Test
  void aSentenceOnALongLineUnderAScaleIsNoFlattenedTable() {
    String text =
        "Results (in millions) were strong this year, and the company, which paid $5 million in"
            + " fees and has 6,400 employees in 12 countries, expects revenues of $2.1 billion in"
            + " 2007 with about 585 stores open by the end of the year across the whole region.";
    assertEquals(
        List.of("5000000", "2100000000"),
        amounts(text).stream().map(a -> a.usd().toPlainString()).toList());
  }
}
