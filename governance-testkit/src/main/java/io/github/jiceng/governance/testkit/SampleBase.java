package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.SampleContext.plant;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.ImmutableSocialWorker;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.ServiceDelivery;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The fixed part of the sample district, which does not grow with the scale: the territory and the three-tier
 * service system (from {@link ServiceGenerators}), written with their planted problems; the other areas refer to its
 * villages, stations, workers and organisations.
 */
final class SampleBase {
  private static final List<String> TERRITORY_KINDS = List.of("parent", "kind", "orphan");
  private static final List<String> WORKER_KINDS = List.of("employer", "level");
  private static final List<String> ORGANISATION_KINDS = List.of("code", "status");

  final DivisionCode district;
  final Territory territory;
  /** Villages in force whose records are clean, for the other areas to refer to. */
  final List<Village> villages;
  final List<Township> townships;
  final List<SocialWorker> certifiedWorkers;
  final List<SocialOrganisation> communityOrganisations;

  private SampleBase(ServiceDataset data) {
    this.district = data.district();
    this.territory = Territory.of(data.territory()).asOf(data.day());
    this.villages = territory.villages();
    this.townships = territory.townships();
    this.certifiedWorkers = data.workers().stream().filter(SocialWorker::isCertified).collect(Collectors.toList());
    this.communityOrganisations = data.organisations().stream().filter(SocialOrganisation::communityBased)
        .collect(Collectors.toList());
  }

  /** Generates the base, writes its records and problems, and returns it. */
  static SampleBase write(SampleContext context, TerritoryShape shape) {
    SplittableRandom random = context.random(1, 0);
    ServiceDataset data = shape == null ? KaizhouService.generate(random)
        : ServiceGenerators.consistent(shape, ServiceGenerators.DAY, random).build();
    SampleBase base = new SampleBase(data);
    base.writeTerritory(context, data, context.random(1, 1));
    base.writeService(context, data, context.random(1, 2));
    return base;
  }

  private void writeTerritory(SampleContext context, ServiceDataset data, SplittableRandom random) {
    PlaceNames names = new PlaceNames(random);
    List<DivisionCode> free = ServiceGenerators.unusedCodes(territory, district, 100, 199, true);
    for (TerritorialUnit unit : data.territory()) {
      if (!(unit instanceof Village) || !plant(random, SampleContext.PROBLEM_RATE)) {
        context.emit(SamplePart.TERRITORY, unit);
        continue;
      }
      Village village = (Village) unit;
      String code = village.code().value();
      switch (context.nextKind(ProblemArea.TERRITORY, TERRITORY_KINDS)) {
        case "parent": {
          List<Township> others = townships.stream().filter(t -> !t.code().equals(village.townshipCode()))
              .collect(Collectors.toList());
          Township stated = others.get(random.nextInt(others.size()));
          context.emit(SamplePart.TERRITORY, ImmutableVillage.copyOf(village).withTownshipCode(stated.code()));
          context.problem(ProblemArea.TERRITORY, SamplePart.TERRITORY, "village", code,
              "territory.village.parent-mismatch",
              village.name() + "填报的所属乡镇（街道）" + stated.name() + "与区划代码不符",
              village.name() + " states township " + stated.code() + ", but its code lies in "
                  + village.townshipCode());
          break;
        }
        case "kind": {
          VillageKind wrong = village.kind() == VillageKind.COMMUNITY ? VillageKind.VILLAGE : VillageKind.COMMUNITY;
          context.emit(SamplePart.TERRITORY, ImmutableVillage.copyOf(village).withKind(wrong));
          context.problem(ProblemArea.TERRITORY, SamplePart.TERRITORY, "village", code,
              "territory.village.kind-mismatch", village.name() + "填报的类型（村/社区）与代码段不符",
              village.name() + " is stated as " + wrong + ", but its code " + code + " is in the range of "
                  + village.kind());
          break;
        }
        default: {
          context.emit(SamplePart.TERRITORY, unit);
          if (free.isEmpty()) {
            break;
          }
          DivisionCode township = free.remove(random.nextInt(free.size()));
          DivisionCode orphan = DivisionCode.parse(township.value().substring(0, 9) + "201");
          Village lost = Village.of(orphan, names.next("村"));
          context.emit(SamplePart.TERRITORY, lost);
          context.problem(ProblemArea.TERRITORY, SamplePart.TERRITORY, "village", orphan.value(),
              "territory.unit.parent-missing", lost.name() + "的所属乡镇 " + township.value() + " 不在区划数据中",
              "village " + orphan.value() + " lies in township " + township.value()
                  + ", which is not in the territory (left over from an abolished town)");
          break;
        }
      }
    }
  }

  private void writeService(SampleContext context, ServiceDataset data, SplittableRandom random) {
    data.centres().forEach(r -> context.emit(SamplePart.SERVICE, r));
    data.stations().forEach(r -> context.emit(SamplePart.SERVICE, r));
    data.rooms().forEach(r -> context.emit(SamplePart.SERVICE, r));
    for (SocialWorker worker : data.workers()) {
      if (!plant(random, SampleContext.PROBLEM_RATE)) {
        context.emit(SamplePart.SERVICE, worker);
        continue;
      }
      String kind = context.nextKind(ProblemArea.SERVICE, WORKER_KINDS);
      if (kind.equals("employer") && worker.employer().type() == ActorType.SOCIAL_WORK_STATION) {
        String stale = worker.employer().id() + "-OLD";
        context.emit(SamplePart.SERVICE, ImmutableSocialWorker.copyOf(worker)
            .withEmployer(ActorRef.of(ActorType.SOCIAL_WORK_STATION, stale)));
        context.problem(ProblemArea.SERVICE, SamplePart.SERVICE, "social-worker", worker.id(),
            "linkage.worker.employer-missing", "社工的用人单位填写为已撤并的旧社工站编号 " + stale,
            "social worker's employer is a stale station id " + stale + " (the station was renumbered)");
      } else {
        context.emit(SamplePart.SERVICE, ImmutableSocialWorker.copyOf(worker)
            .withQualifications(Qualification.of(QualificationLevel.SENIOR_SOCIAL_WORKER, "GJ-" + worker.id(), 2018)));
        context.problem(ProblemArea.SERVICE, SamplePart.SERVICE, "social-worker", worker.id(),
            LinkageDefect.LEVEL_UNKNOWN.ruleId(), "高级社会工作师证书年份（2018年）早于该级别首次评价",
            "senior social worker certificate dated 2018, before that level was first awarded");
      }
    }
    for (SocialOrganisation organisation : data.organisations()) {
      if (!organisation.communityBased() || organisation.legalStatus() != LegalStatus.FILED
          || !plant(random, SampleContext.PROBLEM_RATE)) {
        context.emit(SamplePart.SERVICE, organisation);
        continue;
      }
      if (context.nextKind(ProblemArea.SERVICE, ORGANISATION_KINDS).equals("code")) {
        context.emit(SamplePart.SERVICE, ImmutableSocialOrganisation.copyOf(organisation)
            .withCreditCode(LinkageGenerators.creditCode("52", district, random)));
        context.problem(ProblemArea.SERVICE, SamplePart.SERVICE, "social-organisation", organisation.id(),
            LinkageDefect.FILED_WITH_CREDIT_CODE.ruleId(), "备案的社区社会组织填写了统一社会信用代码",
            "filed community organisation with a unified social credit code");
      } else {
        context.emit(SamplePart.SERVICE, ImmutableSocialOrganisation.copyOf(organisation)
            .withLegalStatus(LegalStatus.LEGAL_PERSON));
        context.problem(ProblemArea.SERVICE, SamplePart.SERVICE, "social-organisation", organisation.id(),
            LinkageDefect.LEGAL_STATUS.ruleId(), "备案的社区社会组织被填报为法人",
            "filed community organisation stated to be a legal person");
      }
    }
    data.facilities().forEach(r -> context.emit(SamplePart.SERVICE, r));
    for (UnitRecord record : data.unitRecords()) {
      context.emit(SamplePart.SERVICE, record);
      if (plant(random, SampleContext.PROBLEM_RATE)) {
        context.emit(SamplePart.SERVICE, record);
        String type = typeOf(record);
        context.problem(ProblemArea.IDENTIFIERS, SamplePart.SERVICE, type, record.id(), "json.duplicate-id", "同一条记录在导出文件中出现两次（编号 " + record.id() + "）",
            "the same record exported twice (id " + record.id() + ")");
      }
    }
  }

  private static String typeOf(UnitRecord record) {
    if (record instanceof ServiceDelivery) {
      return "service-delivery";
    }
    return record instanceof ServiceFunding ? "service-funding" : "service-training";
  }

  /** Returns the certified social workers of a township's station, or all certified workers if it has none. */
  List<SocialWorker> certifiedWorkersOf(DivisionCode township) {
    String station = ServiceGenerators.stationId(township);
    List<SocialWorker> local = certifiedWorkers.stream().filter(w -> w.employer().id().equals(station))
        .collect(Collectors.toList());
    return local.isEmpty() ? certifiedWorkers : local;
  }

  /** Returns the clean villages of a kind, under a township of a kind (or any township if none fits). */
  List<Village> villagesOf(VillageKind kind, boolean underStreet) {
    List<Village> fitting = new ArrayList<>();
    for (Village village : villages) {
      boolean street = village.townshipCode().townshipKind().filter(k -> k == TownshipKind.STREET).isPresent();
      if (village.kind() == kind && street == underStreet) {
        fitting.add(village);
      }
    }
    return fitting.isEmpty() ? villages.stream().filter(v -> v.kind() == kind).collect(Collectors.toList())
        : fitting;
  }
}
