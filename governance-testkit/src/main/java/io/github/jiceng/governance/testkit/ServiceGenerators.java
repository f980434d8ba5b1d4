package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
import io.github.jiceng.governance.core.linkage.project.Beneficiary;
import io.github.jiceng.governance.core.linkage.project.BeneficiaryGroup;
import io.github.jiceng.governance.core.linkage.worker.PostType;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.DistrictProfile;
import io.github.jiceng.governance.core.service.FacilityKind;
import io.github.jiceng.governance.core.service.FundingSource;
import io.github.jiceng.governance.core.service.GuidanceCentre;
import io.github.jiceng.governance.core.service.Operator;
import io.github.jiceng.governance.core.service.Premises;
import io.github.jiceng.governance.core.service.ServiceDelivery;
import io.github.jiceng.governance.core.service.ServiceFacility;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.ServiceKind;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.service.TrainingSession;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.UrbanRuralClass;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of three-tier service datasets (三级服务体系数据): a consistent district on a day, the same with
 * exactly one planted {@link ServiceDefect}, and a dataset that reproduces the Kaizhou figures of the source article.
 * Names are illustrative; codes follow the ranges of the statistical division code.
 *
 * <p>A consistent dataset ({@link #datasets}) on {@link #DAY} has a territory of the shape (from {@link
 * TerritoryGenerators}), one guidance centre with two posted workers, one station per township in force (opened
 * three to six years before the day, run by the government or one of three social-work service organisations, 40,000
 * to 80,000 yuan of equipment, 2 to 4 social workers of whom at least 60% certified, at least {@link
 * #MINIMUM_ANNUAL_FUNDING} yuan of funding in the last complete year, 1 to 3 service records in the half year before
 * the day), a room in nine of ten villages in force (some listing a station worker as staff), exactly 10 community
 * social organisations per urban community and 5 per rural one (the 2017 targets), training sessions of the centre
 * and some facilities of each kind. It has no finding under the standard packs, nor under the example standards pack
 * with a yearly funding minimum of {@link #MINIMUM_ANNUAL_FUNDING}, when validated on its day with {@code
 * ServiceLookup.of(records)}.
 *
 * <pre>{@code
 * ServiceDataset district = ServiceGenerators.datasets(TerritoryShape.kaizhouLike()).sample(42L, 1).get(0);
 * DefectiveService broken = ServiceGenerators
 *     .defective(TerritoryShape.kaizhouLike(), ServiceDefect.SECOND_STATION).sample(7L, 1).get(0);
 * }</pre>
 */
public final class ServiceGenerators {
  /** The day generated datasets are consistent on. */
  public static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  /** The least funding every generated station receives in the last complete year, in yuan. */
  public static final BigDecimal MINIMUM_ANNUAL_FUNDING = new BigDecimal("50000");
  static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐";
  static final String GIVEN = "芳明红强静伟敏丽军洋勇艳杰娟涛超秀霞平刚桂英华";

  private ServiceGenerators() {
  }

  /**
   * Returns a generator of consistent datasets of a territory shape, on {@link #DAY}.
   *
   * @param shape the shape, not null
   * @return the generator
   * @throws NullPointerException if {@code shape} is null
   */
  public static Generator<ServiceDataset> datasets(TerritoryShape shape) {
    Objects.requireNonNull(shape, "shape");
    return random -> consistent(shape, DAY, random).build();
  }

  /**
   * Returns a generator of datasets with exactly one defect of a kind.
   *
   * @param shape the shape, not null; at least one township-level unit with a village
   * @param defect the defect, not null
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static Generator<DefectiveService> defective(TerritoryShape shape, ServiceDefect defect) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(defect, "defect");
    return random -> ServiceDefects.plant(consistent(shape, DAY, random), defect, random);
  }

  /**
   * Returns a generator of datasets with exactly one defect, of any kind.
   *
   * @param shape the shape, not null
   * @return the generator
   * @throws NullPointerException if {@code shape} is null
   */
  public static Generator<DefectiveService> defective(TerritoryShape shape) {
    Objects.requireNonNull(shape, "shape");
    ServiceDefect[] defects = ServiceDefect.values();
    return random -> ServiceDefects.plant(consistent(shape, DAY, random), defects[random.nextInt(defects.length)],
        random);
  }

  /**
   * Returns a generator of Kaizhou-like datasets on 31 December 2022 whose {@link DistrictProfile} for 2022
   * reproduces every figure of {@link #kaizhouArticleProfile()}: 40 stations, 289 certified social workers, 500 people
   * trained, 447 social organisations engaged, 619 elderly-care centres and stations, 535 children's service
   * stations, 1 incubation base and 14 funeral service facilities; with the pilot towns 文峰、丰乐、满月 and 满月镇's
   * 100,000 yuan of pilot funds that built its station and four rooms. The dataset is synthetic and its codes are
   * illustrative.
   *
   * @return the generator
   */
  public static Generator<ServiceDataset> kaizhou() {
    return KaizhouService::generate;
  }

  /**
   * Returns the Kaizhou figures of the source article as a stated profile. The article is undated; the profile is
   * placed in 2022 for illustration. "近500人" (nearly 500 trained per year) is stated as 500.
   *
   * @return the profile of 500154 for 2022 with the eight figures the article gives
   */
  public static DistrictProfile kaizhouArticleProfile() {
    return KaizhouService.articleProfile();
  }

  /** Builds a consistent dataset on a day. */
  static ServiceDataset.Builder consistent(TerritoryShape shape, LocalDate day, SplittableRandom random) {
    DivisionCode district = shape.districtCode();
    ServiceDataset.Builder data = new ServiceDataset.Builder(district, day);
    Territory territory = TerritoryGenerators.territories(shape).generate(random);
    data.territory.addAll(territory.units());
    PlaceNames names = new PlaceNames(random);
    for (int i = 1; i <= 3; i++) {
      data.organisations.add(operatorOrganisation("ORG-SW" + i, district, names, day, random));
    }
    ActorRef firstOperator = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-SW1");
    String centreId = "GC-" + district.gbCode();
    GuidanceCentre centre = GuidanceCentre.builder().id(centreId).name(names.next("社会工作指导中心"))
        .territoryCode(district).openedOn(day.minusYears(5).plusDays(random.nextInt(365)))
        .operator(Operator.governmentRun()).addStaffIds(centreId + "-W1", centreId + "-W2").build();
    data.centres.add(centre);
    data.workers.add(worker(centreId + "-W1", firstOperator, true, null, random));
    data.workers.add(worker(centreId + "-W2", firstOperator, true, null, random));
    LocalDate yearStart = lastCompleteYear(day);
    for (int i = 1; i <= 2 + random.nextInt(3); i++) {
      data.unitRecords.add(TrainingSession.builder().id("T-" + centreId + "-" + i).unitId(centreId)
          .date(yearStart.plusDays(random.nextInt(365))).topic("社会工作实务培训").participants(20 + random.nextInt(60))
          .build());
    }
    Territory current = territory.asOf(day);
    for (Township township : current.townships()) {
      addStation(data, township.code(), names.next("社会工作服务站"), day.minusYears(6)
          .plusDays(random.nextInt(3 * 365)), 2 + random.nextInt(3), -1, random);
    }
    for (Village village : current.villages()) {
      addVillage(data, village, names, random);
    }
    for (Township township : current.townships()) {
      data.facilities.add(facility("FAC-E-" + township.code().value(), names.next("养老服务中心"),
          FacilityKind.ELDERLY_CARE, township.code()));
    }
    data.facilities.add(facility("FAC-I-" + district.gbCode(), names.next("社会组织孵化基地"),
        FacilityKind.INCUBATION_BASE, district));
    data.facilities.add(facility("FAC-F-" + district.gbCode(), names.next("殡仪馆"), FacilityKind.FUNERAL_SERVICE,
        district));
    return data;
  }

  /** Returns the first day of the last complete calendar year on a day (that year if the day is 31 December). */
  static LocalDate lastCompleteYear(LocalDate day) {
    boolean lastDay = day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
    return LocalDate.of(lastDay ? day.getYear() : day.getYear() - 1, 1, 1);
  }

  /** Adds a village's room (nine in ten villages) and its community organisations (10 urban, 5 rural). */
  private static void addVillage(ServiceDataset.Builder data, Village village, PlaceNames names,
      SplittableRandom random) {
    String code = village.code().value();
    if (random.nextInt(10) > 0) {
      LocalDate earliest = data.day.minusYears(4);
      LocalDate opened = village.established().filter(earliest::isBefore).orElse(earliest)
          .plusDays(random.nextInt(200));
      if (opened.isBefore(data.day)) {
        var room = SocialWorkRoom.builder().id("RM-" + code).name(village.name() + "社会工作室")
            .territoryCode(village.code()).openedOn(opened);
        String stationId = stationId(village.townshipCode());
        if (random.nextInt(3) == 0) {
          room.addStaffIds(stationId + "-W1"); // a station worker who also serves the room: counted once
        }
        data.rooms.add(room.build());
      }
    }
    int organisations = isUrban(village) ? 10 : 5;
    for (int k = 1; k <= organisations; k++) {
      data.organisations.add(communityOrganisation("ORG-C" + code + "-" + k, village.code(), names, data.day,
          random));
    }
  }

  static boolean isUrban(Village village) {
    return village.urbanRuralClass().map(UrbanRuralClass::isUrban).orElse(village.kind() == VillageKind.COMMUNITY);
  }

  static String stationId(DivisionCode township) {
    return "ST-" + township.value().substring(0, 9);
  }

  /**
   * Adds a station with its workers ({@code certified} of them certified, or at least 60% chosen at random when
   * negative), its funding in the last complete year and its service records.
   */
  static SocialWorkStation addStation(ServiceDataset.Builder data, DivisionCode township, String name,
      LocalDate opened, int staff, int certified, SplittableRandom random) {
    String id = stationId(township) + (data.stations.stream().anyMatch(s -> s.id().equals(stationId(township)))
        ? "-B" + data.stations.size() : "");
    int operator = random.nextInt(4);
    SocialWorkStation station = SocialWorkStation.builder().id(id).name(name).territoryCode(township)
        .openedOn(opened)
        .operator(operator == 0 ? Operator.governmentRun()
            : Operator.purchasedFrom(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-SW" + operator)))
        .premises(Premises.builder().address(name + "（便民服务中心内）")
            .floorArea(BigDecimal.valueOf(60 + random.nextInt(140)))
            .equipmentValue(BigDecimal.valueOf(40_000 + random.nextInt(40_001))).build())
        .build();
    data.stations.add(station);
    int atLeast60 = (3 * staff + 4) / 5; // ceil(0.6 * staff)
    int certifiedCount = certified >= 0 ? certified : atLeast60 + random.nextInt(staff - atLeast60 + 1);
    for (int k = 1; k <= staff; k++) {
      data.workers.add(worker(id + "-W" + k, station.actorRef(), k <= certifiedCount, opened, random));
    }
    data.unitRecords.add(ServiceFunding.builder().id("F-" + id + "-" + lastCompleteYear(data.day).getYear())
        .unitId(id).date(lastCompleteYear(data.day).plusDays(random.nextInt(365)))
        .amount(MINIMUM_ANNUAL_FUNDING.add(BigDecimal.valueOf(random.nextInt(100_000)))).source(
            operator == 0 ? FundingSource.FISCAL_BUDGET : FundingSource.PURCHASE_OF_SERVICES)
        .build());
    for (int k = 1; k <= 1 + random.nextInt(3); k++) {
      BeneficiaryGroup group = BeneficiaryGroup.values()[random.nextInt(BeneficiaryGroup.values().length)];
      data.unitRecords.add(ServiceDelivery.builder().id("SD-" + id + "-" + k).unitId(id)
          .date(data.day.minusDays(random.nextInt(180)))
          .kind(ServiceKind.values()[random.nextInt(ServiceKind.values().length)]).activities(1 + random.nextInt(4))
          .addBeneficiaries(Beneficiary.of(group, 5 + random.nextInt(60)))
          .hours(BigDecimal.valueOf(1 + random.nextInt(16), 1).add(BigDecimal.ONE)).build());
    }
    return station;
  }

  static SocialWorker worker(String id, ActorRef employer, boolean certified, LocalDate from,
      SplittableRandom random) {
    var builder = SocialWorker.builder().id(id)
        .name(Character.toString(SURNAMES.codePointAt(random.nextInt(SURNAMES.length())))
            + Character.toString(GIVEN.codePointAt(random.nextInt(GIVEN.length()))))
        .employer(employer)
        .postType(employer.type() == ActorType.SOCIAL_WORK_STATION ? PostType.STATION_RESIDENT
            : PostType.ORGANISATION_STAFF);
    if (from != null) {
      builder.employedFrom(from);
    }
    if (certified) {
      QualificationLevel level = random.nextInt(3) == 0 ? QualificationLevel.SOCIAL_WORKER
          : QualificationLevel.ASSISTANT_SOCIAL_WORKER;
      builder.addQualifications(Qualification.of(level, "ZS-" + id, 2010 + random.nextInt(12)));
    }
    return builder.build();
  }

  static SocialOrganisation operatorOrganisation(String id, DivisionCode district, PlaceNames names, LocalDate day,
      SplittableRandom random) {
    return SocialOrganisation.builder().id(id).name(names.next("社会工作服务中心"))
        .kind(SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION).legalStatus(LegalStatus.LEGAL_PERSON)
        .creditCode(LinkageGenerators.creditCode("52", district, random))
        .registeredOn(day.minusYears(8).plusDays(random.nextInt(700))).registeringAuthority("区民政局")
        .registeringDivision(district).addServiceAreas(district).build();
  }

  static SocialOrganisation communityOrganisation(String id, DivisionCode village, PlaceNames names, LocalDate day,
      SplittableRandom random) {
    return SocialOrganisation.builder().id(id).name(names.next("协会"))
        .kind(SocialOrganisationKind.FILED_COMMUNITY_ORGANISATION).legalStatus(LegalStatus.FILED)
        .registeredOn(day.minusYears(3).plusDays(random.nextInt(700))).registeringAuthority("街道办事处（乡镇人民政府）")
        .addServiceAreas(village).build();
  }

  static ServiceFacility facility(String id, String name, FacilityKind kind, DivisionCode code) {
    return ServiceFacility.builder().id(id).name(name).kind(kind).territoryCode(code).build();
  }

  /** Returns the codes of a level that the territory does not use, under a parent, in a digit range. */
  static List<DivisionCode> unusedCodes(Territory territory, DivisionCode parent, int first, int last,
      boolean township) {
    List<DivisionCode> free = new ArrayList<>();
    for (int digits = first; digits <= last; digits++) {
      String value = township
          ? parent.gbCode() + String.format("%03d000", digits)
          : parent.value().substring(0, 9) + String.format("%03d", digits);
      DivisionCode code = DivisionCode.parse(value);
      if (territory.versions(code).isEmpty()) {
        free.add(code);
      }
    }
    return free;
  }
}
