package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * The three-tier coverage of one township (乡镇三级服务覆盖) on the report's day: its village-level units (villages and
 * communities) in force, how many of them have an open social-work room, the rooms, and the open social-work
 * stations of the township. Immutable.
 *
 * <pre>{@code
 * TownshipCoverage.of(DivisionCode.parse("500154101000"), Optional.of("满月镇"), 9, 8, 8, 1);
 * }</pre>
 */
public final class TownshipCoverage {
  private final DivisionCode code;
  private final Optional<String> name;
  private final int villages;
  private final int villagesWithRoom;
  private final int rooms;
  private final int stations;

  private TownshipCoverage(DivisionCode code, Optional<String> name, int villages, int villagesWithRoom, int rooms,
      int stations) {
    this.code = code;
    this.name = name;
    this.villages = villages;
    this.villagesWithRoom = villagesWithRoom;
    this.rooms = rooms;
    this.stations = stations;
  }

  /**
   * Returns the coverage of a township.
   *
   * @param code the township-level code, not null
   * @param name the township's name, or empty if the data has no township record for the code
   * @param villages the village-level units in force, at least 0
   * @param villagesWithRoom those of them with an open room, from 0 to {@code villages}
   * @param rooms the open rooms in the township's village-level units, at least {@code villagesWithRoom}
   * @param stations the open stations of the township, at least 0
   * @return the coverage
   * @throws IllegalArgumentException if the code is not township-level or a count is out of range
   * @throws NullPointerException if an argument is null
   */
  public static TownshipCoverage of(DivisionCode code, Optional<String> name, int villages, int villagesWithRoom,
      int rooms, int stations) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.level() != DivisionLevel.TOWNSHIP) {
      throw new IllegalArgumentException("township coverage: code " + code + " is " + code.level()
          + "-level, expected a township-level code such as 500154101000");
    }
    if (villages < 0 || villagesWithRoom < 0 || villagesWithRoom > villages) {
      throw new IllegalArgumentException("township coverage of " + code + ": " + villagesWithRoom
          + " villages with a room of " + villages + ", expected 0 <= with room <= villages");
    }
    if (rooms < villagesWithRoom || stations < 0) {
      throw new IllegalArgumentException("township coverage of " + code + ": " + rooms + " rooms and " + stations
          + " stations, expected rooms >= " + villagesWithRoom + " (the villages with a room) and stations >= 0");
    }
    return new TownshipCoverage(code, name, villages, villagesWithRoom, rooms, stations);
  }

  /**
   * Returns the township's code.
   *
   * @return a township-level code
   */
  public DivisionCode code() {
    return code;
  }

  /**
   * Returns the township's name.
   *
   * @return the name, or empty if the data has no township record in force for the code
   */
  public Optional<String> name() {
    return name;
  }

  /**
   * Returns the number of village-level units (villages and communities) in force.
   *
   * @return the count
   */
  public int villages() {
    return villages;
  }

  /**
   * Returns the number of village-level units with at least one open social-work room.
   *
   * @return the count, at most {@link #villages()}
   */
  public int villagesWithRoom() {
    return villagesWithRoom;
  }

  /**
   * Returns the number of open social-work rooms in the township's village-level units.
   *
   * @return the count
   */
  public int rooms() {
    return rooms;
  }

  /**
   * Returns the number of open social-work stations of the township.
   *
   * @return the count
   */
  public int stations() {
    return stations;
  }

  /**
   * Returns whether the township has an open station.
   *
   * @return true if {@link #stations()} is at least 1
   */
  public boolean hasStation() {
    return stations > 0;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TownshipCoverage)) {
      return false;
    }
    TownshipCoverage that = (TownshipCoverage) other;
    return code.equals(that.code) && name.equals(that.name) && villages == that.villages
        && villagesWithRoom == that.villagesWithRoom && rooms == that.rooms && stations == that.stations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, villages, villagesWithRoom, rooms, stations);
  }

  /** Returns for example {@code "TownshipCoverage[500154101000 满月镇: 8/9 villages with a room, 8 rooms, 1 station]"}. */
  @Override
  public String toString() {
    return "TownshipCoverage[" + code + name.map(n -> " " + n).orElse("") + ": " + villagesWithRoom + "/" + villages
        + " villages with a room, " + rooms + (rooms == 1 ? " room, " : " rooms, ") + stations
        + (stations == 1 ? " station]" : " stations]");
  }
}
