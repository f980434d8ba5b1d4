package io.github.jiceng.governance.json.money;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.math.BigDecimal;

/**
 * The JSON form of amounts of money (金额): a JSON string holding a decimal number of yuan, such as
 * {@code "100000.00"}, which keeps its scale. The model holds money as {@link BigDecimal}; every {@code BigDecimal}
 * attribute of a value type is written and read this way (decision 0009).
 *
 * <p>On reading, the string must be a plain decimal: an optional minus sign, digits without leading zeros, and an
 * optional fraction ({@code "0.5"}, {@code "-12"}, {@code "100000.00"}); not a JSON number, an exponent, a plus sign or
 * spaces. Whether an amount may be negative is a constraint of the model, checked by the validator.
 */
public final class MoneyJson {
  private static final MoneySerializer SERIALIZER = new MoneySerializer();
  private static final MoneyDeserializer DESERIALIZER = new MoneyDeserializer();

  private MoneyJson() {
  }

  /**
   * Returns the serializer of amounts.
   *
   * @return the serializer, which writes {@link BigDecimal#toPlainString()} as a JSON string
   */
  public static JsonSerializer<BigDecimal> serializer() {
    return SERIALIZER;
  }

  /**
   * Returns the deserializer of amounts.
   *
   * @return the deserializer, which reads a plain decimal from a JSON string
   */
  public static JsonDeserializer<BigDecimal> deserializer() {
    return DESERIALIZER;
  }
}
