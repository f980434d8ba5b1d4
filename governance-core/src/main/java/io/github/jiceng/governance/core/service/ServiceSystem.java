package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.linkage.worker.StaffingFigures;
import io.github.jiceng.governance.core.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The three-tier social-work service system of one district (区县三级社会工作服务体系), built from records: its
 * territory, guidance centres, stations and rooms, their staff, the social organisations and other facilities of the
 * district, and the services, funding and training the units recorded. Immutable.
 *
 * <p><b>Navigation.</b> Units are linked through the territory by their codes, on a day: the stations of a township
 * ({@link #stationsOf}), the rooms below a station (those in its township's villages, {@link #roomsBelow}), the
 * station above a room ({@link #stationAbove}), the centre above a station ({@link #centreAbove}). Only units open
 * on the day take part; closed units stay in the system as history.
 *
 * <p><b>What building takes.</b> {@link #of(DivisionCode, Iterable)} keeps, from records in any order and of any
 * type: territorial units, service units and facilities in the district; social organisations registered in it,
 * serving it or running one of its units; social workers whose employer is one of its stations, organisations or
 * community committees, or who are listed as staff of one of its rooms or centres; and the {@link UnitRecord}s of its
 * units. Other records are ignored. It rejects only what makes the index impossible: two service units with one id.
 * Whether the records are consistent (a station in an unknown township, a record naming an unknown unit) is for the
 * rules.
 *
 * <pre>{@code
 * ServiceSystem kaizhou = ServiceSystem.of(DivisionCode.parse("500154"), records);
 * kaizhou.stationsOf(DivisionCode.parse("500154101000"), LocalDate.of(2025, 12, 31)); // [SocialWorkStation[...]]
 * kaizhou.toString(); // "ServiceSystem[500154: 1 centre, 40 stations, 412 rooms, 650 workers]"
 * }</pre>
 */
public final class ServiceSystem {
  private static final Comparator<ServiceUnit> UNIT_ORDER = Comparator
      .comparing(ServiceUnit::tier)
      .thenComparing(ServiceUnit::territoryCode)
      .thenComparing(ServiceUnit::openedOn)
      .thenComparing(ServiceUnit::id);

  private final DivisionCode district;
  private final Territory territory;
  private final List<ServiceUnit> units;
  private final Map<String, ServiceUnit> unitsById;
  private final Map<DivisionCode, List<ServiceUnit>> unitsByTerritory;
  private final List<SocialWorker> workers;
  private final Map<String, SocialWorker> workersById;
  private final Map<ActorRef, List<SocialWorker>> workersByEmployer;
  private final List<SocialOrganisation> organisations;
  private final List<ServiceFacility> facilities;
  private final List<UnitRecord> records;
  private final Map<String, List<UnitRecord>> recordsByUnit;
  /** Snapshots of the territory by day; rules ask for the same day many times. Bounded, thread-safe. */
  private final Map<LocalDate, Territory> snapshots = new ConcurrentHashMap<>();

  private ServiceSystem(SystemRecords in) {
    this.district = in.district;
    this.territory = Territory.of(in.territory);
    in.units.sort(UNIT_ORDER);
    this.units = List.copyOf(in.units);
    Map<String, ServiceUnit> byId = new LinkedHashMap<>();
    Map<DivisionCode, List<ServiceUnit>> byTerritory = new HashMap<>();
    for (ServiceUnit unit : units) {
      ServiceUnit previous = byId.put(unit.id(), unit);
      if (previous != null) {
        throw new IllegalArgumentException("two service units have the id '" + unit.id() + "': " + previous
            + " and " + unit + "; expected each id once");
      }
      byTerritory.computeIfAbsent(unit.territoryCode(), code -> new ArrayList<>()).add(unit);
    }
    byTerritory.replaceAll((code, list) -> List.copyOf(list));
    this.unitsById = Map.copyOf(byId);
    this.unitsByTerritory = Map.copyOf(byTerritory);
    this.organisations = in.organisationsOfDistrict();
    this.workers = in.workersOfDistrict(organisations);
    Map<String, SocialWorker> workerIds = new HashMap<>();
    workers.forEach(w -> workerIds.putIfAbsent(w.id(), w));
    this.workersById = Map.copyOf(workerIds);
    this.workersByEmployer = Map.copyOf(workers.stream().collect(Collectors.groupingBy(SocialWorker::employer,
        Collectors.toUnmodifiableList())));
    this.facilities = in.facilities.stream()
        .sorted(Comparator.comparing(ServiceFacility::territoryCode).thenComparing(ServiceFacility::id))
        .collect(Collectors.toUnmodifiableList());
    this.records = in.records.stream().filter(r -> unitsById.containsKey(r.unitId()))
        .sorted(Comparator.comparing(UnitRecord::date).thenComparing(UnitRecord::id))
        .collect(Collectors.toUnmodifiableList());
    this.recordsByUnit = Map.copyOf(records.stream().collect(Collectors.groupingBy(UnitRecord::unitId,
        Collectors.toUnmodifiableList())));
  }

  /**
   * Builds the system of a district from records, in any order; records of other districts or of other types are
   * ignored.
   *
   * @param district the county-level code of the district, not null
   * @param records the records, none null
   * @return the system
   * @throws IllegalArgumentException if the code is not county-level, if two service units have the same id, or if
   *     two territorial units have the same code and overlapping validity
   * @throws NullPointerException if an argument or a record is null
   */
  public static ServiceSystem of(DivisionCode district, Iterable<?> records) {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(records, "records");
    if (district.level() != DivisionLevel.COUNTY) {
      throw new IllegalArgumentException("district code " + district + " is " + district.level()
          + "-level, expected a county-level code such as 500154");
    }
    return new ServiceSystem(SystemRecords.collect(district, records));
  }

  static List<String> postedIds(ServiceUnit unit) {
    if (unit instanceof SocialWorkRoom) {
      return ((SocialWorkRoom) unit).staffIds();
    }
    if (unit instanceof GuidanceCentre) {
      return ((GuidanceCentre) unit).staffIds();
    }
    return List.of();
  }

  /**
   * Returns the district's county-level code.
   *
   * @return the code
   */
  public DivisionCode district() {
    return district;
  }

  /**
   * Returns the district's territory: every version of its territorial units among the records.
   *
   * @return the territory index
   */
  public Territory territory() {
    return territory;
  }

  /**
   * Returns the territorial units in force on a day (villages merge and split; each is counted in its own time).
   *
   * @param day the day, not null
   * @return the snapshot of the territory
   * @throws NullPointerException if {@code day} is null
   */
  public Territory territoryOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (snapshots.size() > 64) {
      snapshots.clear();
    }
    return snapshots.computeIfAbsent(day, territory::asOf);
  }

  /**
   * Returns every service unit, open or closed.
   *
   * @return the units by tier, territory code, opening day and id
   */
  public List<ServiceUnit> units() {
    return units;
  }

  /**
   * Returns the units of a tier open on a day.
   *
   * @param tier the tier, not null
   * @param day the day, not null
   * @return the units, in {@link #units()} order
   * @throws NullPointerException if an argument is null
   */
  public List<ServiceUnit> unitsOn(ServiceTier tier, LocalDate day) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(day, "day");
    return units.stream().filter(u -> u.tier() == tier && u.isOpenOn(day)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the unit with an id.
   *
   * @param id the id, not null
   * @return the unit, or empty if the system has none with that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<ServiceUnit> unit(String id) {
    return Optional.ofNullable(unitsById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the units open on a day that serve exactly a territorial unit: the centres of the district, the stations
   * of a township or the rooms of a village-level unit.
   *
   * @param territoryCode the code served, not null
   * @param day the day, not null
   * @return the units, by opening day and id
   * @throws NullPointerException if an argument is null
   */
  public List<ServiceUnit> unitsServing(DivisionCode territoryCode, LocalDate day) {
    Objects.requireNonNull(territoryCode, "territoryCode");
    Objects.requireNonNull(day, "day");
    return unitsByTerritory.getOrDefault(territoryCode, List.of()).stream().filter(u -> u.isOpenOn(day))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the stations of a township open on a day.
   *
   * @param township the township's code, not null
   * @param day the day, not null
   * @return the stations, by opening day and id
   * @throws NullPointerException if an argument is null
   */
  public List<SocialWorkStation> stationsOf(DivisionCode township, LocalDate day) {
    return typed(unitsServing(township, day), SocialWorkStation.class);
  }

  /**
   * Returns the rooms of a village-level unit open on a day.
   *
   * @param village the village's code, not null
   * @param day the day, not null
   * @return the rooms, by opening day and id
   * @throws NullPointerException if an argument is null
   */
  public List<SocialWorkRoom> roomsOf(DivisionCode village, LocalDate day) {
    return typed(unitsServing(village, day), SocialWorkRoom.class);
  }

  /**
   * Returns the guidance centres of the district open on a day.
   *
   * @param day the day, not null
   * @return the centres, by opening day and id
   * @throws NullPointerException if {@code day} is null
   */
  public List<GuidanceCentre> centresOn(LocalDate day) {
    return typed(unitsServing(district, day), GuidanceCentre.class);
  }

  /**
   * Returns the station a room belongs to on a day: the first-opened station of the room's township open that day.
   *
   * @param room the room, not null
   * @param day the day, not null
   * @return the station, or empty if the township has no open station
   * @throws NullPointerException if an argument is null
   */
  public Optional<SocialWorkStation> stationAbove(SocialWorkRoom room, LocalDate day) {
    Objects.requireNonNull(room, "room");
    return stationsOf(room.territoryCode().ancestorAt(DivisionLevel.TOWNSHIP), day).stream().findFirst();
  }

  /**
   * Returns the rooms below a station on a day: the open rooms of the villages of the station's township.
   *
   * @param station the station, not null
   * @param day the day, not null
   * @return the rooms, by village code
   * @throws NullPointerException if an argument is null
   */
  public List<SocialWorkRoom> roomsBelow(SocialWorkStation station, LocalDate day) {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(day, "day");
    DivisionCode township = station.territoryCode();
    return units.stream().filter(u -> u instanceof SocialWorkRoom && township.isAncestorOf(u.territoryCode())
        && u.isOpenOn(day)).map(SocialWorkRoom.class::cast).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the centre a station belongs to on a day: the district's first-opened centre open that day.
   *
   * @param station the station, not null
   * @param day the day, not null
   * @return the centre, or empty if the district has no open centre
   * @throws NullPointerException if an argument is null
   */
  public Optional<GuidanceCentre> centreAbove(SocialWorkStation station, LocalDate day) {
    Objects.requireNonNull(station, "station");
    return centresOn(day).stream().findFirst();
  }

  /**
   * Returns the units open on a day whose territory lies within a division (the division itself or below it): for a
   * township, its stations and its villages' rooms; for the district, every unit.
   *
   * @param scope the division, not null
   * @param day the day, not null
   * @return the units, in {@link #units()} order
   * @throws NullPointerException if an argument is null
   */
  public List<ServiceUnit> unitsWithin(DivisionCode scope, LocalDate day) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(day, "day");
    return units.stream().filter(u -> scope.contains(u.territoryCode()) && u.isOpenOn(day))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the staff of a unit employed on a day: for a station, the workers whose employer is the station; for a
   * room or centre, the listed workers that are among the records.
   *
   * @param unit the unit, not null
   * @param day the day, not null
   * @return the workers, by id, each once
   * @throws NullPointerException if an argument is null
   */
  public List<SocialWorker> staffOf(ServiceUnit unit, LocalDate day) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(day, "day");
    List<SocialWorker> candidates = unit instanceof SocialWorkStation
        ? workersByEmployer.getOrDefault(((SocialWorkStation) unit).actorRef(), List.of())
        : postedIds(unit).stream().distinct().map(workersById::get).filter(Objects::nonNull)
            .sorted(Comparator.comparing(SocialWorker::id)).collect(Collectors.toList());
    return candidates.stream().filter(w -> w.isEmployedOn(day)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the staff of several units employed on a day, each worker once even if several units list them.
   *
   * @param units the units, not null
   * @param day the day, not null
   * @return the workers, by id
   * @throws NullPointerException if an argument is null
   */
  public List<SocialWorker> staffOf(Collection<? extends ServiceUnit> units, LocalDate day) {
    Objects.requireNonNull(units, "units");
    Map<String, SocialWorker> distinct = new LinkedHashMap<>();
    units.forEach(unit -> staffOf(unit, day).forEach(w -> distinct.putIfAbsent(w.id(), w)));
    return distinct.values().stream().sorted(Comparator.comparing(SocialWorker::id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a station's staffing figures on a day (linkage model: workers employed by the station).
   *
   * @param station the station, not null
   * @param day the day, not null
   * @return the headcount and certified count
   * @throws NullPointerException if an argument is null
   */
  public StaffingFigures staffing(SocialWorkStation station, LocalDate day) {
    Objects.requireNonNull(station, "station");
    return StaffingFigures.of(station.actorRef(), workersByEmployer.getOrDefault(station.actorRef(), List.of()), day);
  }

  /**
   * Returns the social workers of the district: staff of its units and workers employed by its organisations and
   * community committees.
   *
   * @return the workers, by id
   */
  public List<SocialWorker> workers() {
    return workers;
  }

  /**
   * Returns the social organisations of the district: registered in it, serving it, or running one of its units.
   *
   * @return the organisations, by id
   */
  public List<SocialOrganisation> organisations() {
    return organisations;
  }

  /**
   * Returns the community an organisation is based in: its first service area that is a village-level unit of the
   * district. Each organisation is counted for one community only.
   *
   * @param organisation the organisation, not null
   * @return the village-level code, or empty if it serves no single community of the district
   * @throws NullPointerException if {@code organisation} is null
   */
  public Optional<DivisionCode> homeCommunity(SocialOrganisation organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return organisation.serviceAreas().stream()
        .filter(code -> code.level() == DivisionLevel.VILLAGE && district.contains(code)).findFirst();
  }

  /**
   * Returns the other service facilities of the district, open or closed.
   *
   * @return the facilities, by territory code and id
   */
  public List<ServiceFacility> facilities() {
    return facilities;
  }

  /**
   * Returns the dated records of the system's units: services, funding and training.
   *
   * @return the records, by date and id
   */
  public List<UnitRecord> records() {
    return records;
  }

  /**
   * Returns the dated records of one unit.
   *
   * @param unit the unit, not null
   * @return the records, by date and id
   * @throws NullPointerException if {@code unit} is null
   */
  public List<UnitRecord> recordsOf(ServiceUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return recordsByUnit.getOrDefault(unit.id(), List.of());
  }

  /**
   * Returns the records of a type dated in a period, of the units a scope contains, counting only records dated on
   * a day their unit was open (a record dated while its unit was closed is reported by the rules, not counted).
   *
   * @param type the record type, for example {@code ServiceDelivery.class}, not null
   * @param scope the division whose units count, not null
   * @param period the period, not null
   * @param <R> the record type
   * @return the records, by date and id, each once
   * @throws NullPointerException if an argument is null
   */
  public <R extends UnitRecord> List<R> recordsIn(Class<R> type, DivisionCode scope, ReportingPeriod period) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    return records.stream().filter(type::isInstance).map(type::cast)
        .filter(r -> period.contains(r.date()))
        .filter(r -> {
          ServiceUnit unit = unitsById.get(r.unitId());
          return scope.contains(unit.territoryCode()) && unit.isOpenOn(r.date());
        })
        .collect(Collectors.toUnmodifiableList());
  }

  private static <U extends ServiceUnit> List<U> typed(List<ServiceUnit> units, Class<U> type) {
    return units.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
  }

  /** Returns for example {@code "ServiceSystem[500154: 1 centre, 40 stations, 412 rooms, 650 workers]"}. */
  @Override
  public String toString() {
    long centres = units.stream().filter(u -> u.tier() == ServiceTier.DISTRICT).count();
    long stations = units.stream().filter(u -> u.tier() == ServiceTier.TOWNSHIP).count();
    long rooms = units.size() - centres - stations;
    return "ServiceSystem[" + district.gbCode() + ": " + centres + (centres == 1 ? " centre, " : " centres, ")
        + stations + (stations == 1 ? " station, " : " stations, ") + rooms + (rooms == 1 ? " room, " : " rooms, ")
        + workers.size() + (workers.size() == 1 ? " worker]" : " workers]");
  }
}
