package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Golden end-to-end tests: parse each seed filing, extract its facts, check them. */
class SeedFilingsGoldenTest {
  private final FactExtractor extractor = new FactExtractor();

  private Filing seed(LocalDate dateOfReport) throws Exception {
    try (Stream<Path> files = Files.list(Fixtures.seeds())) {
      for (Path p : files.sorted().toList()) {
        Filing f = new FilingParser().parse(p);
        if (dateOfReport.equals(f.dateOfReport())) {
          return extractor.extract(f);
        }
      }
    }
    throw new AssertionError("no seed filing with date of report " + dateOfReport);
  }

  private static List<BigDecimal> values(Filing f) {
    return f.amounts().stream().map(a -> a.usd().stripTrailingZeros()).toList();
  }

  private static Amount amount(Filing f, String value) {
    BigDecimal v = new BigDecimal(value);
    return f.amounts().stream()
        .filter(a -> a.usd().compareTo(v) == 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no amount " + value + " in " + f.amounts()));
  }

  private static void assertAmounts(Filing f, String... expected) {
    List<BigDecimal> want =
        Stream.of(expected).map(s -> new BigDecimal(s).stripTrailingZeros()).toList();
    assertEquals(want.size(), values(f).size(), () -> "amounts " + f.amounts());
    assertTrue(values(f).containsAll(want), () -> "amounts " + f.amounts());
  }

  @Test
  void filing1997NamesBioChemPharmaAndItsInvestmentAndMilestones() throws Exception {
    Filing f = seed(LocalDate.of(1997, 8, 1));
    assertEquals(List.of("BioChem Pharma"), f.partners());
    assertAmounts(f, "11125000", "15000000");
    assertEquals("equity investment", amount(f, "11125000").role());
    assertEquals("up to", amount(f, "15000000").qualifier());
    assertEquals("milestone", amount(f, "15000000").role());
    for (String notPartner :
        List.of(
            "Feinstein Kean Partners", "Nasdaq", "Montreal Exchange", "Toronto Stock Exchange")) {
      assertFalse(f.partners().contains(notPartner), notPartner);
    }
  }

  @Test
  void filing2000NamesGenentechWithUpfrontFeeAndMilestones() throws Exception {
    Filing f = seed(LocalDate.of(2000, 5, 8));
    assertEquals(List.of("Genentech"), f.partners());
    assertAmounts(f, "3000000", "40000000");
    assertEquals("up to nearly", amount(f, "40000000").qualifier());
    assertEquals("milestone", amount(f, "40000000").role());
    assertEquals("upfront", amount(f, "3000000").role());
  }

  @Test
  void filing1999NamesSmithKlineBeechamAndTheDealAmounts() throws Exception {
    Filing f = seed(LocalDate.of(1999, 2, 3));
    assertEquals(List.of("SmithKline Beecham"), f.partners());
    assertAmounts(f, "40000000", "5000000", "45000000");
    assertEquals("exceeding", amount(f, "40000000").qualifier());
    assertEquals("equity investment", amount(f, "5000000").role());
  }

  @Test
  void filing2005NamesOnlyGenentechNotTheLicenseesInAboutImmunoGen() throws Exception {
    Filing f = seed(LocalDate.of(2005, 5, 3));
    assertEquals(List.of("Genentech"), f.partners());
    assertAmounts(f, "2000000");
    Amount a = amount(f, "2000000");
    assertEquals("$2 million", a.text());
    assertEquals("fee", a.role());
  }

  @Test
  void everyAmountsOffsetsPointAtItsTextInItsSection() throws Exception {
    for (LocalDate d :
        List.of(
            LocalDate.of(1997, 8, 1),
            LocalDate.of(2000, 5, 8),
            LocalDate.of(1999, 2, 3),
            LocalDate.of(2005, 5, 3))) {
      seed(d)
          .sections()
          .forEach(
              s ->
                  s.amounts()
                      .forEach(
                          a -> assertEquals(a.text(), s.text().substring(a.start(), a.end()))));
    }
  }
}
