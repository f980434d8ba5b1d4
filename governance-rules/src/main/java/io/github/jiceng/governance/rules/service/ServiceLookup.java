package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Subject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link RecordLookup} that also holds the {@link ServiceSystem} of each district (服务体系查询), for the rules that
 * judge aggregates: a township without a station, a station's staffing, a district's organisations per community.
 * Those rules find the system of their record's district under the subject {@code service-system/<12-digit district
 * code>} and stay silent when the lookup holds none.
 *
 * <pre>{@code
 * Validator validator = Validator.builder(StandardPacks.forJurisdiction("500154"))
 *     .lookup(ServiceLookup.of(records))
 *     .build();
 * ValidationReport report = validator.validate(records);
 * }</pre>
 */
public final class ServiceLookup implements RecordLookup {
  /** The subject type under which the lookup holds the systems; not a record type of data. */
  public static final String SYSTEM_TYPE = "service-system";
  /** The digits of a division code up to its county part. */
  private static final int COUNTY_DIGITS = 6;
  /**
   * System subjects made, by the county's six digits modulo the length: shared by threads without locks (each entry is
   * an immutable pair with final fields, so a thread sees a whole entry or a miss).
   */
  private static final CountySubject[] SYSTEM_SUBJECTS = new CountySubject[1024];

  private final RecordLookup records;
  private final Map<DivisionCode, ServiceSystem> systems;

  private ServiceLookup(RecordLookup records, Map<DivisionCode, ServiceSystem> systems) {
    this.records = records;
    this.systems = Map.copyOf(systems);
  }

  /**
   * Returns a lookup over records (of the standard record types) and the systems built from them: one for every
   * district that has a {@link District} record or a service unit among the records.
   *
   * @param records the records, none null
   * @return the lookup
   * @throws IllegalArgumentException if a system cannot be built (two service units with one id)
   * @throws NullPointerException if {@code records} or a record is null
   */
  public static ServiceLookup of(Iterable<?> records) {
    Objects.requireNonNull(records, "records");
    Set<DivisionCode> districts = new TreeSet<>();
    for (Object record : records) {
      Objects.requireNonNull(record, "record");
      if (record instanceof District) {
        districts.add(((District) record).code());
      } else if (record instanceof ServiceUnit) {
        DivisionCode code = ((ServiceUnit) record).territoryCode();
        districts.add(code.ancestorAt(DivisionLevel.COUNTY));
      }
    }
    Map<DivisionCode, ServiceSystem> systems = new HashMap<>();
    for (DivisionCode district : districts) {
      systems.put(district, ServiceSystem.of(district, records));
    }
    return new ServiceLookup(RecordLookup.ofRecords(records), systems);
  }

  /**
   * Returns a lookup over other records and given systems.
   *
   * @param records the lookup of the other records, not null
   * @param systems the systems, at most one per district, none null
   * @return the lookup
   * @throws IllegalArgumentException if two systems are of the same district
   * @throws NullPointerException if an argument or a system is null
   */
  public static ServiceLookup of(RecordLookup records, Collection<ServiceSystem> systems) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(systems, "systems");
    Map<DivisionCode, ServiceSystem> byDistrict = new HashMap<>();
    for (ServiceSystem system : systems) {
      Objects.requireNonNull(system, "system");
      if (byDistrict.put(system.district(), system) != null) {
        throw new IllegalArgumentException("two service systems of district " + system.district().gbCode()
            + "; expected at most one per district");
      }
    }
    return new ServiceLookup(records, byDistrict);
  }

  /**
   * Returns the subject under which a district's system is found.
   *
   * @param anyCode a code at county level or below, not null
   * @return {@code service-system/<the county's 12-digit code>}
   * @throws IllegalArgumentException if the code is above county level
   */
  public static Subject systemSubject(DivisionCode anyCode) {
    Objects.requireNonNull(anyCode, "anyCode");
    if (anyCode.level().isAbove(DivisionLevel.COUNTY)) {
      return Subject.of(SYSTEM_TYPE, anyCode.ancestorAt(DivisionLevel.COUNTY).value()); // throws, as documented
    }
    // rules ask for the system of every village and station they check: the subjects are kept by county
    String code = anyCode.value();
    int county = 0;
    for (int i = 0; i < COUNTY_DIGITS; i++) {
      county = county * 10 + code.charAt(i) - '0';
    }
    int slot = county & (SYSTEM_SUBJECTS.length - 1);
    CountySubject kept = SYSTEM_SUBJECTS[slot];
    if (kept != null && kept.county == county) {
      return kept.subject;
    }
    Subject subject = Subject.of(SYSTEM_TYPE, anyCode.ancestorAt(DivisionLevel.COUNTY).value());
    SYSTEM_SUBJECTS[slot] = new CountySubject(county, subject);
    return subject;
  }

  /** A county's code and the subject of its service system. */
  private static final class CountySubject {
    final int county;
    final Subject subject;

    CountySubject(int county, Subject subject) {
      this.county = county;
      this.subject = subject;
    }
  }

  /**
   * Returns the system of a district.
   *
   * @param district the county-level code, not null
   * @return the system, or empty if the lookup has none for that district
   */
  public Optional<ServiceSystem> system(DivisionCode district) {
    return Optional.ofNullable(systems.get(Objects.requireNonNull(district, "district")));
  }

  @Override
  public Optional<Object> find(Subject subject) {
    Objects.requireNonNull(subject, "subject");
    if (SYSTEM_TYPE.equals(subject.type())) {
      return subject.id().filter(DivisionCode::isValid).map(DivisionCode::parse).map(systems::get);
    }
    return records.find(subject);
  }

  @Override
  public boolean covers(String typeName) {
    return SYSTEM_TYPE.equals(typeName) || records.covers(typeName);
  }

  /** Returns for example {@code "ServiceLookup[500154]"}. */
  @Override
  public String toString() {
    return "ServiceLookup" + new TreeSet<>(systems.keySet()).stream().map(DivisionCode::gbCode).toList();
  }
}
