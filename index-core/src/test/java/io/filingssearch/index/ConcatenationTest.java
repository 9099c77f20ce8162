package io.filingssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcatenationTest {
  private static List<String> split(String text) throws IOException {
    Concatenation c =
        new Concatenation(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    for (InputStream p = c.next(); p != null; p = c.next()) {
      out.add(new String(p.readAllBytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String pem(String acc, String form) {
    return new String(
        ConcatenationIndexingTest.pem(acc, form, "Item 5. Other Events\nNone.\n"),
        StandardCharsets.UTF_8);
  }

  @Test
  void submissionsOneAfterAnotherAreGivenWholeAndInOrder() throws IOException {
    String a = pem("0000855654-95-000001", "8-K");
    String b =
        new String(
            ArchiveIndexingTest.nc("0000855654-95-000002", "8-K", "text"), StandardCharsets.UTF_8);
    String c = "<SEC-DOCUMENT>0000855654-95-000003.txt : 19950103\n<SEC-HEADER>\n</SEC-DOCUMENT>\n";
    assertEquals(List.of(a, b, c), split(a + b + c));
    assertEquals(
        "0000855654-95-000003", Concatenation.accession(c.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPrivacyEnhancedMessageAndItsSecDocumentAreOneSubmission() throws IOException {
    String a = pem("0000855654-95-000001", "8-K");
    assertEquals(List.of(a), split(a));
    assertFalse(Concatenation.mayHoldSeveral(a.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSubmissionHeaderQuotedInsideADocumentsTextDoesNotSplitIt() throws IOException {
    String a =
        "<SUBMISSION>\n<TYPE>8-K\n<DOCUMENT>\n<TEXT>\nAs filed:\n<SUBMISSION>\n<SEC-DOCUMENT>x\n"
            + "</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n";
    assertEquals(List.of(a), split(a));
    assertTrue(Concatenation.mayHoldSeveral(a.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPlainTextFilingIsOnePieceAndAnEmptyStreamNone() throws IOException {
    assertEquals(List.of("FORM 8-K\nItem 5.\n"), split("FORM 8-K\nItem 5.\n"));
    assertNull(new Concatenation(new ByteArrayInputStream(new byte[0])).next());
  }

  @Test
  void whatIsLeftOfASubmissionIsSkippedByTheNextCall() throws IOException {
    String a = pem("0000855654-95-000001", "8-K");
    String b = pem("0000855654-95-000002", "10-Q");
    Concatenation c =
        new Concatenation(new ByteArrayInputStream((a + b).getBytes(StandardCharsets.UTF_8)));
    assertEquals('-', c.next().read());
    assertEquals(b, new String(c.next().readAllBytes(), StandardCharsets.UTF_8));
    assertNull(c.next());
    assertEquals(2, c.pieces());
  }
}
