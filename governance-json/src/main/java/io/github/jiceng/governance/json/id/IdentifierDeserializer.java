package io.github.jiceng.governance.json.id;

import io.github.jiceng.governance.json.binding.TextScalar;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads an identifier from a JSON string with the identifier's own parser.
 *
 * <p>A JSON value that is not a string fails as a wrong type ({@code MismatchedInputException}). A string the parser
 * rejects fails as an {@link InvalidFormatException} whose cause is the parser's {@link InvalidIdentifierException}
 * (what is wrong and at which position) and whose value is the input as it may be displayed: masked for a resident
 * identity number, so that no exception of this module carries one in clear.
 *
 * @param <T> the identifier type
 */
final class IdentifierDeserializer<T> extends StdScalarDeserializer<T> implements TextScalar {
  private static final long serialVersionUID = 1L;

  /** Parses the text, throwing {@link InvalidIdentifierException}. */
  private final Function<String, T> parser;

  /**
   * Creates a deserializer.
   *
   * @param type the identifier class
   * @param parser parses a string, throwing {@link InvalidIdentifierException} if it is not a valid identifier
   */
  IdentifierDeserializer(Class<T> type, Function<String, T> parser) {
    super(type);
    this.parser = parser;
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
      return parser.apply(text);
    } catch (InvalidIdentifierException e) {
      InvalidFormatException failure = InvalidFormatException.from(p, e.getMessage(), e.displayedInput(), handledType());
      failure.initCause(e);
      throw failure;
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Textual;
  }

  /** The identifier of a string, as {@link #deserialize} reads it, or null where it reports a problem. */
  @Override
  public Object fromText(String text) {
    try {
      return parser.apply(text);
    } catch (InvalidIdentifierException e) {
      return null;
    }
  }
}
