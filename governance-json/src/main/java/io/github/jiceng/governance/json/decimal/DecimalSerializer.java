package io.github.jiceng.governance.json.decimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes a decimal as a JSON string of its plain form, keeping its scale: {@code "100000.00"}. */
final class DecimalSerializer extends StdScalarSerializer<BigDecimal> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  DecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.toPlainString());
  }
}
