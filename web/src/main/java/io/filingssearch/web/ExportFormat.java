package io.filingssearch.web;

import java.util.Locale;

/** The formats a search is exported in: CSV, one JSON array, or JSON Lines. */
public enum ExportFormat {
  /** Comma-separated values (RFC 4180), a header row first. */
  CSV("text/csv; charset=utf-8"),
  /** One JSON array of row objects. */
  JSON("application/json"),
  /** One JSON object per line. */
  JSONL("application/x-ndjson");

  private final String contentType;

  ExportFormat(String contentType) {
    this.contentType = contentType;
  }

  /**
   * The HTTP content type of an export in this format.
   *
   * @return the media type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The file name extension of this format, without the dot.
   *
   * @return {@code csv}, {@code json} or {@code jsonl}
   */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format with the given name.
   *
   * @param name {@code csv}, {@code json} or {@code jsonl}, any case; null or blank is CSV
   * @return the format
   * @throws IllegalArgumentException naming the {@code format} parameter when it is none of them
   */
  public static ExportFormat parse(String name) {
    if (name == null || name.isBlank()) {
      return CSV;
    }
    for (ExportFormat f : values()) {
      if (f.extension().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
    throw new IllegalArgumentException("format must be csv, json or jsonl, not '" + shown + "'");
  }

  /**
   * The format a file name asks for by its extension.
   *
   * @param fileName such as {@code deals.csv}
   * @return the format
   * @throws IllegalArgumentException when the name ends in none of {@code .csv}, {@code .json},
   *     {@code .jsonl}
   */
  public static ExportFormat ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.extension().equals(ext)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '"
            + fileName
            + "': name it .csv, .json or .jsonl, or give --format");
  }
}
