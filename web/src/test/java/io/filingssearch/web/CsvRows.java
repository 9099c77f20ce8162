package io.filingssearch.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an export's CSV back with a real parser (commons-csv), its header naming the columns. */
public final class CsvRows {
  private CsvRows() {}

  /** The records of {@code csv} after its header row, each readable by column name. */
  public static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(csv))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV back", e);
    }
  }
}
