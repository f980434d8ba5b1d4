package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceDelivery;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.service.ServiceTier;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.service.TrainingSession;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A quantity measured on a {@link ServiceSystem} within a scope (a division of the district: the district, a township
 * or a village-level unit) for a {@link ReportingPeriod} (统计量), the numerator or denominator of an {@link Indicator}.
 *
 * <p>Stocks are measured on the period's reference day (its last day) over the territorial units in force and the
 * service units open on that day; flows over the records dated in the period, of units open on the record's day.
 * Every unit, worker, organisation and record is counted once within a scope, whatever tier lists it.
 */
public enum Measure implements Displayable {
  /** The number 1, the denominator of totals. */
  ONE("1", "one") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return BigDecimal.ONE;
    }
  },
  /** Townships, towns and streets in force on the reference day. */
  TOWNSHIPS("乡镇（街道）数", "townships and streets") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(townships(system, scope, period));
    }
  },
  /** Townships in force with at least one station open on the reference day. */
  TOWNSHIPS_WITH_STATION("已建站乡镇（街道）数", "townships with a station") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(townships(system, scope, period)
          .filter(t -> !system.stationsOf(t.code(), period.referenceDay()).isEmpty()));
    }
  },
  /** Village-level units in force on the reference day. */
  VILLAGES("村（社区）数", "villages and communities") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(villages(system, scope, period));
    }
  },
  /** Village-level units in force with at least one room open on the reference day. */
  VILLAGES_WITH_ROOM("已建室村（社区）数", "villages and communities with a room") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(villages(system, scope, period)
          .filter(v -> !system.roomsOf(v.code(), period.referenceDay()).isEmpty()));
    }
  },
  /** Urban communities in force (by urban-rural class, or communities when the class is not recorded). */
  URBAN_COMMUNITIES("城市社区数", "urban communities") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(villages(system, scope, period).filter(Systems::isUrban));
    }
  },
  /** Rural communities (villages) in force. */
  RURAL_COMMUNITIES("农村社区数", "rural communities") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(villages(system, scope, period).filter(v -> !Systems.isUrban(v)));
    }
  },
  /** Community social organisations based in an urban community in force, registered by the reference day. */
  URBAN_COMMUNITY_ORGANISATIONS("城市社区社会组织数", "organisations of urban communities") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return communityOrganisations(system, scope, period, true);
    }
  },
  /** Community social organisations based in a rural community in force, registered by the reference day. */
  RURAL_COMMUNITY_ORGANISATIONS("农村社区社会组织数", "organisations of rural communities") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return communityOrganisations(system, scope, period, false);
    }
  },
  /** Stations open on the reference day. */
  STATIONS("社工站数", "stations") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(stationsOn(system, scope, period.referenceDay()));
    }
  },
  /** Stations open on at least one day of the period, the denominator of flows per station. */
  STATIONS_OPEN_IN_PERIOD("统计期内运行的社工站数", "stations open in the period") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(system.units().stream().filter(u -> u.tier() == ServiceTier.TOWNSHIP
          && scope.contains(u.territoryCode()) && u.isOpenDuring(period)));
    }
  },
  /** Social workers on the staff of the stations open on the reference day, each once. */
  STATION_STAFF("社工站社工人数", "station social workers") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      LocalDate day = period.referenceDay();
      return count(system.staffOf(stationsOn(system, scope, day).collect(Collectors.toList()), day).stream());
    }
  },
  /** Social workers on the staff of any unit open on the reference day, each once. */
  STAFF("社工人数", "social workers") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(staff(system, scope, period).stream());
    }
  },
  /** Certified social workers on the staff of any unit open on the reference day, each once. */
  CERTIFIED_STAFF("持证社工人数", "certified social workers") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return count(staff(system, scope, period).stream().filter(SocialWorker::isCertified));
    }
  },
  /** Participants of the training sessions of the units, person-times, in the period. */
  PEOPLE_TRAINED("培训人次", "people trained") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return BigDecimal.valueOf(system.recordsIn(TrainingSession.class, scope, period).stream()
          .mapToLong(TrainingSession::participants).sum());
    }
  },
  /** Service activities the stations delivered in the period. */
  STATION_SERVICES("社工站服务场次", "station service activities") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return BigDecimal.valueOf(stationRecords(system, ServiceDelivery.class, scope, period)
          .mapToLong(ServiceDelivery::activities).sum());
    }
  },
  /** People the stations served in the period. */
  STATION_BENEFICIARIES("社工站服务人次", "people served by stations") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return BigDecimal.valueOf(stationRecords(system, ServiceDelivery.class, scope, period)
          .mapToLong(ServiceDelivery::beneficiaryCount).sum());
    }
  },
  /** Funding the stations received in the period, in yuan. */
  STATION_FUNDING("社工站经费（元）", "station funding (yuan)") {
    @Override
    BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
      return stationRecords(system, ServiceFunding.class, scope, period).map(ServiceFunding::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  };

  private final BilingualText name;

  Measure(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Measures the quantity.
   *
   * @param system the system, not null
   * @param scope a division of the system's district, at county level or below, not null
   * @param period the period, not null
   * @return the quantity, exact, at least 0
   * @throws IllegalArgumentException if the scope is not within the system's district
   * @throws NullPointerException if an argument is null
   */
  public BigDecimal of(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    if (!system.district().contains(scope)) {
      throw new IllegalArgumentException("scope " + scope + " is not within the system's district "
          + system.district().gbCode());
    }
    return measure(system, scope, period);
  }

  abstract BigDecimal measure(ServiceSystem system, DivisionCode scope, ReportingPeriod period);

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }

  private static BigDecimal count(Stream<?> items) {
    return BigDecimal.valueOf(items.count());
  }

  private static Stream<Township> townships(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
    return system.territoryOn(period.referenceDay()).townships().stream().filter(t -> scope.contains(t.code()));
  }

  private static Stream<Village> villages(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
    return system.territoryOn(period.referenceDay()).villages().stream().filter(v -> scope.contains(v.code()));
  }

  private static Stream<ServiceUnit> stationsOn(ServiceSystem system, DivisionCode scope, LocalDate day) {
    return system.unitsWithin(scope, day).stream().filter(SocialWorkStation.class::isInstance);
  }

  private static List<SocialWorker> staff(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
    LocalDate day = period.referenceDay();
    return system.staffOf(system.unitsWithin(scope, day), day);
  }

  private static <R extends UnitRecord> Stream<R> stationRecords(ServiceSystem system, Class<R> type,
      DivisionCode scope, ReportingPeriod period) {
    Predicate<R> byStation = r -> system.unit(r.unitId()).map(u -> u.tier() == ServiceTier.TOWNSHIP).orElse(false);
    return system.recordsIn(type, scope, period).stream().filter(byStation);
  }

  private static BigDecimal communityOrganisations(ServiceSystem system, DivisionCode scope, ReportingPeriod period,
      boolean urban) {
    LocalDate day = period.referenceDay();
    Set<DivisionCode> communities = villages(system, scope, period).filter(v -> Systems.isUrban(v) == urban)
        .map(Village::code).collect(Collectors.toSet());
    return count(system.organisations().stream()
        .filter(SocialOrganisation::communityBased)
        .filter(o -> o.registeredOn().map(d -> !d.isAfter(day)).orElse(true))
        .filter(o -> system.homeCommunity(o).map(communities::contains).orElse(false)));
  }
}
