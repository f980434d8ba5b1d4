package io.github.jiceng.governance.json.id;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes an identifier as its canonical string, such as {@code "500154000000"} for a division code.
 *
 * @param <T> the identifier type
 */
final class IdentifierSerializer<T> extends StdScalarSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Returns the canonical string. */
  private final Function<T, String> canonical;

  /**
   * Creates a serializer.
   *
   * @param type the identifier class
   * @param canonical returns the canonical string of an identifier
   */
  IdentifierSerializer(Class<T> type, Function<T, String> canonical) {
    super(type);
    this.canonical = canonical;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(canonical.apply(value));
  }
}
