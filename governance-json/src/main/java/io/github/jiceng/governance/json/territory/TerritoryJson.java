package io.github.jiceng.governance.json.territory;

import com.fasterxml.jackson.databind.Module.SetupContext;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.ImmutableDistrict;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;

/**
 * The JSON form of {@code core.territory}: mix-ins for the units and a serializer and deserializer for the
 * {@link Territory} index.
 */
public final class TerritoryJson {
  private TerritoryJson() {
  }

  /**
   * Registers the mix-ins, serializers and deserializers of the territorial model.
   *
   * @param context the setup context of the module being registered
   */
  public static void setUp(SetupContext context) {
    context.setMixInAnnotations(District.class, UnitMixins.DistrictMixin.class);
    context.setMixInAnnotations(ImmutableDistrict.Builder.class, UnitMixins.DistrictBuilderMixin.class);
    context.setMixInAnnotations(Township.class, UnitMixins.TownshipMixin.class);
    context.setMixInAnnotations(ImmutableTownship.Builder.class, UnitMixins.TownshipBuilderMixin.class);
    context.setMixInAnnotations(Village.class, UnitMixins.VillageMixin.class);
    context.setMixInAnnotations(ImmutableVillage.Builder.class, UnitMixins.VillageBuilderMixin.class);
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Territory.class, new TerritorySerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Territory.class, new TerritoryDeserializer());
    context.addDeserializers(deserializers);
  }
}
