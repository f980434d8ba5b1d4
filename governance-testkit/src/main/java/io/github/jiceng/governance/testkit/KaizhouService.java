package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.ImmutableSocialWorker;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.DistrictProfile;
import io.github.jiceng.governance.core.service.FacilityKind;
import io.github.jiceng.governance.core.service.FundingSource;
import io.github.jiceng.governance.core.service.ImmutableSocialWorkStation;
import io.github.jiceng.governance.core.service.ProfileFigure;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.service.TrainingSession;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The Kaizhou dataset of the source article: a consistent Kaizhou-like district on 31 December 2022 adjusted so that
 * its 2022 profile has the article's figures (see {@code shared/domain/kaizhou.md}).
 */
final class KaizhouService {
  static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  static final LocalDate DAY = LocalDate.of(2022, 12, 31);
  static final int CERTIFIED = 289;
  static final int TRAINED = 500;
  static final int ORGANISATIONS = 447;
  static final int ELDERLY_CARE = 619;
  static final int CHILDREN = 535;
  static final int INCUBATION = 1;
  static final int FUNERAL = 14;
  private static final LocalDate PILOT = LocalDate.of(2022, 3, 1);

  private KaizhouService() {
  }

  static DistrictProfile articleProfile() {
    return DistrictProfile.builder().district(KAIZHOU).period(ReportingPeriod.year(2022))
        .putFigures(ProfileFigure.STATIONS, 40L)
        .putFigures(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, (long) CERTIFIED)
        .putFigures(ProfileFigure.PEOPLE_TRAINED, (long) TRAINED)
        .putFigures(ProfileFigure.ORGANISATIONS_ENGAGED, (long) ORGANISATIONS)
        .putFigures(ProfileFigure.ELDERLY_CARE_FACILITIES, (long) ELDERLY_CARE)
        .putFigures(ProfileFigure.CHILDREN_SERVICE_STATIONS, (long) CHILDREN)
        .putFigures(ProfileFigure.INCUBATION_BASES, (long) INCUBATION)
        .putFigures(ProfileFigure.FUNERAL_FACILITIES, (long) FUNERAL)
        .build();
  }

  static ServiceDataset generate(SplittableRandom random) {
    ServiceDataset.Builder data = ServiceGenerators.consistent(TerritoryShape.kaizhouLike(), DAY, random);
    nameTownships(data);
    pilot(data);
    certifiedWorkers(data, random);
    training(data, random);
    organisations(data, random);
    facilities(data, random);
    return data.build();
  }

  /** Names the district 开州区 and the first streets and towns as in the article (the codes stay illustrative). */
  private static void nameTownships(ServiceDataset.Builder data) {
    List<String> streets = new ArrayList<>(List.of("汉丰街道", "文峰街道", "云枫街道", "丰乐街道"));
    List<String> towns = new ArrayList<>(List.of("满月镇", "义和镇", "南明镇"));
    data.territory.replaceAll(unit -> {
      if (unit instanceof District) {
        return District.of(unit.code(), "开州区", DistrictKind.DISTRICT);
      }
      if (!(unit instanceof Township)) {
        return unit;
      }
      Township township = (Township) unit;
      List<String> pool = township.kind() == TownshipKind.STREET ? streets
          : township.kind() == TownshipKind.TOWN ? towns : List.of();
      return pool.isEmpty() ? township : ImmutableTownship.copyOf(township).withName(pool.remove(0));
    });
    for (int i = 0; i < data.stations.size(); i++) {
      SocialWorkStation station = data.stations.get(i);
      String name = townshipName(data, station.territoryCode());
      data.stations.set(i, ImmutableSocialWorkStation.copyOf(station).withName(name + "社会工作服务站"));
    }
  }

  private static String townshipName(ServiceDataset.Builder data, DivisionCode code) {
    return data.territory.stream().filter(u -> u.code().equals(code)).map(TerritorialUnit::name).findFirst()
        .orElseThrow();
  }

  /** 满月镇: 100,000 yuan of pilot funds built its station and four rooms on 1 March 2022. */
  private static void pilot(ServiceDataset.Builder data) {
    DivisionCode manyue = data.territory.stream().filter(u -> u.name().equals("满月镇")).findFirst().orElseThrow()
        .code();
    int index = indexOfStation(data, manyue);
    SocialWorkStation station = ImmutableSocialWorkStation.copyOf(data.stations.get(index)).withOpenedOn(PILOT);
    data.stations.set(index, station);
    data.workers.replaceAll(w -> w.employer().equals(station.actorRef())
        ? ImmutableSocialWorker.copyOf(w).withEmployedFrom(PILOT)
        : w);
    data.unitRecords.removeIf(r -> r.unitId().equals(station.id()));
    List<String> built = new ArrayList<>(List.of(station.id()));
    List<Village> villages = Territory.of(data.territory).villages().stream()
        .filter(v -> manyue.isAncestorOf(v.code())).limit(4).collect(Collectors.toList());
    for (Village village : villages) {
      String roomId = "RM-" + village.code().value();
      data.rooms.removeIf(r -> r.id().equals(roomId));
      SocialWorkRoom room = SocialWorkRoom.builder().id(roomId).name(village.name() + "社会工作室")
          .territoryCode(village.code()).openedOn(PILOT).build();
      data.rooms.add(room);
      built.add(roomId);
    }
    data.unitRecords.add(ServiceFunding.builder().id("F-MY-PILOT").unitId(station.id()).date(PILOT)
        .amount(new BigDecimal("100000.00")).source(FundingSource.PILOT_FUND).purpose("三级服务体系试点配套资金")
        .addAllBuiltUnitIds(built).build());
  }

  private static int indexOfStation(ServiceDataset.Builder data, DivisionCode township) {
    for (int i = 0; i < data.stations.size(); i++) {
      if (data.stations.get(i).territoryCode().equals(township)) {
        return i;
      }
    }
    throw new IllegalStateException("no station in " + township);
  }

  /** Tops the certified workers up to 289 with certified staff of the social-work service organisations. */
  private static void certifiedWorkers(ServiceDataset.Builder data, SplittableRandom random) {
    long certified = data.workers.stream().filter(SocialWorker::isCertified).count();
    for (int k = 1; certified < CERTIFIED; k++, certified++) {
      ActorRef employer = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-SW" + (1 + random.nextInt(3)));
      data.workers.add(ServiceGenerators.worker("SW-ORG-" + k, employer, true, null, random));
    }
  }

  /** Replaces the centre's sessions by sessions of 2022 with 500 participants in all. */
  private static void training(ServiceDataset.Builder data, SplittableRandom random) {
    data.unitRecords.removeIf(r -> r instanceof TrainingSession);
    String centre = data.centres.get(0).id();
    int left = TRAINED;
    for (int i = 1; left > 0; i++) {
      int participants = Math.min(left, 30 + random.nextInt(40));
      data.unitRecords.add(TrainingSession.builder().id("T-" + centre + "-2022-" + i).unitId(centre)
          .date(LocalDate.of(2022, 1, 10).plusDays(random.nextInt(340))).topic("社会工作专业培训")
          .participants(participants).build());
      left -= participants;
    }
  }

  /** Keeps the three operators and 444 community organisations, spread over the villages at random. */
  private static void organisations(ServiceDataset.Builder data, SplittableRandom random) {
    data.organisations.removeIf(SocialOrganisation::communityBased);
    List<Village> villages = Territory.of(data.territory).asOf(DAY).villages();
    PlaceNames names = new PlaceNames(random);
    for (int k = 1; data.organisations.size() < ORGANISATIONS; k++) {
      Village village = villages.get(random.nextInt(villages.size()));
      data.organisations.add(ServiceGenerators.communityOrganisation("ORG-C" + k, village.code(), names, DAY,
          random));
    }
  }

  private static void facilities(ServiceDataset.Builder data, SplittableRandom random) {
    data.facilities.clear();
    Territory territory = Territory.of(data.territory).asOf(DAY);
    List<Village> villages = territory.villages();
    List<Township> townships = territory.townships();
    add(data, FacilityKind.ELDERLY_CARE, ELDERLY_CARE, "养老服务站", villages, townships, random);
    add(data, FacilityKind.CHILDREN_SERVICE, CHILDREN, "儿童之家", villages, townships, random);
    data.facilities.add(ServiceGenerators.facility("FAC-I-1", "开州区社会组织孵化基地", FacilityKind.INCUBATION_BASE,
        KAIZHOU));
    add(data, FacilityKind.FUNERAL_SERVICE, FUNERAL, "公益性公墓", List.of(), townships, random);
  }

  private static void add(ServiceDataset.Builder data, FacilityKind kind, int count, String suffix,
      List<Village> villages, List<Township> townships, SplittableRandom random) {
    for (int k = 1; k <= count; k++) {
      TerritorialUnit place = villages.isEmpty() || random.nextInt(5) == 0
          ? townships.get(random.nextInt(townships.size())) : villages.get(random.nextInt(villages.size()));
      data.facilities.add(ServiceGenerators.facility("FAC-" + kind.name().charAt(0) + "-" + k,
          place.name() + suffix, kind, place.code()));
    }
  }
}
