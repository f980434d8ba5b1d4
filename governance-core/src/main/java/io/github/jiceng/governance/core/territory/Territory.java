package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An immutable index of territorial units (行政区划索引): districts, townships and village-level units, built from
 * records, that answers "which township is this village in" and lists the units under a code.
 *
 * <p><b>How units are linked.</b> The index links units by their own codes: a unit's parent in the index is the unit
 * whose code is {@link DivisionCode#parent()} of its code, and {@link #children} and {@link #descendants} follow code
 * prefixes. The parent code a record <em>states</em> ({@link Township#districtCode()}, {@link Village#townshipCode()})
 * is not used for linking; it is what rules compare against the index (rule ids such as {@code
 * territory.village.parent-mismatch}).
 *
 * <p><b>What building accepts.</b> {@link #of(Iterable)} accepts data that rules should report: a village whose
 * township is missing, a stated parent that disagrees with the code, a kind that disagrees with the code range. It
 * rejects only what makes an index impossible: two units with the same code whose validity periods overlap. A code
 * may have several versions with non-overlapping validity (a code reused after an abolition); then the lookups of
 * this index return the latest version (the one established last), and {@link #asOf(LocalDate)} gives a snapshot
 * with at most one version per code.
 *
 * <pre>{@code
 * Territory kaizhou = Territory.of(List.of(
 *     District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT),
 *     Township.of(DivisionCode.parse("500154001000"), "汉丰街道"),
 *     Village.of(DivisionCode.parse("500154001001"), "金州社区")));
 * kaizhou.townshipOf(DivisionCode.parse("500154001001")); // Optional[Township[500154001000 汉丰街道 ...]]
 * kaizhou.children(DivisionCode.parse("500154"));         // [Township[500154001000 汉丰街道 ...]]
 * kaizhou.toString();                                     // Territory[1 district, 1 township, 1 village]
 * }</pre>
 */
public final class Territory {
  /** Orders units by code, then the versions of a code by establishment (no establishment date first). */
  private static final Comparator<TerritorialUnit> ORDER = Comparator
      .comparing(TerritorialUnit::code)
      .thenComparing(unit -> unit.established().orElse(LocalDate.MIN));

  private final List<TerritorialUnit> units;
  private final NavigableMap<DivisionCode, List<TerritorialUnit>> versionsByCode;
  private final Map<DivisionCode, List<TerritorialUnit>> childrenByParent;
  private final Map<DivisionLevel, List<TerritorialUnit>> unitsByLevel;
  private final List<District> districts;
  private final List<Township> townships;
  private final List<Village> villages;

  private Territory(List<TerritorialUnit> sortedUnits) {
    this.units = Collections.unmodifiableList(sortedUnits);
    NavigableMap<DivisionCode, List<TerritorialUnit>> versions = new TreeMap<>();
    Map<DivisionCode, List<TerritorialUnit>> children = new HashMap<>();
    Map<DivisionLevel, List<TerritorialUnit>> byLevel = new EnumMap<>(DivisionLevel.class);
    for (TerritorialUnit unit : sortedUnits) {
      versions.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit);
      unit.code().parent().ifPresent(parent -> children.computeIfAbsent(parent, code -> new ArrayList<>()).add(unit));
      byLevel.computeIfAbsent(unit.level(), level -> new ArrayList<>()).add(unit);
    }
    versions.replaceAll((code, list) -> List.copyOf(list));
    children.replaceAll((code, list) -> List.copyOf(list));
    byLevel.replaceAll((level, list) -> List.copyOf(list));
    this.versionsByCode = Collections.unmodifiableNavigableMap(versions);
    this.childrenByParent = Collections.unmodifiableMap(children);
    this.unitsByLevel = Collections.unmodifiableMap(byLevel);
    this.districts = typed(DivisionLevel.COUNTY, District.class);
    this.townships = typed(DivisionLevel.TOWNSHIP, Township.class);
    this.villages = typed(DivisionLevel.VILLAGE, Village.class);
  }

  /**
   * Builds an index from records, in any order.
   *
   * @param units the units, not null and without null elements
   * @return the index
   * @throws IllegalArgumentException if two units have the same code and overlapping validity periods; the message
   *     names the code and both units
   * @throws NullPointerException if {@code units} or one of its elements is null
   */
  public static Territory of(Iterable<? extends TerritorialUnit> units) {
    Objects.requireNonNull(units, "units");
    List<TerritorialUnit> list = new ArrayList<>();
    for (TerritorialUnit unit : units) {
      list.add(Objects.requireNonNull(unit, () -> "units contains null at index " + list.size()));
    }
    list.sort(ORDER);
    requireNoOverlap(list);
    return new Territory(list);
  }

  /**
   * Builds an index from records, in any order.
   *
   * @param units the units, not null and without null elements
   * @return the index
   * @throws IllegalArgumentException if two units have the same code and overlapping validity periods
   * @throws NullPointerException if {@code units} or one of its elements is null
   */
  public static Territory of(TerritorialUnit... units) {
    return of(Arrays.asList(Objects.requireNonNull(units, "units")));
  }

  private static void requireNoOverlap(List<TerritorialUnit> sorted) {
    int groupStart = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || !sorted.get(i).code().equals(sorted.get(groupStart).code())) {
        for (int a = groupStart; a < i; a++) {
          for (int b = a + 1; b < i; b++) {
            requireDisjoint(sorted.get(a), sorted.get(b));
          }
        }
        groupStart = i;
      }
    }
  }

  private static void requireDisjoint(TerritorialUnit first, TerritorialUnit second) {
    LocalDate firstStart = first.established().orElse(LocalDate.MIN);
    LocalDate secondStart = second.established().orElse(LocalDate.MIN);
    LocalDate firstEnd = first.abolished().orElse(LocalDate.MAX);
    LocalDate secondEnd = second.abolished().orElse(LocalDate.MAX);
    if (firstStart.isBefore(secondEnd) && secondStart.isBefore(firstEnd)) {
      throw new IllegalArgumentException("two units have the same code " + first.code()
          + " and overlapping validity: '" + first.name() + "' (" + describeValidity(first) + ") and '"
          + second.name() + "' (" + describeValidity(second) + "); expected each code at most once on any day");
    }
  }

  private static String describeValidity(TerritorialUnit unit) {
    String validity = UnitInvariants.describeValidity(unit);
    return validity.isEmpty() ? "no dates: always in force" : validity;
  }

  /**
   * Returns the unit with a code.
   *
   * @param code the code, not null
   * @return the unit (the latest version if the code has several), or empty if no unit has that code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<TerritorialUnit> find(DivisionCode code) {
    List<TerritorialUnit> versions = versions(code);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /**
   * Returns the unit with a code if it is of a type, for example {@code find(code, Village.class)}.
   *
   * @param code the code, not null
   * @param type the type of unit, not null
   * @param <U> the type of unit
   * @return the unit (the latest version if the code has several), or empty if there is none of that type
   * @throws NullPointerException if an argument is null
   */
  public <U extends TerritorialUnit> Optional<U> find(DivisionCode code, Class<U> type) {
    Objects.requireNonNull(type, "type");
    return find(code).filter(type::isInstance).map(type::cast);
  }

  /**
   * Returns all versions of the unit with a code, ordered by establishment.
   *
   * @param code the code, not null
   * @return the versions, empty if no unit has that code
   * @throws NullPointerException if {@code code} is null
   */
  public List<TerritorialUnit> versions(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return versionsByCode.getOrDefault(code, List.of());
  }

  /**
   * Returns the township a village-level unit lies in, by its code: the township whose code is the village's code's
   * parent (not the township the village states).
   *
   * @param village the village-level unit, not null
   * @return the township, or empty if the index has no such township
   * @throws NullPointerException if {@code village} is null
   */
  public Optional<Township> townshipOf(Village village) {
    Objects.requireNonNull(village, "village");
    return townshipOf(village.code());
  }

  /**
   * Returns the township a code lies in: the township whose code is the code's township-level ancestor (for a
   * township code, that township itself).
   *
   * @param code the code, not null
   * @return the township, or empty if the code is above township level or the index has no such township
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<Township> townshipOf(DivisionCode code) {
    return ancestor(code, DivisionLevel.TOWNSHIP, Township.class);
  }

  /**
   * Returns the district a unit lies in, by the unit's code (not the parent the unit states).
   *
   * @param unit the unit, not null
   * @return the district (for a district, the district itself), or empty if the index has no such district
   * @throws NullPointerException if {@code unit} is null
   */
  public Optional<District> districtOf(TerritorialUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return districtOf(unit.code());
  }

  /**
   * Returns the district a code lies in: the district whose code is the code's county-level ancestor (for a county
   * code, that district itself).
   *
   * @param code the code, not null
   * @return the district, or empty if the code is above county level or the index has no such district
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<District> districtOf(DivisionCode code) {
    return ancestor(code, DivisionLevel.COUNTY, District.class);
  }

  private <U extends TerritorialUnit> Optional<U> ancestor(DivisionCode code, DivisionLevel level, Class<U> type) {
    Objects.requireNonNull(code, "code");
    if (code.level().isAbove(level)) {
      return Optional.empty();
    }
    return find(code.ancestorAt(level), type);
  }

  /**
   * Returns the units one level below a code: those whose code's parent is that code, whether or not the code itself
   * is in the index. Units that merely state the code as their parent are not included.
   *
   * @param code the code, not null
   * @return the children sorted by code (the versions of a code by establishment), empty if there are none
   * @throws NullPointerException if {@code code} is null
   */
  public List<TerritorialUnit> children(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return childrenByParent.getOrDefault(code, List.of());
  }

  /**
   * Returns the units at any depth below a code: those whose code the code {@linkplain DivisionCode#isAncestorOf
   * contains}, not including the code's own unit.
   *
   * @param code the code, not null
   * @return the descendants sorted by code, empty if there are none
   * @throws NullPointerException if {@code code} is null
   */
  public List<TerritorialUnit> descendants(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    List<TerritorialUnit> result = new ArrayList<>();
    for (Map.Entry<DivisionCode, List<TerritorialUnit>> entry : versionsByCode.tailMap(code, false).entrySet()) {
      if (!code.isAncestorOf(entry.getKey())) {
        break; // codes sort right after their ancestor, so the descendants are one contiguous run
      }
      result.addAll(entry.getValue());
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns all units.
   *
   * @return the units sorted by code (the versions of a code by establishment)
   */
  public List<TerritorialUnit> units() {
    return units;
  }

  /**
   * Returns the units at a level.
   *
   * @param level the level, not null
   * @return the units sorted by code, empty if there are none
   * @throws NullPointerException if {@code level} is null
   */
  public List<TerritorialUnit> units(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    return unitsByLevel.getOrDefault(level, List.of());
  }

  /**
   * Returns the districts.
   *
   * @return the districts sorted by code
   */
  public List<District> districts() {
    return districts;
  }

  /**
   * Returns the townships (streets, towns, townships and special areas).
   *
   * @return the townships sorted by code
   */
  public List<Township> townships() {
    return townships;
  }

  /**
   * Returns the village-level units (villages and communities).
   *
   * @return the village-level units sorted by code
   */
  public List<Village> villages() {
    return villages;
  }

  private <U extends TerritorialUnit> List<U> typed(DivisionLevel level, Class<U> type) {
    return units(level).stream().map(type::cast).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the index of the units in force on a day.
   *
   * @param date the day, not null
   * @return a snapshot with at most one version of each code
   * @throws NullPointerException if {@code date} is null
   * @see TerritorialUnit#isInForceOn(LocalDate)
   */
  public Territory asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Territory(units.stream().filter(unit -> unit.isInForceOn(date)).collect(Collectors.toList()));
  }

  /**
   * Returns the number of units (counting every version of a code).
   *
   * @return the number of units
   */
  public int size() {
    return units.size();
  }

  /**
   * Returns whether the index has no units.
   *
   * @return true if there are no units
   */
  public boolean isEmpty() {
    return units.isEmpty();
  }

  /** Returns whether another index has the same units. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Territory && units.equals(((Territory) other).units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  /** Returns for example {@code "Territory[1 district, 40 townships, 512 villages]"}. */
  @Override
  public String toString() {
    return "Territory[" + count(DivisionLevel.COUNTY, "district", "districts") + ", "
        + count(DivisionLevel.TOWNSHIP, "township", "townships") + ", "
        + count(DivisionLevel.VILLAGE, "village", "villages") + "]";
  }

  private String count(DivisionLevel level, String singular, String plural) {
    int count = units(level).size();
    return count + " " + (count == 1 ? singular : plural);
  }
}
