package io.github.jiceng.governance.json.decimal;

import io.github.jiceng.governance.json.binding.TextScalar;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a decimal from a JSON string holding a plain decimal, such as {@code "100000.00"}.
 *
 * <p>A JSON value that is not a string fails as a wrong type ({@code MismatchedInputException}); a string that is not
 * a plain decimal, or is longer than {@value #MAX_LENGTH} characters, fails as an {@link InvalidFormatException}.
 */
final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> implements TextScalar {
  private static final long serialVersionUID = 1L;
  /** The longest decimal read, the same as the parser's default limit on the length of a number. */
  static final int MAX_LENGTH = 1000;
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /** Creates the deserializer. */
  DecimalDeserializer() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
    String text = p.getText();
    if (text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
      throw InvalidFormatException.from(p, text.length() > MAX_LENGTH
          ? "longer than " + MAX_LENGTH + " characters" : "not a plain decimal number", text, BigDecimal.class);
    }
    return new BigDecimal(text);
  }

  /** The decimal of a string, as {@link #deserialize} reads it, or null where it reports a problem. */
  @Override
  public Object fromText(String text) {
    return text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches() ? null : new BigDecimal(text);
  }
}
