package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.filingssearch.filing.Filing;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The registrant read from a filing's text (Stanford's records have no header): the filer's name or
 * none, never a dateline, a law, an address or another party.
 */
class RegistrantTest {
  private final FilingParser parser = new FilingParser();

  private Filing stanford(String ticker, String body) throws BadFilingException {
    String text = Fixtures.stanford(ticker, "20090410163955", body);
    return parser.parse("s.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aDatelineBeforeTheNameIsCutOff() throws Exception {
    Filing f =
        stanford(
            "WID",
            "Item 8.01 Other Events.\nPITTSBURGH, Pa., June 21, 2005 Widgetco (NYSE: WID) today"
                + " reported that it sold its plant.");
    assertEquals("Widgetco", f.company());
    Filing g =
        stanford(
            "WID",
            "Item 8.01 Other Events.\nCalif., Nov. 17, 2003Widgetco Inc. (NYSE: WID) today"
                + " announced results.");
    assertEquals("Widgetco Inc.", g.company());
  }

  @Test
  void aCoverLineThatIsALawIsNotTheName() throws Exception {
    Filing f =
        stanford(
            "WID",
            "CURRENT REPORT\nPursuant to Section 13 or 15(d) of the\nSecurities Exchange Act of"
                + " 1934\n(Exact name of Registrant as Specified in Charter)\nItem 8.01 Other"
                + " Events. The board met.");
    assertNull(f.company());
  }

  @Test
  void anArrangerOrAnAgentIsNotTheRegistrant() throws Exception {
    Filing f =
        stanford(
            "WID",
            "Item 1.01 Entry into a Material Definitive Agreement. The Company entered into a"
                + " credit agreement with a syndicate of lenders, Bigbank Securities Inc. and"
                + " Otherbank Partners L.P., as joint lead arrangers. Bigbank Securities Inc., as"
                + " administrative agent, will hold the collateral.");
    assertNull(f.company());
  }

  @Test
  void aNameThatDoesNotStartWithTheFilersTickerIsNotTakenAndTheFilersIs() throws Exception {
    String text =
        "Item 1.01 Entry into a Material Definitive Agreement. On July 26, 2009, Widgetco, Inc."
            + " agreed to acquire Gadget Corp. Gadget Corp. shareholders will receive $52.00 a"
            + " share. Gadget Corp. will become a subsidiary. Widgetco, Inc. will pay in cash.";
    assertEquals("Widgetco, Inc.", stanford("WID", text).company());
    assertNull(stanford("XYZ", text).company());
  }

  @Test
  void aNameOnlyAloneOnItsLineIsAnAddresseeNotTheFiler() throws Exception {
    Filing f =
        stanford(
            "WID",
            "Item 8.01 Other Events. The letter below was sent.\nWarbler Inc.\nWarbler Inc.\n"
                + "Dear Sirs, we propose to talk.");
    assertNull(f.company());
  }
}
