package io.github.jiceng.governance.json.decimal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.math.BigDecimal;

/**
 * The JSON form of decimal numbers ({@link BigDecimal}): a JSON string holding the plain decimal, such as
 * {@code "100000.00"}, which keeps its exact value and scale. The model holds amounts of money (in yuan) and other
 * exact quantities (hours, areas) as {@code BigDecimal}; every {@code BigDecimal} attribute of a value type is written
 * and read this way (decision 0009), so that no consumer reads it as a binary floating-point number.
 *
 * <p>On reading, the string must be a plain decimal: an optional minus sign, digits without leading zeros, and an
 * optional fraction ({@code "0.5"}, {@code "-12"}, {@code "100000.00"}); not a JSON number, an exponent, a plus sign or
 * spaces. Whether a value may be negative is a constraint of the model, checked by the validator.
 */
public final class DecimalJson {
  private static final DecimalSerializer SERIALIZER = new DecimalSerializer();
  private static final DecimalDeserializer DESERIALIZER = new DecimalDeserializer();

  private DecimalJson() {
  }

  /**
   * Returns the serializer of decimals.
   *
   * @return the serializer, which writes {@link BigDecimal#toPlainString()} as a JSON string
   */
  public static JsonSerializer<BigDecimal> serializer() {
    return SERIALIZER;
  }

  /**
   * Returns the deserializer of decimals.
   *
   * @return the deserializer, which reads a plain decimal from a JSON string
   */
  public static JsonDeserializer<BigDecimal> deserializer() {
    return DESERIALIZER;
  }
}
