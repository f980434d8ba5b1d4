package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record type name that findings of the reader give a class: its registered name, or a kebab-case name made from
 * the class's simple name, or {@code record}.
 */
final class RecordTypeNames {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private RecordTypeNames() {
  }

  /**
   * Returns the record type name of a class for findings: its registered name, or its simple name in kebab-case
   * without the Immutables prefix ({@code Territory} gives {@code territory}), or {@code record}.
   *
   * @param types the record types
   * @param type the class, may be null
   * @return the name
   */
  static String of(RecordTypes types, Class<?> type) {
    if (type == null || type == Object.class) {
      return "record";
    }
    if (type.isArray()) {
      return of(types, type.getComponentType());
    }
    Optional<String> registered = types.nameOf(type);
    if (registered.isPresent()) {
      return registered.get();
    }
    if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
      return of(types, type.getEnclosingClass()); // ImmutableVillage.Builder builds a village
    }
    String name = type.getSimpleName();
    if (name.startsWith("Immutable") && name.length() > "Immutable".length()) {
      name = name.substring("Immutable".length());
    }
    String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
    return KEBAB.matcher(kebab).matches() ? kebab : "record";
  }
}
