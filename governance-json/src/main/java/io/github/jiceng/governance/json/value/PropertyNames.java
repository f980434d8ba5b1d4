package io.github.jiceng.governance.json.value;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.rules.RecordTypes;
import java.util.Optional;

/**
 * The JSON name of an attribute: the attribute's own name, except that an attribute named {@code type} of a registered
 * record type would collide with the record's {@code "type"} property and is written as the record type name in
 * lowerCamelCase followed by {@code Type}: {@code Meeting.type()} of the record type {@code meeting} is
 * {@code "meetingType"}, that of {@code representative-assembly} is {@code "representativeAssemblyType"} (decision
 * 0009). Nested values have no {@code "type"} property and keep their attribute {@code type}.
 */
final class PropertyNames {
  private final RecordTypes types;

  /**
   * Creates the naming of a module.
   *
   * @param types the record types of the module
   */
  PropertyNames(RecordTypes types) {
    this.types = types;
  }

  /**
   * Returns the JSON name of an attribute.
   *
   * @param type the value type
   * @param attribute the attribute name
   * @return the property name
   */
  String of(ValueType type, String attribute) {
    if (!GovernanceJson.TYPE_PROPERTY.equals(attribute)) {
      return attribute;
    }
    Optional<String> record = types.nameOf(type.valueClass());
    return record.map(name -> lowerCamel(name) + "Type").orElse(attribute);
  }

  private static String lowerCamel(String kebab) {
    StringBuilder name = new StringBuilder(kebab.length());
    boolean upper = false;
    for (char c : kebab.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
