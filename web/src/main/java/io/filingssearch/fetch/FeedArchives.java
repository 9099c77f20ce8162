package io.filingssearch.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * EDGAR's daily feed: every day's submissions as one {@code Feed/YYYY/QTRn/YYYYMMDD.nc.tar.gz},
 * listed per quarter by the folder's {@code index.json}. The indexer reads these archives in place.
 */
final class FeedArchives {
  private static final Pattern NAME = Pattern.compile("(\\d{8})\\.nc\\.tar\\.gz");

  private FeedArchives() {}

  /** One day's archive: its EDGAR path and where it goes under the data folder. */
  record Archive(LocalDate day, String name, String edgarPath) {
    /** {@code feed/YYYY/QTRn/YYYYMMDD.nc.tar.gz}, as EDGAR lays it out below {@code Feed/}. */
    String localPath() {
      return "feed/" + edgarPath.substring("/Archives/edgar/Feed/".length());
    }
  }

  /**
   * The archives of the days in {@code [from, to]}, oldest first; a quarter EDGAR has no feed
   * folder for (not yet begun) lists none.
   */
  static List<Archive> list(EdgarClient client, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    List<Archive> out = new ArrayList<>();
    for (LocalDate q = EdgarListing.quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
      String dir =
          "/Archives/edgar/Feed/" + q.getYear() + "/QTR" + ((q.getMonthValue() - 1) / 3 + 1) + "/";
      Optional<byte[]> listing = client.get(dir + "index.json");
      if (listing.isEmpty()) {
        continue;
      }
      List<Archive> quarter = new ArrayList<>();
      for (JsonNode item : json.readTree(listing.get()).path("directory").path("item")) {
        Matcher m = NAME.matcher(item.path("name").asText(""));
        if (!m.matches()) {
          continue;
        }
        LocalDate day = EdgarIndexFile.date(m.group(1));
        if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
          quarter.add(new Archive(day, m.group(), dir + m.group()));
        }
      }
      quarter.sort((a, b) -> a.day().compareTo(b.day()));
      out.addAll(quarter);
    }
    return out;
  }

  /**
   * Why a downloaded archive is unusable, or null when it is a whole gzip stream: the stream is
   * read to its end, which a cut-off or damaged download never reaches.
   */
  static String problem(Path file) throws IOException {
    byte[] buf = new byte[1 << 16];
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      while (in.read(buf) >= 0) {
        // reading to the end checks every member's CRC and length
      }
      return null;
    } catch (EOFException e) {
      return "incomplete archive (the gzip stream is cut off)";
    } catch (ZipException e) {
      return "not a gzip archive (" + e.getMessage() + ")";
    }
  }
}
