package io.github.jiceng.governance.json.territory;

import com.fasterxml.jackson.databind.Module.SetupContext;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of the {@link Territory} index: a serializer and a deserializer. The units themselves are value types,
 * mapped like every other ({@code json.value}, decision 0009).
 */
public final class TerritoryJson {
  /**
   * The property order of the territorial units, the order of their documented wire format (decision 0005): the
   * validity dates, which the units inherit from {@code TerritorialUnit}, come last. Attributes added later follow in
   * declaration order.
   */
  public static final Map<Class<?>, List<String>> PROPERTY_ORDERS = Map.of(
      District.class, List.of("code", "name", "kind", "established", "abolished"),
      Township.class, List.of("code", "name", "kind", "districtCode", "established", "abolished"),
      Village.class, List.of("code", "name", "kind", "townshipCode", "urbanRuralClass", "established", "abolished"));

  private TerritoryJson() {
  }

  /**
   * Registers the serializer and the deserializer of the territory index.
   *
   * @param context the setup context of the module being registered
   */
  public static void setUp(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Territory.class, new TerritorySerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Territory.class, new TerritoryDeserializer());
    context.addDeserializers(deserializers);
  }
}
