package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The construction-time checks of territorial units: only what makes a unit meaningless (a code at the wrong level,
 * a validity period that ends before it starts). Cross-record consistency is left to the rules.
 */
final class UnitInvariants {
  private UnitInvariants() {
  }

  /**
   * Requires a code to be at a level.
   *
   * @param type the unit type, for example "Township"
   * @param name the unit's name, for the message
   * @param role what the code is, for example "code" or "stated district code"
   * @param code the code
   * @param expected the level the code must have
   * @throws IllegalArgumentException if the code is at another level
   */
  static void requireLevel(String type, String name, String role, DivisionCode code, DivisionLevel expected) {
    if (code.level() != expected) {
      throw new IllegalArgumentException(type + " '" + name + "': " + role + " " + code + " is a "
          + describe(code.level()) + " code, expected a " + describe(expected) + " code ("
          + example(expected) + ")");
    }
  }

  /**
   * Requires the abolition date, if any, to be after the establishment date, if any.
   *
   * @param type the unit type, for example "Village"
   * @param unit the unit
   * @throws IllegalArgumentException if the unit is abolished on or before the day it is established
   */
  static void requireValidity(String type, TerritorialUnit unit) {
    Optional<LocalDate> established = unit.established();
    Optional<LocalDate> abolished = unit.abolished();
    if (established.isPresent() && abolished.isPresent() && !abolished.get().isAfter(established.get())) {
      throw new IllegalArgumentException(type + " '"
          + unit.name() + "' (" + unit.code() + "): abolished " + abolished.get()
          + " is not after established " + established.get()
          + "; a unit is in force from its established day (inclusive) until its abolished day (exclusive)");
    }
  }

  /**
   * Describes a unit's validity period for messages and {@code toString}.
   *
   * @param unit the unit
   * @return for example {@code "from 2015-01-01 until 2021-06-30"}, or an empty string if it has no dates
   */
  static String describeValidity(TerritorialUnit unit) {
    StringBuilder text = new StringBuilder();
    unit.established().ifPresent(date -> text.append("from ").append(date));
    unit.abolished().ifPresent(date -> text.append(text.length() == 0 ? "" : " ").append("until ").append(date));
    return text.toString();
  }

  private static String describe(DivisionLevel level) {
    return level.name().toLowerCase(Locale.ROOT) + "-level";
  }

  private static String example(DivisionLevel level) {
    switch (level) {
      case COUNTY:
        return "6 digits such as 500154, or 12 digits ending in 000000";
      case TOWNSHIP:
        return "12 digits with a township part 001-999 and village part 000, such as 500154001000";
      case VILLAGE:
        return "12 digits with a village part 001-999, such as 500154001001";
      default:
        return "a " + level.name().toLowerCase(Locale.ROOT) + " code";
    }
  }
}
