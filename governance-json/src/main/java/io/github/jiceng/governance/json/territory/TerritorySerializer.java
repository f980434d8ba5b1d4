package io.github.jiceng.governance.json.territory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jiceng.governance.core.territory.Territory;
import java.io.IOException;
import java.util.List;

/**
 * Writes a {@link Territory} as an object of three arrays, each sorted by code:
 * {@code {"districts": [...], "townships": [...], "villages": [...]}}.
 */
final class TerritorySerializer extends StdSerializer<Territory> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  TerritorySerializer() {
    super(Territory.class);
  }

  @Override
  public void serialize(Territory territory, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(territory);
    writeArray(TerritoryDeserializer.DISTRICTS, territory.districts(), gen, provider);
    writeArray(TerritoryDeserializer.TOWNSHIPS, territory.townships(), gen, provider);
    writeArray(TerritoryDeserializer.VILLAGES, territory.villages(), gen, provider);
    gen.writeEndObject();
  }

  private static void writeArray(String name, List<?> units, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (Object unit : units) {
      provider.defaultSerializeValue(unit, gen);
    }
    gen.writeEndArray();
  }
}
