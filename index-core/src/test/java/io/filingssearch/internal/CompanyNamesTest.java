package io.filingssearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one name normaliser: keys shared by every spelling, short names as the filer writes them. */
class CompanyNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ImmunoGen, Inc.|immunogen",
        "IMMUNOGEN INC|immunogen",
        "immunogen corporation|immunogen",
        "The Fairchild Corporation|fairchild",
        "Aaron's, Inc.|aarons",
        "Aarons|aarons",
        "AARON\u2019S INC.|aarons",
        "Aaron Rents, Inc.|aaron rents",
        "Sears, Roebuck and Co.|sears roebuck",
        "Procter & Gamble Co|procter and gamble",
        "AT&T Inc.|at and t",
        "Nestlé S.A.|nestle",
        "ImmunoGen's 95%-owned|immunogen s 95 owned",
        "Inc.|inc"
      })
  void everySpellingOfANameHasOneKey(String name, String key) {
    assertEquals(key, CompanyNames.key(name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ImmunoGen, Inc.|ImmunoGen",
        "IMMUNOGEN INC|Immunogen",
        "The Fairchild Corporation|Fairchild",
        "Aaron's, Inc.|Aaron's",
        "GENERAL ELECTRIC CO|General Electric",
        "Sears, Roebuck and Co.|Sears, Roebuck",
        "SEARS, ROEBUCK AND CO.|Sears, Roebuck",
        "MERRILL LYNCH, PIERCE, FENNER & SMITH INCORPORATED|Merrill Lynch, Pierce, Fenner & Smith",
        "KPMG LLP|KPMG",
        "BANK OF NEW YORK MELLON|Bank of New York Mellon",
        "CAPITAL ONE FINANCIAL CORP|Capital One Financial",
        "AAR CORP|AAR",
        "1-800-FLOWERS.COM, INC.|1-800-FLOWERS.COM",
        "Genentech|Genentech"
      })
  void theShortNameKeepsTheFilersSpellingWithoutItsLegalForm(String name, String shortName) {
    assertEquals(shortName, CompanyNames.shortName(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Securities Exchange Act of 1934",
        "Park Avenue, New York, New York",
        "PITTSBURGH, Pa., June 21, 2005 Alcoa",
        "CURRENT REPORT",
        "General Corporation Law"
      })
  void lawsAddressesDatelinesAndCoverWordsAreNotNames(String text) {
    assertFalse(CompanyNames.canBeAName(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Inc.", "Inc", "LLC", "AG", "L.P.", "GmbH"})
  void legalFormsAreKnownAsWritten(String token) {
    assertTrue(CompanyNames.isLegalForm(token));
  }

  @ParameterizedTest
  @ValueSource(strings = {"inc", "Ag", "Acme"})
  void ordinaryWordsAreNotLegalForms(String token) {
    assertFalse(CompanyNames.isLegalForm(token));
  }
}
