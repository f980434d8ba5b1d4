package io.github.jiceng.governance.json;

import io.github.jiceng.governance.json.binding.TextScalar;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;
import java.util.function.Function;

/**
 * Reads a {@link LocalDate} from a JSON string in ISO-8601 calendar-date form {@code yyyy-MM-dd}, or a
 * {@link LocalDateTime} in ISO-8601 local date-time form ({@code 2026-01-31T09:30}, seconds and fractions optional),
 * and nothing else: not from an array ({@code [2026, 1, 31]}), a number, a string with spaces around it, a date-time
 * for a date or a date for a date-time, or a time with an offset. The wire format has one way to write each, so a
 * record that uses another is reported ({@code json.wrong-type} or {@code json.invalid-value}) rather than silently
 * accepted. Registered by {@link GovernanceJson#mapper()}.
 *
 * @param <T> the type read
 */
final class IsoDateDeserializer<T> extends StdScalarDeserializer<T> implements TextScalar {
  private static final long serialVersionUID = 1L;

  /** The form, for messages. */
  private final String form;
  private final transient DateTimeFormatter formatter;
  private final transient TemporalQuery<T> query;
  /** The same reading for the common shapes, or null (then the formatter decides). */
  private final transient Function<String, T> fastPath;

  private IsoDateDeserializer(Class<T> type, String form, DateTimeFormatter formatter, TemporalQuery<T> query,
      Function<String, T> fastPath) {
    super(type);
    this.form = form;
    this.formatter = formatter;
    this.query = query;
    this.fastPath = fastPath;
  }

  /**
   * Returns the deserializer of dates.
   *
   * @return a deserializer of {@code yyyy-MM-dd}
   */
  static IsoDateDeserializer<LocalDate> dates() {
    return new IsoDateDeserializer<>(LocalDate.class, "an ISO-8601 date yyyy-MM-dd", DateTimeFormatter.ISO_LOCAL_DATE,
        LocalDate::from, IsoDateFastPath::date);
  }

  /**
   * Returns the deserializer of local date-times.
   *
   * @return a deserializer of {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]}
   */
  static IsoDateDeserializer<LocalDateTime> dateTimes() {
    return new IsoDateDeserializer<>(LocalDateTime.class, "an ISO-8601 local date-time yyyy-MM-ddTHH:mm[:ss]",
        DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from, IsoDateFastPath::dateTime);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      @SuppressWarnings("unchecked")
      T handled = (T) ctxt.handleUnexpectedToken(handledType(), p);
      return handled;
    }
    String text = p.getText();
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      InvalidFormatException failure = InvalidFormatException.from(p,
          "not " + form + ": " + e.getMessage(), text, handledType());
      failure.initCause(e);
      throw failure;
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }

  /** The date of a string, as {@link #deserialize} reads it, or null where it reports a problem. */
  @Override
  public Object fromText(String text) {
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Parses the common shapes by hand and the others with the formatter, which throws for text that is not one. */
  private T parse(String text) {
    T fast = fastPath.apply(text);
    return fast != null ? fast : formatter.parse(text, query);
  }
}
