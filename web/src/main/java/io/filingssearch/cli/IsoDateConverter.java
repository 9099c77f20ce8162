package io.filingssearch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option written as {@code YYYY-MM-DD}; anything else is one line saying so (picocli
 * names the option and exits 2) instead of a {@link DateTimeParseException}.
 */
final class IsoDateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, such as 2024-03-31");
    }
  }
}
