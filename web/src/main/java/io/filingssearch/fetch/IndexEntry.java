package io.filingssearch.fetch;

import java.time.LocalDate;

/**
 * One filing as EDGAR lists it.
 *
 * @param cik the filer's Central Index Key (no leading zeros)
 * @param company the filer's name as listed
 * @param form the form type ({@code 8-K}, {@code 8-K/A} ...)
 * @param filed the date EDGAR accepted it
 * @param accession the accession number, {@code 0000320193-24-000005}
 */
public record IndexEntry(long cik, String company, String form, LocalDate filed, String accession) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public IndexEntry {
    if (cik <= 0) {
      throw new IllegalArgumentException("cik must be positive, not " + cik);
    }
    if (accession == null || !accession.matches("\\d{10}-\\d{2}-\\d{6}")) {
      throw new IllegalArgumentException("accession must look like 0000320193-24-000005");
    }
    company = company == null ? "" : company.strip();
    form = form.strip();
  }

  /** EDGAR's path of the complete submission, {@code /Archives/edgar/data/<cik>/<acc>.txt}. */
  public String archivePath() {
    return "/Archives/edgar/data/" + cik + "/" + accession + ".txt";
  }

  /** Where it goes under the data folder: {@code <cik>/<accession>.txt}. */
  public String localPath() {
    return cik + "/" + accession + ".txt";
  }
}
