package io.filingssearch.index;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the filings inside archive files as a stream, one entry after the other, without unpacking
 * anything to disk: EDGAR's daily feed ({@code YYYYMMDD.nc.tar.gz}, a gzipped tar of {@code
 * <accession>.nc} submissions), other tars (plain or gzipped), {@code .zip} files and single
 * gzipped filings. The tar reader is a minimal ustar/GNU/pax reader (names, sizes, checksums) so
 * that the library needs nothing beyond the JDK for it. Stateless.
 */
final class Archives {
  private Archives() {}

  /** What sits between an archive's path and an entry's name in a filing's source. */
  static final String SEPARATOR = "!/";

  private static final int BLOCK = 512;

  /** One entry of an archive, read by the caller from {@code content} before the next one. */
  interface EntryHandler {
    /**
     * Receives an entry. What the handler leaves unread is skipped.
     *
     * @param name the entry's name inside the archive
     * @param size its size in bytes, or -1 when the archive does not say
     * @param content its bytes, ending with the entry
     * @param whole whether the entry is the whole archive (a single gzipped file)
     */
    void entry(String name, long size, InputStream content, boolean whole) throws IOException;
  }

  /**
   * Whether a file is read as an archive, from its name: {@code .tar}, {@code .tgz}, {@code .gz} (a
   * gzipped tar or one gzipped filing) and {@code .zip}.
   */
  static boolean isArchive(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".tar") || n.endsWith(".tgz") || n.endsWith(".gz") || n.endsWith(".zip");
  }

  /**
   * Calls the handler for each regular file inside the archive, in archive order.
   *
   * @throws IOException when the archive cannot be read or is damaged (the message says where)
   */
  static void forEach(Path archive, EntryHandler handler) throws IOException {
    String n = archive.getFileName().toString().toLowerCase(Locale.ROOT);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
      if (n.endsWith(".zip")) {
        zip(raw, handler);
      } else if (n.endsWith(".tar")) {
        tar(raw, handler);
      } else {
        // Tar or not is decided by the content: a gzipped tar named only .gz is still a tar.
        InputStream in = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        if (n.endsWith(".tgz") || n.endsWith(".tar.gz") || looksLikeTar(in)) {
          tar(in, handler);
        } else {
          String name = archive.getFileName().toString();
          handler.entry(name.substring(0, name.length() - 3), -1, in, true);
        }
      }
    }
  }

  private static void zip(InputStream raw, EntryHandler handler) throws IOException {
    ZipInputStream zip = new ZipInputStream(raw);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (!e.isDirectory()) {
        handler.entry(e.getName(), e.getSize(), new Unclosable(zip), false);
      }
      zip.closeEntry();
    }
  }

  /**
   * Whether the stream starts with a tar header; the stream supports mark and is left as it was.
   */
  private static boolean looksLikeTar(InputStream in) throws IOException {
    in.mark(BLOCK);
    byte[] head = in.readNBytes(BLOCK);
    in.reset();
    return head.length == BLOCK && checksumMatches(head);
  }

  private static void tar(InputStream in, EntryHandler handler) throws IOException {
    byte[] header = new byte[BLOCK];
    String longName = null;
    long offset = 0;
    while (true) {
      int got = in.readNBytes(header, 0, BLOCK);
      if (got == 0) {
        return; // no end-of-archive blocks: some writers stop at the last entry
      }
      if (got < BLOCK) {
        throw new EOFException("the tar archive is cut off at byte " + (offset + got));
      }
      if (isZero(header)) {
        return; // end of archive
      }
      if (!checksumMatches(header)) {
        throw new IOException("damaged tar header at byte " + offset + " (checksum mismatch)");
      }
      long size = size(header, offset);
      char type = (char) header[156];
      String name = longName != null ? longName : name(header);
      longName = null;
      BoundedInput content = new BoundedInput(in, size);
      switch (type) {
        case '0', '\0', '7' -> handler.entry(name, size, content, false);
        case 'L' -> longName = cString(content.readAllBytes(), 0, (int) Math.min(size, 4096));
        case 'x' -> longName = paxPath(content.readAllBytes());
        default -> {} // folders, links, devices, global pax headers: not filings
      }
      content.skipRest();
      long padding = (BLOCK - size % BLOCK) % BLOCK;
      in.skipNBytes(padding);
      offset += BLOCK + size + padding;
    }
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** The header checksum: the sum of its bytes with the checksum field read as spaces. */
  private static boolean checksumMatches(byte[] h) {
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
    }
    String field = cString(h, 148, 8).trim();
    if (field.isEmpty() || !field.matches("[0-7]+")) {
      return false;
    }
    return Long.parseLong(field, 8) == sum;
  }

  private static long size(byte[] h, long offset) throws IOException {
    if ((h[124] & 0x80) != 0) {
      // GNU base-256 for sizes of 8 GB and more.
      long v = 0;
      for (int i = 125; i < 136; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v;
    }
    String field = cString(h, 124, 12).trim();
    if (!field.matches("[0-7]+")) {
      throw new IOException("damaged tar header at byte " + offset + " (size '" + field + "')");
    }
    return Long.parseLong(field, 8);
  }

  /** Name, with the ustar prefix when there is one. */
  private static String name(byte[] h) {
    String name = cString(h, 0, 100);
    boolean ustar = cString(h, 257, 6).startsWith("ustar");
    String prefix = ustar ? cString(h, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static final Pattern PAX_PATH = Pattern.compile("(?m)^\\d+ path=(.*)$");

  private static String paxPath(byte[] records) {
    Matcher m = PAX_PATH.matcher(new String(records, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : null;
  }

  private static String cString(byte[] b, int from, int max) {
    int end = from;
    while (end < from + max && end < b.length && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.UTF_8);
  }

  /** The bytes of one tar entry: reads end at its size, and closing leaves the archive open. */
  private static final class BoundedInput extends InputStream {
    private final InputStream in;
    private long left;

    BoundedInput(InputStream in, long size) {
      this.in = in;
      this.left = size;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the tar archive is cut off inside an entry");
      }
      left--;
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(buf, off, (int) Math.min(len, left));
      if (n < 0) {
        throw new EOFException("the tar archive is cut off inside an entry");
      }
      left -= n;
      return n;
    }

    void skipRest() throws IOException {
      in.skipNBytes(left);
      left = 0;
    }

    @Override
    public void close() {}
  }

  /** A zip entry's stream that a handler may close without closing the archive. */
  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** The form type a submission declares in its header, upper case, or null when it has none. */
  static String declaredForm(byte[] head) {
    Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!m.find()) {
      return null;
    }
    return (m.group(1) != null ? m.group(1) : m.group(2)).strip().toUpperCase(Locale.ROOT);
  }

  /** {@code <TYPE>8-K} (tagged dialect) or {@code CONFORMED SUBMISSION TYPE: 8-K}. */
  private static final Pattern DECLARED =
      Pattern.compile("(?m)^\\s*<TYPE>\\s*(\\S+)|CONFORMED SUBMISSION TYPE:[ \\t]*(\\S+)");

  /**
   * Whether a form type is in the 8-K family: 8-K, 8-K/A and the special 8-Ks such as 8-K12B,
   * 8-K12G3 or 8-K15D5 and their amendments.
   */
  static boolean isEightK(String form) {
    return form.startsWith("8-K");
  }
}
