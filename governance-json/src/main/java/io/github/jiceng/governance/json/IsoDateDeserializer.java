package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@link LocalDate} from a JSON string in ISO-8601 calendar-date form {@code yyyy-MM-dd} and nothing else:
 * not from an array ({@code [2026, 1, 31]}), a number, a string with spaces around it or a date-time. The wire format
 * has one way to write a date, so a record that uses another is reported ({@code json.wrong-type} or
 * {@code json.invalid-value}) rather than silently accepted. Registered by {@link GovernanceJson#mapper()}.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getText();
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      InvalidFormatException failure = InvalidFormatException.from(p,
          "not an ISO-8601 date yyyy-MM-dd: " + e.getMessage(), text, LocalDate.class);
      failure.initCause(e);
      throw failure;
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }
}
