package io.filingssearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.filingssearch.index.FilingIndexer;
import io.filingssearch.index.IndexListener;
import io.filingssearch.index.IndexReport;
import io.filingssearch.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filing with no text is a failure with its reason, never an indexed filing nobody finds. */
class EmptyFilingTest {
  /** An EDGAR submission cut off after its header: its only document has no text. */
  private static final String CUT_OFF =
      "<SEC-DOCUMENT>0000950123-05-000001.txt : 20050503\n<SEC-HEADER>\n"
          + "ACCESSION NUMBER:\t\t0000950123-05-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n"
          + "COMPANY CONFORMED NAME:\t\t\tACME CORP\n</SEC-HEADER>\n"
          + "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n";

  @Test
  void aSubmissionCutOffBeforeItsTextIsRefusedWithTheReason() {
    BadFilingException e =
        assertThrows(
            BadFilingException.class,
            () -> new FilingParser().parse("cut.txt", CUT_OFF.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("no text"), e.getMessage());
  }

  @Test
  void anIndexingRunCountsItAsAFailure(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Fixtures.seed("000"), data.resolve("a.txt"));
    Files.writeString(data.resolve("cut.txt"), CUT_OFF);
    IndexReport r =
        FilingIndexer.index(tmp.resolve("idx"), List.of(data), false, IndexListener.NONE);
    assertEquals(1, r.filings());
    assertEquals(1, r.failures().size(), r.failures().toString());
    assertTrue(r.failures().get(0).reason().contains("no text"), r.failures().toString());
  }
}
