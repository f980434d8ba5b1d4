package io.github.jiceng.governance.json.value;

import com.fasterxml.jackson.databind.Module.SetupContext;
import io.github.jiceng.governance.rules.RecordTypes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of the Immutables value types of {@code governance-core}: one mechanism for every record and every
 * value nested in one, derived from the types themselves (decision 0009).
 *
 * <p>A value type's properties are its attributes, found from its generated builder, in declaration order; derived
 * accessors are never properties. See {@code docs/json-format.md} for the rules (names, order, {@code null},
 * dates, decimals).
 */
public final class ValueTypeJson {
  private ValueTypeJson() {
  }

  /**
   * Registers the mapping: an annotation introspector placed before Jackson's own, which answers only for the value
   * types of {@code governance-core}.
   *
   * @param context the setup context of the module being registered
   * @param orders the property orders that differ from the declaration order, by abstract value type: the names
   *     listed are written first, in that order, and the other attributes follow in declaration order
   * @param types the record types of the module: an attribute {@code type} of a record is written under another name
   *     ({@link #propertyName})
   * @throws IllegalArgumentException if a class is not a value type or a name is not one of its attributes
   */
  public static void setUp(SetupContext context, Map<Class<?>, List<String>> orders, RecordTypes types) {
    orders.forEach((type, names) -> {
      ValueType valueType = ValueType.of(type).filter(t -> t.valueClass() == type).orElseThrow(
          () -> new IllegalArgumentException(type.getName() + " is not an Immutables value type of governance-core"));
      Set<String> attributes = new HashSet<>();
      valueType.attributes().forEach(attribute -> attributes.add(attribute.name()));
      for (String name : names) {
        if (!attributes.contains(name)) {
          throw new IllegalArgumentException("property order of " + type.getSimpleName() + " names '" + name
              + "', which is not one of its attributes " + attributes);
        }
      }
    });
    context.insertAnnotationIntrospector(new ValueTypeIntrospector(orders, new PropertyNames(types)));
  }

  /**
   * Returns the JSON name of an attribute: its own name, except {@code type} of a registered record type, which is
   * the record type name in lowerCamelCase followed by {@code Type} ({@code "meetingType"}), because {@code "type"}
   * names the record type.
   *
   * @param types the record types
   * @param type the value type, its implementation or its builder
   * @param attribute the attribute name, as in the builder's messages
   * @return the property name; the attribute name if the class is not a value type
   */
  public static String propertyName(RecordTypes types, Class<?> type, String attribute) {
    return ValueType.of(type).map(valueType -> new PropertyNames(types).of(valueType, attribute)).orElse(attribute);
  }
}
