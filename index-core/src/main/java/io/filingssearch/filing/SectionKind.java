package io.filingssearch.filing;

/** What part of an 8-K a section is. */
public enum SectionKind {
  /** The cover page: registrant, dates, file numbers. */
  COVER("cover"),
  /** One Item of the report, such as Item 1.01 or the old Item 5. */
  ITEM("item"),
  /** The signature block. */
  SIGNATURE("signature"),
  /** The list of exhibits filed with the report. */
  EXHIBIT_INDEX("exhibit-index"),
  /** One exhibit, such as an EX-99.1 press release or an EX-10.1 agreement. */
  EXHIBIT("exhibit");

  private final String label;

  SectionKind(String label) {
    this.label = label;
  }

  /**
   * The lower-case name used in JSON and in the index, such as {@code exhibit-index}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The kind with the given label.
   *
   * @param label a label such as {@code item}
   * @return the kind
   * @throws IllegalArgumentException when no kind has that label
   */
  public static SectionKind fromLabel(String label) {
    for (SectionKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown section kind: " + label);
  }
}
