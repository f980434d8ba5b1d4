package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Entry point of the JSON support: a mapper configured for the governance wire format (docs/json-format.md).
 *
 * <p>Writing: the {@link GovernanceModule} wire format; dates as ISO-8601 strings; decimals keep their scale.
 * Reading is strict, so that a malformed record is reported rather than guessed at:
 * <ul>
 *   <li>a date is exactly {@code yyyy-MM-dd} in a JSON string (not an array, a number or a date-time), and a local
 *       date-time is {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} in a JSON string;</li>
 *   <li>unknown properties fail ({@link RecordReader} collects them instead);</li>
 *   <li>{@code null} fails for every property ({@code Nulls.FAIL}), except optional attributes of the model, where it
 *       means absent;</li>
 *   <li>no coercion: a number or boolean is not read as text, a string is not read as a number or boolean, a float is
 *       not truncated to an integer, a number is not an enum index, an empty string is not {@code null};</li>
 *   <li>a property given twice fails (the parser's strict duplicate detection), and so does content after the
 *       value;</li>
 *   <li>floating-point numbers are read as {@code BigDecimal}, keeping their scale.</li>
 * </ul>
 * The parser's limits are Jackson's {@code StreamReadConstraints} defaults (see docs/json-format.md).
 */
public final class GovernanceJson {
  /** The name of the property that gives a record's type name ({@code RecordTypes}) in JSON. */
  public static final String TYPE_PROPERTY = "type";

  private GovernanceJson() {}

  /**
   * Returns a new mapper for the wire format with the {@linkplain RecordTypes#standard() standard record types}.
   * Each call returns a new instance, which the caller may configure further.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return mapper(new GovernanceModule());
  }

  /**
   * Returns a new mapper for the wire format with a configured module, for example with the caller's record types.
   *
   * @param module the module, not null
   * @return a new mapper
   * @throws NullPointerException if {@code module} is null
   */
  public static ObjectMapper mapper(GovernanceModule module) {
    return mapper(module, StreamReadConstraints.defaults());
  }

  /**
   * Returns a new mapper for the wire format with a configured module and parser limits (nesting depth, string,
   * number and name length, document length, token count). Exceeding a limit fails reading with a
   * {@code StreamConstraintsException}, which {@link RecordReader} reports as a {@code json.syntax} finding.
   *
   * @param module the module, not null
   * @param limits the parser limits, not null
   * @return a new mapper
   * @throws NullPointerException if an argument is null
   */
  public static ObjectMapper mapper(GovernanceModule module, StreamReadConstraints limits) {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(limits, "limits");
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
        .addModule(module)
        .addModule(new SimpleModule("jiceng-iso-dates").addDeserializer(LocalDate.class, IsoDateDeserializer.dates())
            .addDeserializer(LocalDateTime.class, IsoDateDeserializer.dateTimes()))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .withCoercionConfigDefaults(config -> config
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }
}
