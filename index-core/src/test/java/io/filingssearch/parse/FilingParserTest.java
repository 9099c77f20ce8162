package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.filingssearch.extract.FactExtractor;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.FilingFormat;
import io.filingssearch.filing.Section;
import io.filingssearch.filing.SectionKind;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tests over the four seed filings, and the parser's answers to bad input. */
class FilingParserTest {
  private static final Pattern FOOTER =
      Pattern.compile("(?im)^\\s*(page \\d+ of \\d+|\\d{1,3}|-more-|###)\\s*$");
  private final FilingParser parser = new FilingParser();

  @ParameterizedTest
  @CsvSource({
    "000, 1997-08-01, 5 7, true",
    "001, 2000-05-08, 5 7, false",
    "002, 1999-02-03, 5 7, true",
    "003, 2005-05-03, 1.01 9.01, true"
  })
  void seedFilingsGiveTheirDateItemsAndPressRelease(
      String seed, String date, String items, boolean hasExhibit) throws Exception {
    Filing f = parser.parse(Fixtures.seed(seed));
    assertEquals(FilingFormat.TEXT, f.format());
    assertEquals("8-K", f.form());
    assertTrue(f.company().equalsIgnoreCase("ImmunoGen, Inc."), f.company());
    assertEquals(LocalDate.parse(date), f.dateOfReport());
    assertEquals(LocalDate.parse(date), f.date());
    assertEquals(Filing.DateKind.REPORT, f.dateKind());
    assertEquals(List.of(items.split(" ")), f.items());
    assertEquals("0-17999", f.fileNumber());
    assertEquals("04-2726691", f.irsNumber());
    assertEquals("Massachusetts", f.stateOfIncorporation());
    assertEquals(
        hasExhibit,
        f.sections().stream()
            .anyMatch(s -> s.kind() == SectionKind.EXHIBIT && "99.1".equals(s.exhibit())));
    assertTrue(f.sections().stream().anyMatch(s -> s.kind() == SectionKind.SIGNATURE));
    for (Section s : f.sections()) {
      assertFalse(FOOTER.matcher(s.text()).find(), "page footer left in " + s.id());
      assertFalse(s.text().contains("\\$"), "markdown escape left in " + s.id());
      assertFalse(s.text().contains("  "), "double space left in " + s.id());
    }
  }

  /** A Stanford record: its header's TIME line is when it was filed. */
  static byte[] stanford(String filed, String body) {
    return Fixtures.stanford("XYZ", filed, body).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFilingThatStatesNoDateOfReportIsDatedByItsFilingDate() throws Exception {
    Filing f =
        parser.parse(
            "s.txt",
            stanford(
                "20090410163955",
                "Item 8.01 Other Events. The Board of Directors of Example Widgets, Inc. (the"
                    + " \"Company\") adopted a plan."));
    assertEquals(null, f.dateOfReport());
    assertEquals(LocalDate.parse("2009-04-10"), f.filedDate());
    assertEquals(LocalDate.parse("2009-04-10"), f.date());
    assertEquals(Filing.DateKind.FILED, f.dateKind());
  }

  @Test
  void aDateAfterTheFilingOrYearsBeforeItIsNotTheDateOfReport() throws Exception {
    Filing later =
        parser.parse(
            "later.txt",
            stanford(
                "20130524095024",
                "Item 8.01 Other Events. On June 28, 2013 the Company will hold its meeting."));
    assertEquals(null, later.dateOfReport());
    assertEquals(LocalDate.parse("2013-05-24"), later.date());
    Filing old =
        parser.parse(
            "old.txt",
            stanford(
                "20090410163955",
                "Item 8.01 Other Events. The plan adopted on March 13, 2001 was amended."));
    assertEquals(null, old.dateOfReport());
    Filing stated =
        parser.parse(
            "stated.txt",
            stanford(
                "20090410163955",
                "Date of Report (Date of earliest event reported): April 6, 2009. Item 8.01"
                    + " Other Events. The plan was amended."));
    assertEquals(LocalDate.parse("2009-04-06"), stated.dateOfReport());
    assertEquals(Filing.DateKind.REPORT, stated.dateKind());
  }

  @Test
  void itemSectionsCarryOfficialTitlesAndCleanText() throws Exception {
    Filing f = parser.parse(Fixtures.seed("003"));
    Section item =
        f.sections().stream().filter(s -> "1.01".equals(s.item())).findFirst().orElseThrow();
    assertEquals("item-1.01", item.id());
    assertEquals("Entry into a Material Definitive Agreement", item.itemTitle());
    assertTrue(item.text().contains("payment of a $2 million technology access fee"), item.text());
    Section ex =
        f.sections().stream().filter(s -> "99.1".equals(s.exhibit())).findFirst().orElseThrow();
    assertEquals(
        "ImmunoGen, Inc. Announces Genentech's Renewal of Technology Access Agreement", ex.title());
    assertFalse(ex.text().contains("-more-"));
  }

  @Test
  void wrappedPressReleaseHeadlineIsJoined() throws Exception {
    Filing f = parser.parse(Fixtures.seed("000"));
    Section ex = f.sections().get(f.sections().size() - 1);
    assertEquals(
        "IMMUNOGEN AND BIOCHEM PHARMA ANNOUNCE COLLABORATION FOR THE DISCOVERY AND DEVELOPMENT OF"
            + " NOVEL ANTI-CANCER THERAPEUTICS",
        ex.title());
  }

  @Test
  void crossReferencesAndTablesOfContentsAreNotHeadings() throws Exception {
    String text =
        "FORM 8-K\nCURRENT REPORT\n\nTable of contents\nItem 2.01 Completion of Acquisition\n"
            + "Item 9.01 Financial Statements and Exhibits\n\n"
            + "Item 2.01 Completion of Acquisition or Disposition of Assets\n\n"
            + "On May 1 the Company closed the merger described in\nItem 1.01 of its report of"
            + " April 2.\nThe price was paid in cash as set out in the agreement with Acme.\n\n"
            + "ITEM 9.01(d) Exhibits\n\n99.1 Press release\n";
    Filing f = parser.parse("toc.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("2.01", "9.01"), f.items());
    Section item =
        f.sections().stream().filter(s -> "2.01".equals(s.item())).findFirst().orElseThrow();
    assertTrue(item.text().contains("described in Item 1.01 of its report"), item.text());
  }

  @Test
  void headingSplitOverTwoLinesTakesItsTitleFromTheSecond() throws Exception {
    String text = "FORM 8-K\n\nITEM 5.\nOTHER EVENTS\n\nThe Company signed a lease.\n";
    Filing f = parser.parse("split.txt", text.getBytes(StandardCharsets.UTF_8));
    Section item =
        f.sections().stream().filter(s -> "5".equals(s.item())).findFirst().orElseThrow();
    assertEquals("Item 5. OTHER EVENTS", item.title());
    assertEquals("The Company signed a lease.", item.text());
  }

  @Test
  void htmlHeadingsInTableCellsAndHiddenXbrlAreHandled() throws Exception {
    String html =
        "<html><body><div style='display:none'><ix:header>dei:secret HIDDEN</ix:header></div>"
            + "<p>FORM 8-K</p><p>CURRENT REPORT</p>"
            + "<table><tr><td><b>Item</b>&nbsp;<b>1.01</b></td><td><p>Entry into a Material"
            + " Definitive Agreement.</p></td></tr></table>"
            + "<p>On March 1 the Company entered into a license agreement with Acme Corp.</p>"
            + "<table><tr><td>Revenue</td><td>$5</td></tr><tr><td>Costs</td><td>$3</td></tr></table>"
            + "<p>SIGNATURES</p><p>Pursuant to the requirements ...</p></body></html>";
    Filing f = parser.parse("doc.htm", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(FilingFormat.HTML, f.format());
    assertEquals(List.of("1.01"), f.items());
    Section item =
        f.sections().stream().filter(s -> "1.01".equals(s.item())).findFirst().orElseThrow();
    assertTrue(item.text().contains("Revenue | $5\nCosts | $3"), item.text());
    assertFalse(f.sections().stream().anyMatch(s -> s.text().contains("HIDDEN")));
  }

  @Test
  void aLineBreakInsideATableCellKeepsTheRowOnOneLine() throws Exception {
    String html =
        "<html><body><p>FORM 8-K</p><p>Item 2.02 Results of Operations.</p>"
            + "<table><tr><td>Segment</td><td>CPU<br>Units K</td><td>Revenue<br>$M</td></tr>"
            + "<tr><td>Americas</td><td>1,487</td><td>10,126</td></tr></table>"
            + "<p>SIGNATURES</p></body></html>";
    Filing f = parser.parse("doc.htm", html.getBytes(StandardCharsets.UTF_8));
    Section item =
        f.sections().stream().filter(s -> "2.02".equals(s.item())).findFirst().orElseThrow();
    assertTrue(
        item.text().contains("Segment | CPU Units K | Revenue $M\nAmericas | 1,487 | 10,126"),
        item.text());
  }

  @Test
  void aLineBreakOutsideATableStaysOneLineAndACoverCellKeepsItsState() throws Exception {
    String html =
        "<html><body><p>FORM 8-K</p><p>CURRENT REPORT</p>"
            + "<table><tr><td>ACME CORP<br>(Exact name of registrant as specified in its"
            + " charter)</td></tr><tr><td>Delaware<br>(State or other jurisdiction of"
            + " incorporation)</td><td>001-12345<br>(Commission File Number)</td><td>"
            + "<table><tr><td>12-3456789</td></tr></table>(IRS Employer Identification No.)"
            + "<br>x</td></tr></table>"
            + "<p>Item 8.01 Other Events.</p><p><b>ACME REPORTS RECORD<br>FOURTH QUARTER"
            + " RESULTS</b></p><p>SIGNATURES</p></body></html>";
    Filing f = parser.parse("doc.htm", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("Delaware", f.stateOfIncorporation());
    Section item =
        f.sections().stream().filter(s -> "8.01".equals(s.item())).findFirst().orElseThrow();
    assertTrue(item.text().contains("ACME REPORTS RECORD\nFOURTH QUARTER RESULTS"), item.text());
    assertTrue(
        f.sections().get(0).text().contains("(IRS Employer Identification No.) x"),
        f.sections().get(0).text());
  }

  @Test
  void plainTextFilingInsidePreIsSectionedAsThePlainText() throws Exception {
    for (String seed : List.of("000", "001", "002", "003")) {
      byte[] raw = Files.readAllBytes(Fixtures.seed(seed));
      String text = new String(raw, StandardCharsets.UTF_8);
      String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      String html =
          "<html><head><title>8-K</title></head><body><pre>" + escaped + "</pre></body></html>";
      Filing plain = parser.parse("plain.txt", raw);
      Filing wrapped = parser.parse("wrapped.htm", html.getBytes(StandardCharsets.UTF_8));
      assertEquals(FilingFormat.HTML, wrapped.format());
      assertEquals(plain.items(), wrapped.items(), seed);
      assertEquals(plain.dateOfReport(), wrapped.dateOfReport(), seed);
      assertEquals(
          plain.sections().stream().map(Section::id).toList(),
          wrapped.sections().stream().map(Section::id).toList(),
          seed);
      assertEquals(
          plain.sections().stream().map(Section::text).toList(),
          wrapped.sections().stream().map(Section::text).toList(),
          seed);
    }
  }

  /** An old EDGAR text press release with a financial table between {@code <TABLE>} tags. */
  private static final String OLD_TEXT_TABLE =
      """
      <SEC-DOCUMENT>0000000000-97-000001.txt : 19970115
      <SEC-HEADER>0000000000-97-000001.hdr.sgml : 19970115
      ACCESSION NUMBER:		0000000000-97-000001
      CONFORMED SUBMISSION TYPE:	8-K
      FILED AS OF DATE:		19970115
      COMPANY CONFORMED NAME:			WIDGET WORKS INC
      </SEC-HEADER>
      <DOCUMENT>
      <TYPE>8-K
      <TEXT>
      FORM 8-K

      Item 5.  Other Events.

           On January 14, 1997, the Registrant issued the press release
      attached as Exhibit 99.
      </TEXT>
      </DOCUMENT>
      <DOCUMENT>
      <TYPE>EX-99
      <TEXT>
           BOSTON, January 14, 1997 -- Widget Works, Inc. today reported net
      sales of $12.3 million for the fourth quarter.

                         (In thousands, except per share amounts)
      <TABLE>
      <CAPTION>
                                            Three Months Ended
                                            1996          1995
      <S>                                 <C>           <C>
      Net sales                           $ 12,345      $ 10,210
      Cost of sales                          7,654         6,543
                                          --------      --------
      Gross profit                           4,691         3,667
      Net income per share                $   0.13      $   0.21
      Weighted average shares                9,876         9,801
      </TABLE>
      </TEXT>
      </DOCUMENT>
      """;

  @Test
  void rowsOfAnOldTextTableStayRowsWithTheirCellsApart() throws Exception {
    Filing f = parser.parse("old.txt", OLD_TEXT_TABLE.getBytes(StandardCharsets.UTF_8));
    Section release =
        f.sections().stream().filter(s -> s.id().startsWith("ex-99")).findFirst().orElseThrow();
    String text = release.text();
    // Prose is still joined into paragraphs; each row of the table is a line of cells.
    assertTrue(text.contains("today reported net sales of $12.3 million"), text);
    assertTrue(
        text.contains("\nNet sales | $ 12,345 | $ 10,210\nCost of sales | 7,654 | 6,543"), text);
    assertTrue(text.contains("\nWeighted average shares | 9,876 | 9,801"), text);
    // So the extractor reads the figures of a dollar table under its scale header, and not its
    // share counts.
    List<String> amounts =
        new FactExtractor()
            .extract(release, f.company()).amounts().stream()
                .map(a -> a.usd().stripTrailingZeros().toPlainString())
                .toList();
    assertTrue(
        amounts.containsAll(List.of("12300000", "7654000", "6543000", "4691000", "0.13")),
        amounts.toString());
    assertFalse(amounts.contains("9876000"), amounts.toString());
  }

  @Test
  void itemNumberAfterADashIsAHeading() throws Exception {
    String text =
        "FORM 8-K\n\nItem - 5.02 Departure of Directors or Certain Officers\n\n"
            + "The Company appointed a new director.\n\nSIGNATURES\n";
    Filing f = parser.parse("dash.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("5.02"), f.items());
  }

  @Test
  void aSubmissionWrittenTwiceInOneFileIsReadOnce() throws Exception {
    Path corpus = Fixtures.corpus();
    assumeTrue(corpus != null, "the shared corpus is absent");
    Path sgml = corpus.resolve("edgartools/sgml/0001213900-25-032135.txt");
    assumeTrue(Files.isRegularFile(sgml), sgml + " is absent");
    byte[] once = Files.readAllBytes(sgml);
    byte[] twice = new byte[once.length * 2];
    System.arraycopy(once, 0, twice, 0, once.length);
    System.arraycopy(once, 0, twice, once.length, once.length);
    Filing single = parser.parse("once.txt", once);
    Filing doubled = parser.parse("twice.txt", twice);
    assertTrue(single.sections().size() > 2, single.sections().toString());
    assertEquals(
        single.sections().stream().map(Section::id).toList(),
        doubled.sections().stream().map(Section::id).toList());
    assertEquals(
        single.sections().stream().map(Section::text).toList(),
        doubled.sections().stream().map(Section::text).toList());
  }

  @Test
  void exhibitsNumberedInThreePartsKeepTheirWholeNumber() throws Exception {
    String text =
        "FORM 8-K\n\nItem 8.01 Other Events\n\nThe Company published the documents attached as"
            + " Exhibit 99.2.\n\nSIGNATURES\n\nBy: /s/ Jane Roe\n\nExhibit 99.2.1\n\n"
            + "The first document of the exhibit.\n\nExhibit 99.2.2\n\n"
            + "The second document of the exhibit.\n";
    Filing f = parser.parse("parts.txt", text.getBytes(StandardCharsets.UTF_8));
    List<String> ids = f.sections().stream().map(Section::id).toList();
    assertTrue(ids.containsAll(List.of("ex-99.2.1", "ex-99.2.2")), ids.toString());
  }

  @Test
  void badInputIsRefusedWithTheFileNameAndReason(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {1, 0, 2, 0, 3, 0, 4});
    Path notAFiling =
        Files.writeString(dir.resolve("poem.txt"), "Roses are red,\nviolets are blue.\n");
    assertTrue(message(empty).contains("empty.txt: the file is empty"));
    assertTrue(message(binary).contains("blob.bin: the file is binary"));
    assertTrue(message(notAFiling).contains("does not look like an 8-K filing"));
    assertTrue(message(dir).contains("is a folder"));
    assertTrue(message(dir.resolve("missing.txt")).contains("cannot be read"));
  }

  private String message(Path p) {
    return assertThrows(BadFilingException.class, () -> parser.parse(p)).getMessage();
  }

  @Test
  void uuencodedAttachmentsAreSkipped() throws Exception {
    String uuLine = "M" + "A".repeat(60) + "\n";
    StringBuilder b = new StringBuilder();
    b.append("<SEC-DOCUMENT>x\n<SEC-HEADER>\nACCESSION NUMBER:\t0000000000-25-000001\n")
        .append("CONFORMED SUBMISSION TYPE:\t8-K\nITEM INFORMATION:\tOther Events\n")
        .append("FILED AS OF DATE:\t20250101\nCOMPANY CONFORMED NAME:\tACME CORP\n</SEC-HEADER>\n")
        .append("<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nFORM 8-K\n\nItem 8.01 Other Events\n\n")
        .append("Acme signed a supply agreement.\n\n")
        // A logo embedded in the report's own text, as some 1990s filings do.
        .append("begin 644 logo.gif\n")
        .append(uuLine.repeat(100))
        .append("end\n</TEXT>\n</DOCUMENT>\n");
    for (int d = 0; d < 4; d++) {
      b.append("<DOCUMENT>\n<TYPE>GRAPHIC\n<FILENAME>g")
          .append(d)
          .append(".jpg\n<TEXT>\nbegin 644 g.jpg\n");
      b.append(uuLine.repeat(8000)).append("end\n</TEXT>\n</DOCUMENT>\n");
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.US_ASCII);
    assertTrue(bytes.length > 1_900_000);
    Filing f = parser.parse("big.txt", bytes);
    assertEquals(List.of("8.01"), f.items());
    assertFalse(f.sections().stream().anyMatch(s -> s.text().contains("AAAAAAAA")));
    assertTrue(f.sections().stream().anyMatch(s -> s.text().contains("supply agreement")));
  }
}
