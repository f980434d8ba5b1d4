package io.github.jiceng.governance.json.territory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a {@link Territory} from {@code {"districts": [...], "townships": [...], "villages": [...]}}; each array is
 * optional and its elements may come in any order.
 *
 * <p>Errors inside an element carry the path of the element ({@code /villages/3/code}); other properties go to the
 * unknown-property handling of the context; a {@code null} array or element fails as a null value; two units with the
 * same code and overlapping validity make {@link Territory#of(Iterable)} fail, which is reported as an invalid value of
 * the whole territory.
 */
final class TerritoryDeserializer extends StdDeserializer<Territory> {
  private static final long serialVersionUID = 1L;
  /** The property of the districts. */
  static final String DISTRICTS = "districts";
  /** The property of the townships. */
  static final String TOWNSHIPS = "townships";
  /** The property of the village-level units. */
  static final String VILLAGES = "villages";

  /** Creates the deserializer. */
  TerritoryDeserializer() {
    super(Territory.class);
  }

  @Override
  public Territory deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (Territory) ctxt.handleUnexpectedToken(Territory.class, p);
    }
    List<TerritorialUnit> units = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      Class<? extends TerritorialUnit> type = unitType(name);
      if (type == null) {
        ctxt.handleUnknownProperty(p, this, Territory.class, name);
        continue;
      }
      try {
        readUnits(p, ctxt, name, type, units);
      } catch (DatabindException e) {
        throw JsonMappingException.wrapWithPath(e, Territory.class, name);
      }
    }
    try {
      return Territory.of(units);
    } catch (IllegalArgumentException e) {
      throw ValueInstantiationException.from(p, e.getMessage(), ctxt.constructType(Territory.class), e);
    }
  }

  private static Class<? extends TerritorialUnit> unitType(String name) {
    switch (name) {
      case DISTRICTS:
        return District.class;
      case TOWNSHIPS:
        return Township.class;
      case VILLAGES:
        return Village.class;
      default:
        return null;
    }
  }

  private static void readUnits(JsonParser p, DeserializationContext ctxt, String name,
      Class<? extends TerritorialUnit> type, Collection<TerritorialUnit> units) throws IOException {
    JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, type);
    if (p.hasToken(JsonToken.VALUE_NULL)) {
      throw InvalidNullException.from(ctxt, PropertyName.construct(name), listType);
    }
    if (!p.isExpectedStartArrayToken()) {
      ctxt.handleUnexpectedToken(listType, p);
      return;
    }
    JavaType unitType = ctxt.constructType(type);
    JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(unitType);
    int index = 0;
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
      try {
        if (token == JsonToken.VALUE_NULL) {
          throw InvalidNullException.from(ctxt, PropertyName.construct(name), unitType);
        }
        units.add(type.cast(deserializer.deserialize(p, ctxt)));
      } catch (DatabindException e) {
        throw JsonMappingException.wrapWithPath(e, units, index);
      }
    }
  }
}
