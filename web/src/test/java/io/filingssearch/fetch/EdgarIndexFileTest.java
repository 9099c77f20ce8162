package io.filingssearch.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgarIndexFileTest {
  @Test
  void theFixedWidthFormIndexIsReadWithSpacesInFormsAndNames() {
    String idx =
        """
        Description:           Master Index of EDGAR Dissemination Feed by Form Type
        Last Data Received:    March 31, 2005
        Comments:              webmaster@sec.gov
        Anonymous FTP:         ftp://ftp.sec.gov/edgar/

        \s
        Form Type   Company Name                                                  CIK         Date Filed  File Name
        ---------------------------------------------------------------------------------------------------------------------------------------------
        8-K         ALABAMA POWER CO                                              3153        2005-01-25  edgar/data/3153/0000092122-05-000042.txt
        8-K/A       A B C  HOLDINGS  INC                                          1000        2005-02-01  edgar/data/1000/0000001000-05-000001.txt
        SC 13D      SMITH JOHN Q                                                  1000002     2005-03-01  edgar/data/1000002/0001000002-05-000002.txt
        """;
    List<IndexEntry> es = EdgarIndexFile.parse(idx);
    assertEquals(3, es.size());
    assertEquals(
        new IndexEntry(
            3153, "ALABAMA POWER CO", "8-K", LocalDate.of(2005, 1, 25), "0000092122-05-000042"),
        es.get(0));
    assertEquals("A B C  HOLDINGS  INC", es.get(1).company());
    assertEquals("8-K/A", es.get(1).form());
    assertEquals("SC 13D", es.get(2).form());
    assertEquals("SMITH JOHN Q", es.get(2).company());
  }

  @Test
  void thePipeSeparatedMasterIndexIsReadWithBothDateStyles() {
    String idx =
        """
        Description:           Master Index of EDGAR Dissemination Feed
        Last Data Received:    March 31, 2005
        Comments:              webmaster@sec.gov
        Anonymous FTP:         ftp://ftp.sec.gov/edgar/



        CIK|Company Name|Form Type|Date Filed|Filename
        --------------------------------------------------------------------------------
        320193|APPLE COMPUTER INC|8-K|2004-07-14|edgar/data/320193/0001104659-04-019574.txt
        320193|APPLE COMPUTER INC|10-Q|20040805|edgar/data/320193/0001104659-04-023000.txt
        not|an|entry
        """;
    List<IndexEntry> es = EdgarIndexFile.parse(idx);
    assertEquals(2, es.size());
    assertEquals("0001104659-04-019574", es.get(0).accession());
    assertEquals(LocalDate.of(2004, 8, 5), es.get(1).filed());
  }

  @Test
  void oldDailyIndexNamesCarryTwoDigitYears() {
    assertEquals(LocalDate.of(1995, 1, 3), EdgarListing.dailyDate("950103"));
    assertEquals(LocalDate.of(2005, 5, 4), EdgarListing.dailyDate("050504"));
    assertEquals(LocalDate.of(2023, 1, 3), EdgarListing.dailyDate("20230103"));
  }
}
