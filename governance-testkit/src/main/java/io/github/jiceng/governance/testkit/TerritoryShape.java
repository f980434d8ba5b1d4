package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import java.util.Objects;

/**
 * The shape of a synthetic district territory for {@link TerritoryGenerators}: the district code, how many streets
 * (街道), towns (镇) and townships (乡) it has, how many village-level units each of them has, and whether villages
 * have a history (mergers, new villages, renamings).
 *
 * <pre>{@code
 * TerritoryShape shape = TerritoryShape.of(DivisionCode.parse("500154"))
 *     .withTownships(7, 26, 7)
 *     .withVillagesPerTownship(8, 20)
 *     .withHistory(true);
 * }</pre>
 */
public final class TerritoryShape {
  /** The most village-level units a township can have: 199 communities (001-199) or 200 villages (200-399). */
  public static final int MAX_VILLAGES_PER_TOWNSHIP = 199;

  private final DivisionCode districtCode;
  private final int streets;
  private final int towns;
  private final int townships;
  private final int minVillages;
  private final int maxVillages;
  private final boolean history;

  private TerritoryShape(DivisionCode districtCode, int streets, int towns, int townships, int minVillages,
      int maxVillages, boolean history) {
    this.districtCode = districtCode;
    this.streets = requireRange("streets", streets, 0, 99, "township digits 001-099");
    this.towns = requireRange("towns", towns, 0, 100, "township digits 100-199");
    this.townships = requireRange("townships", townships, 0, 100, "township digits 200-299");
    this.minVillages = requireRange("minimum villages per township", minVillages, 0, MAX_VILLAGES_PER_TOWNSHIP,
        "village digits 001-199 or 200-399");
    this.maxVillages = requireRange("maximum villages per township", maxVillages, minVillages,
        MAX_VILLAGES_PER_TOWNSHIP, "at least the minimum and at most " + MAX_VILLAGES_PER_TOWNSHIP);
    this.history = history;
  }

  /**
   * Returns a small shape: 2 streets, 3 towns, 1 township, 2 to 6 village-level units each, no history.
   *
   * @param districtCode a county-level code, not null
   * @return the shape
   * @throws IllegalArgumentException if the code is not county-level
   * @throws NullPointerException if {@code districtCode} is null
   */
  public static TerritoryShape of(DivisionCode districtCode) {
    Objects.requireNonNull(districtCode, "districtCode");
    if (districtCode.level() != DivisionLevel.COUNTY) {
      throw new IllegalArgumentException("district code " + districtCode + " is " + districtCode.level()
          + "-level, expected a county-level code such as 500154");
    }
    return new TerritoryShape(districtCode, 2, 3, 1, 2, 6, false);
  }

  /**
   * Returns a shape like Kaizhou District (500154): 40 township-level units, as the domain notes state, split
   * illustratively into 7 streets, 26 towns and 7 townships, with 8 to 20 village-level units each.
   *
   * @return the shape
   */
  public static TerritoryShape kaizhouLike() {
    return of(DivisionCode.parse("500154")).withTownships(7, 26, 7).withVillagesPerTownship(8, 20);
  }

  private static int requireRange(String what, int value, int min, int max, String why) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + " must be " + min + " to " + max + " (" + why + "): " + value);
    }
    return value;
  }

  /**
   * Returns this shape with other numbers of township-level units.
   *
   * @param streets the number of streets, 0 to 99
   * @param towns the number of towns, 0 to 100
   * @param townships the number of townships, 0 to 100
   * @return the new shape
   * @throws IllegalArgumentException if a number is out of range
   */
  public TerritoryShape withTownships(int streets, int towns, int townships) {
    return new TerritoryShape(districtCode, streets, towns, townships, minVillages, maxVillages, history);
  }

  /**
   * Returns this shape with another range of village-level units (distinct codes) per township.
   *
   * @param min the minimum, 0 to 199
   * @param max the maximum, {@code min} to 199
   * @return the new shape
   * @throws IllegalArgumentException if the range is invalid
   */
  public TerritoryShape withVillagesPerTownship(int min, int max) {
    return new TerritoryShape(districtCode, streets, towns, townships, min, max, history);
  }

  /**
   * Returns this shape with or without village history: with it, some villages are abolished (merged), some
   * established later and some renamed (two versions of one code, the second from the day of renaming).
   *
   * @param withHistory whether villages have a history
   * @return the new shape
   */
  public TerritoryShape withHistory(boolean withHistory) {
    return new TerritoryShape(districtCode, streets, towns, townships, minVillages, maxVillages, withHistory);
  }

  /**
   * Returns the district code.
   *
   * @return a county-level code
   */
  public DivisionCode districtCode() {
    return districtCode;
  }

  /**
   * Returns the number of streets (街道).
   *
   * @return 0 to 99
   */
  public int streets() {
    return streets;
  }

  /**
   * Returns the number of towns (镇).
   *
   * @return 0 to 100
   */
  public int towns() {
    return towns;
  }

  /**
   * Returns the number of townships (乡).
   *
   * @return 0 to 100
   */
  public int townships() {
    return townships;
  }

  /**
   * Returns the number of township-level units of every kind.
   *
   * @return streets + towns + townships
   */
  public int townshipLevelUnits() {
    return streets + towns + townships;
  }

  /**
   * Returns the minimum number of village-level units (distinct codes) per township-level unit.
   *
   * @return 0 to 199
   */
  public int minVillagesPerTownship() {
    return minVillages;
  }

  /**
   * Returns the maximum number of village-level units (distinct codes) per township-level unit.
   *
   * @return the minimum to 199
   */
  public int maxVillagesPerTownship() {
    return maxVillages;
  }

  /**
   * Returns whether villages have a history of mergers, new villages and renamings.
   *
   * @return true if they do
   */
  public boolean hasHistory() {
    return history;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TerritoryShape)) {
      return false;
    }
    TerritoryShape that = (TerritoryShape) other;
    return districtCode.equals(that.districtCode) && streets == that.streets && towns == that.towns
        && townships == that.townships && minVillages == that.minVillages && maxVillages == that.maxVillages
        && history == that.history;
  }

  @Override
  public int hashCode() {
    return Objects.hash(districtCode, streets, towns, townships, minVillages, maxVillages, history);
  }

  /** Returns for example {@code "TerritoryShape[500154: 7 streets, 26 towns, 7 townships, 8-20 villages each]"}. */
  @Override
  public String toString() {
    return "TerritoryShape[" + districtCode.gbCode() + ": " + streets + " streets, " + towns + " towns, "
        + townships + " townships, " + minVillages + "-" + maxVillages + " villages each"
        + (history ? ", with history" : "") + "]";
  }
}
