package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The records of one district, sorted by kind, before {@link ServiceSystem} indexes them. */
final class SystemRecords {
  final DivisionCode district;
  final List<TerritorialUnit> territory = new ArrayList<>();
  final List<ServiceUnit> units = new ArrayList<>();
  final List<SocialWorker> workers = new ArrayList<>();
  final List<SocialOrganisation> organisations = new ArrayList<>();
  final List<CommunityCommittee> committees = new ArrayList<>();
  final List<ServiceFacility> facilities = new ArrayList<>();
  final List<UnitRecord> records = new ArrayList<>();
  final Set<String> operatorIds = new HashSet<>();

  private SystemRecords(DivisionCode district) {
    this.district = district;
  }

  /** Sorts the records of a district by kind; records of other districts (where that can be told) are left out. */
  static SystemRecords collect(DivisionCode district, Iterable<?> records) {
    SystemRecords in = new SystemRecords(district);
    for (Object record : records) {
      Objects.requireNonNull(record, "record");
      if (record instanceof TerritorialUnit && district.contains(((TerritorialUnit) record).code())) {
        in.territory.add((TerritorialUnit) record);
      } else if (record instanceof ServiceUnit && district.contains(((ServiceUnit) record).territoryCode())) {
        ServiceUnit unit = (ServiceUnit) record;
        in.units.add(unit);
        unit.operator().flatMap(Operator::organisation).ifPresent(o -> in.operatorIds.add(o.id()));
      } else if (record instanceof ServiceFacility && district.contains(((ServiceFacility) record).territoryCode())) {
        in.facilities.add((ServiceFacility) record);
      } else if (record instanceof SocialWorker) {
        in.workers.add((SocialWorker) record);
      } else if (record instanceof SocialOrganisation) {
        in.organisations.add((SocialOrganisation) record);
      } else if (record instanceof CommunityCommittee) {
        in.committees.add((CommunityCommittee) record);
      } else if (record instanceof UnitRecord) {
        in.records.add((UnitRecord) record);
      }
    }
    return in;
  }

  /** The organisations registered in the district, serving it, or running one of its units, by id. */
  List<SocialOrganisation> organisationsOfDistrict() {
    return organisations.stream()
        .filter(o -> o.registeringDivision().map(district::contains).orElse(false)
            || o.serviceAreas().stream().anyMatch(district::contains) || operatorIds.contains(o.id()))
        .sorted(Comparator.comparing(SocialOrganisation::id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The workers employed by the district's stations, organisations or community committees, or posted at its rooms
   * or centres, by id.
   */
  List<SocialWorker> workersOfDistrict(List<SocialOrganisation> districtOrganisations) {
    Set<ActorRef> employers = new HashSet<>();
    units.stream().filter(SocialWorkStation.class::isInstance)
        .forEach(u -> employers.add(((SocialWorkStation) u).actorRef()));
    districtOrganisations.forEach(o -> employers.add(ActorRef.of(ActorType.SOCIAL_ORGANISATION, o.id())));
    committees.stream().filter(c -> district.contains(c.villageCode()))
        .forEach(c -> employers.add(ActorRef.of(ActorType.COMMUNITY_COMMITTEE, c.id())));
    Set<String> listed = new HashSet<>();
    units.forEach(u -> listed.addAll(ServiceSystem.postedIds(u)));
    return workers.stream()
        .filter(w -> employers.contains(w.employer()) || listed.contains(w.id()))
        .sorted(Comparator.comparing(SocialWorker::id))
        .collect(Collectors.toUnmodifiableList());
  }
}
