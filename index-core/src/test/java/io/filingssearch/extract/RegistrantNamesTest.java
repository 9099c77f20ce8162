package io.filingssearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.filing.Filing;
import io.filingssearch.parse.FilingParser;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registrant's names read from a filing that states none on a cover. */
class RegistrantNamesTest {
  @Test
  void aCounterpartyNamedFirstWithItsShortNameIsNotTheFiler() throws Exception {
    String text =
        Fixtures.stanford(
            "WID",
            "20080505135329",
            "Item 1.01 Entry into a Material Definitive Agreement.\n"
                + "On May 5, 2008, Bank of America, N.A. (\"BofA\"), as administrative agent, and"
                + " Widgetco Corp. entered into an amendment to the credit agreement.");
    Filing parsed = new FilingParser().parse("s.txt", text.getBytes(StandardCharsets.UTF_8));
    assertTrue(
        RegistrantNames.of(parsed).stream().noneMatch(n -> n.contains("Bank of America")),
        RegistrantNames.of(parsed).toString());
  }

  @Test
  void anItemsFirstNameDefiningItsShortNameAfterTheCheckBoxesIsTheFilerAndNoPartner()
      throws Exception {
    String text =
        Fixtures.stanford(
            "WID",
            "20070710135329",
            "Item 1.01 Entry into a Material Definitive Agreement.\n"
                + "Check the appropriate box below if the Form 8-K filing is intended to"
                + " simultaneously satisfy the filing obligation of the registrant under any of the"
                + " following provisions (General Instruction A.2.):\nsee\n\n"
                + "On July 10, 2007, Widgetco Inc. (\"Widgetco\") and Widgetco Holdco ULC, a Nova"
                + " Scotia unlimited liability company and a wholly-owned subsidiary of Widgetco,"
                + " entered into a Term Credit Agreement with Globex Bank, N.A., as administrative"
                + " agent.");
    Filing parsed = new FilingParser().parse("s.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("Widgetco Inc."), RegistrantNames.of(parsed));
    Filing f = new FactExtractor().extract(parsed);
    assertEquals(
        List.of("Globex Bank"),
        f.sections().stream()
            .filter(s -> "1.01".equals(s.item()))
            .findFirst()
            .orElseThrow()
            .partners());
  }
}
