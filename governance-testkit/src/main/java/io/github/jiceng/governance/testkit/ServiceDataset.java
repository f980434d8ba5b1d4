package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.GuidanceCentre;
import io.github.jiceng.governance.core.service.ServiceFacility;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A generated three-tier service dataset of one district (三级服务体系数据集): its territory, guidance centre, stations,
 * rooms, social workers, social organisations, facilities and the services, funding and training of its units,
 * consistent with each other on {@link #day()}. {@link #records()} lists them all, ready for a validator and {@code
 * ServiceLookup.of(records)}; {@link #system()} builds the district's {@link ServiceSystem}.
 */
public final class ServiceDataset {
  private final DivisionCode district;
  private final LocalDate day;
  private final List<TerritorialUnit> territory;
  private final List<GuidanceCentre> centres;
  private final List<SocialWorkStation> stations;
  private final List<SocialWorkRoom> rooms;
  private final List<SocialWorker> workers;
  private final List<SocialOrganisation> organisations;
  private final List<ServiceFacility> facilities;
  private final List<UnitRecord> unitRecords;

  private ServiceDataset(Builder builder) {
    this.district = Objects.requireNonNull(builder.district, "district");
    this.day = Objects.requireNonNull(builder.day, "day");
    this.territory = List.copyOf(builder.territory);
    this.centres = List.copyOf(builder.centres);
    this.stations = List.copyOf(builder.stations);
    this.rooms = List.copyOf(builder.rooms);
    this.workers = List.copyOf(builder.workers);
    this.organisations = List.copyOf(builder.organisations);
    this.facilities = List.copyOf(builder.facilities);
    this.unitRecords = List.copyOf(builder.unitRecords);
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
   * Returns the day on which the dataset is consistent: validate with a clock or as-of date of this day.
   *
   * @return the day
   */
  public LocalDate day() {
    return day;
  }

  /**
   * Returns the territorial units: the district, its townships and village-level units.
   *
   * @return the units
   */
  public List<TerritorialUnit> territory() {
    return territory;
  }

  /**
   * Returns the guidance centres.
   *
   * @return the centres
   */
  public List<GuidanceCentre> centres() {
    return centres;
  }

  /**
   * Returns the stations.
   *
   * @return the stations
   */
  public List<SocialWorkStation> stations() {
    return stations;
  }

  /**
   * Returns the rooms.
   *
   * @return the rooms
   */
  public List<SocialWorkRoom> rooms() {
    return rooms;
  }

  /**
   * Returns the social workers.
   *
   * @return the workers
   */
  public List<SocialWorker> workers() {
    return workers;
  }

  /**
   * Returns the social organisations: the operators and the community social organisations.
   *
   * @return the organisations
   */
  public List<SocialOrganisation> organisations() {
    return organisations;
  }

  /**
   * Returns the other service facilities.
   *
   * @return the facilities
   */
  public List<ServiceFacility> facilities() {
    return facilities;
  }

  /**
   * Returns the services, funding and training records.
   *
   * @return the records
   */
  public List<UnitRecord> unitRecords() {
    return unitRecords;
  }

  /**
   * Returns every record: territory, centres, stations, rooms, workers, organisations, facilities, unit records.
   *
   * @return an immutable list of the records
   */
  public List<Object> records() {
    List<Object> all = new ArrayList<>();
    all.addAll(territory);
    all.addAll(centres);
    all.addAll(stations);
    all.addAll(rooms);
    all.addAll(workers);
    all.addAll(organisations);
    all.addAll(facilities);
    all.addAll(unitRecords);
    return Collections.unmodifiableList(all);
  }

  /**
   * Builds the district's service system from the records.
   *
   * @return the system
   */
  public ServiceSystem system() {
    return ServiceSystem.of(district, records());
  }

  /** Returns a builder with this dataset's records, to change some. */
  Builder toBuilder() {
    Builder builder = new Builder(district, day);
    builder.territory.addAll(territory);
    builder.centres.addAll(centres);
    builder.stations.addAll(stations);
    builder.rooms.addAll(rooms);
    builder.workers.addAll(workers);
    builder.organisations.addAll(organisations);
    builder.facilities.addAll(facilities);
    builder.unitRecords.addAll(unitRecords);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceDataset && day.equals(((ServiceDataset) other).day)
        && records().equals(((ServiceDataset) other).records());
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, records());
  }

  /** Returns the numbers of records, for example {@code "ServiceDataset[500154 on 2026-06-30: 40 stations, ...]"}. */
  @Override
  public String toString() {
    return "ServiceDataset[" + district.gbCode() + " on " + day + ": " + territory.size() + " territorial units, "
        + centres.size() + " centres, " + stations.size() + " stations, " + rooms.size() + " rooms, "
        + workers.size() + " social workers, " + organisations.size() + " organisations, " + facilities.size()
        + " facilities, " + unitRecords.size() + " unit records]";
  }

  /** Collects records; lists are mutable until {@link #build()}. */
  static final class Builder {
    final DivisionCode district;
    final LocalDate day;
    final List<TerritorialUnit> territory = new ArrayList<>();
    final List<GuidanceCentre> centres = new ArrayList<>();
    final List<SocialWorkStation> stations = new ArrayList<>();
    final List<SocialWorkRoom> rooms = new ArrayList<>();
    final List<SocialWorker> workers = new ArrayList<>();
    final List<SocialOrganisation> organisations = new ArrayList<>();
    final List<ServiceFacility> facilities = new ArrayList<>();
    final List<UnitRecord> unitRecords = new ArrayList<>();

    Builder(DivisionCode district, LocalDate day) {
      this.district = district;
      this.day = day;
    }

    ServiceDataset build() {
      return new ServiceDataset(this);
    }
  }
}
