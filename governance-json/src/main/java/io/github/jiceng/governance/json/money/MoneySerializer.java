package io.github.jiceng.governance.json.money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes an amount as a JSON string of its plain decimal form, keeping its scale: {@code "100000.00"}. */
final class MoneySerializer extends StdScalarSerializer<BigDecimal> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  MoneySerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.toPlainString());
  }
}
