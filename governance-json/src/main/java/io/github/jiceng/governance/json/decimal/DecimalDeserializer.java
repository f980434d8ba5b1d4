package io.github.jiceng.governance.json.decimal;

import io.github.jiceng.governance.json.binding.TextScalar;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;

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
    if (text.length() > MAX_LENGTH || !isPlainDecimal(text)) {
      throw InvalidFormatException.from(p, text.length() > MAX_LENGTH
          ? "longer than " + MAX_LENGTH + " characters" : "not a plain decimal number", text, BigDecimal.class);
    }
    return new BigDecimal(text);
  }

  /** The decimal of a string, as {@link #deserialize} reads it, or null where it reports a problem. */
  @Override
  public Object fromText(String text) {
    return text.length() > MAX_LENGTH || !isPlainDecimal(text) ? null : new BigDecimal(text);
  }

  /**
   * Tells whether a text is a plain decimal number: an optional minus sign, an integer part without leading zeros and
   * an optional fraction of at least one digit ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}), without a regular expression.
   *
   * @param text the text
   * @return true if it is one
   */
  static boolean isPlainDecimal(String text) {
    int length = text.length();
    int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    int integer = i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == integer || (i - integer > 1 && text.charAt(integer) == '0')) {
      return false;
    }
    if (i == length) {
      return true;
    }
    if (text.charAt(i) != '.' || i + 1 == length) {
      return false;
    }
    for (i++; i < length; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
