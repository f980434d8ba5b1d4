package io.github.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionStep;
import io.github.jiceng.governance.core.covenant.AdoptionVote;
import io.github.jiceng.governance.core.covenant.Clause;
import io.github.jiceng.governance.core.covenant.ContentArea;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantKind;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.core.covenant.Filing;
import io.github.jiceng.governance.core.covenant.ImmutableAdoptionRecord;
import io.github.jiceng.governance.core.covenant.FilingBody;
import io.github.jiceng.governance.core.covenant.Review;
import io.github.jiceng.governance.core.covenant.ReviewBody;
import io.github.jiceng.governance.core.covenant.ReviewResult;
import io.github.jiceng.governance.core.covenant.StatusChange;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.project.ImmutableLinkageProject;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.covenant.FilingLateRule;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DistrictFactsListenerTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final DivisionCode MANYUE = DivisionCode.parse("500154101000");
  private static final DivisionCode BAIQUAN = DivisionCode.parse("500154102000");
  private static final ActorRef COMMITTEE = ActorRef.of(ActorType.COMMUNITY_COMMITTEE, "RC-1");
  private static final ActorRef WORKER = ActorRef.of(ActorType.SOCIAL_WORKER, "SW-1");
  private static final ActorRef ORGANISATION = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-1");
  private static final ActorRef FUND = ActorRef.of(ActorType.COMMUNITY_FUND, "FUND-1");
  private static final ActorRef VOLUNTEER = ActorRef.of(ActorType.VOLUNTEER, "V-1");

  @Test
  void coverageCountsUnitsInForceAndOpenOnTheDay() {
    List<Object> records = List.of(
        District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT),
        Township.of(MANYUE, "满月镇"),
        Township.of(BAIQUAN, "白泉乡"),
        ImmutableTownship.copyOf(Township.of(DivisionCode.parse("500154104000"), "旧乡"))
            .withAbolished(LocalDate.of(2019, 1, 1)),
        Township.of(DivisionCode.parse("500154105000"), "新城镇"),
        village("500154101201", "顶星村"),
        village("500154101202", "甘泉村"),
        village("500154101203", "月池村"),
        Village.builder().code(DivisionCode.parse("500154101204")).name("已撤并村").kind(
            DivisionCode.parse("500154101204").villageKind().orElseThrow()).townshipCode(MANYUE)
            .abolished(LocalDate.of(2020, 1, 1)).build(),
        village("500154102001", "白泉社区"),
        village("500154102201", "东坪村"),
        village("500154103201", "无乡镇记录村"),
        room("RM-1", "500154101201", LocalDate.of(2021, 1, 1), null),
        room("RM-2", "500154101201", LocalDate.of(2022, 1, 1), null),
        room("RM-3", "500154101202", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1)),
        room("RM-4", "500154102001", LocalDate.of(2026, 7, 1), null),
        station("ST-1", MANYUE, LocalDate.of(2020, 1, 1), null),
        station("ST-2", BAIQUAN, LocalDate.of(2020, 1, 1), AS_OF));
    DistrictFacts facts = collect(records, StandardPacks.national(), 0).facts();

    assertThat(facts.districtName()).contains("开州区");
    assertThat(facts.townships()).containsExactly(
        TownshipCoverage.of(MANYUE, Optional.of("满月镇"), 3, 1, 2, 1),
        TownshipCoverage.of(BAIQUAN, Optional.of("白泉乡"), 2, 0, 0, 0),
        TownshipCoverage.of(DivisionCode.parse("500154103000"), Optional.empty(), 1, 0, 0, 0),
        TownshipCoverage.of(DivisionCode.parse("500154105000"), Optional.of("新城镇"), 0, 0, 0, 0));
  }

  @Test
  void projectsCountAtTheFurthestFunnelStepReachedByTheDay() {
    List<Object> records = List.of(
        project("P-1", stage(StageKind.NEED_DISCOVERY, COMMITTEE, "2026-01-05"),
            stage(StageKind.DESIGN, WORKER, "2026-02-01")),
        project("P-2", stage(StageKind.NEED_DISCOVERY, COMMITTEE, "2026-01-05"),
            stage(StageKind.DESIGN, WORKER, "2026-02-01"),
            stage(StageKind.IMPLEMENTATION, ORGANISATION, "2026-03-01"),
            stage(StageKind.FUNDING, FUND, "2026-07-01")),
        ImmutableLinkageProject.copyOf(project("P-3", stage(StageKind.NEED_DISCOVERY, COMMITTEE, "2026-01-05")))
            .withFundings(ProjectFunding.of(FUND, new BigDecimal("5000.00"), LocalDate.of(2026, 4, 1))),
        ImmutableLinkageProject.copyOf(project("P-4", stage(StageKind.VOLUNTEER_PARTICIPATION, VOLUNTEER,
            "2026-06-30"))).withServiceRecordIds("SR-1"),
        project("P-5"),
        project("P-6", stage(StageKind.EVALUATION, COMMITTEE, "2026-05-01")),
        ImmutableLinkageProject.copyOf(project("P-7")).withServiceRecordIds("SR-2"));
    DistrictFacts facts = collect(records, StandardPacks.national(), 0).facts();

    assertThat(facts.projectsByFurthestStage()).isEqualTo(counts(FunnelStage.class,
        Map.of(FunnelStage.DESIGN, 1L, FunnelStage.IMPLEMENTATION, 1L, FunnelStage.FUNDING, 1L,
            FunnelStage.VOLUNTEERS, 1L)));
    assertThat(facts.projectsWithoutStage()).isEqualTo(3);
    assertThat(facts.projects()).isEqualTo(7);
    assertThat(List.of(FunnelStage.values())).extracting(facts::projectsReaching)
        .containsExactly(4L, 4L, 3L, 2L, 1L);
  }

  @Test
  void covenantsStandAtTheFurthestStepAndAreOverdueAfterThePacksDeadline() {
    DistrictFacts facts = collect(covenants(), StandardPacks.national(), 10).facts();

    assertThat(facts.filingDeadlineDays()).isEqualTo(OptionalInt.of(10));
    assertThat(facts.covenantsByState()).isEqualTo(counts(CovenantState.class, Map.of(
        CovenantState.DRAFTED, 1L, CovenantState.REVIEWED, 2L, CovenantState.ADOPTED, 2L, CovenantState.OVERDUE, 2L,
        CovenantState.FILED, 1L, CovenantState.PUBLISHED, 1L)));
    assertThat(facts.covenantsNotCurrent()).isEqualTo(1);
  }

  @Test
  void withoutADeadlineNoCovenantIsOverdue() {
    DistrictFacts facts = collect(covenants(), StandardPacks.national(), 0).facts();

    assertThat(facts.filingDeadlineDays()).isEmpty();
    assertThat(facts.covenantsByState()).isEqualTo(counts(CovenantState.class, Map.of(
        CovenantState.DRAFTED, 1L, CovenantState.REVIEWED, 2L, CovenantState.ADOPTED, 4L,
        CovenantState.FILED, 1L, CovenantState.PUBLISHED, 1L)));
  }

  @Test
  void forPackReadsTheFilingDeadlineOnTheAsOfDate() {
    RulePack local = RulePack.builder("local", "1", StandardPacks.national().jurisdiction())
        .parent(StandardPacks.national())
        .parameter(FilingLateRule.DEADLINE_DAYS, 10, ValidityPeriod.from(LocalDate.of(2026, 1, 1)), "hypothetical")
        .build();

    assertThat(DistrictFactsListener.forPack(local, AS_OF).facts().filingDeadlineDays()).hasValue(10);
    assertThat(DistrictFactsListener.forPack(local, LocalDate.of(2025, 12, 31)).facts().filingDeadlineDays())
        .isEmpty();
    assertThat(DistrictFactsListener.forPack(StandardPacks.national(), AS_OF).facts().filingDeadlineDays())
        .isEmpty();
  }

  @Test
  void findingsAreCountedByAreaAndSeverityAndUnreadableRecordsAreSkipped() {
    List<Object> records = new ArrayList<>(covenants());
    records.add("{\"type\":\"village\",");
    records.add(village("500154101201", "顶星村"));
    DistrictFactsListener listener = new DistrictFactsListener(AS_OF, 0);
    StreamReport report = Records.validate(Records.ndjson(records), StandardPacks.national(), AS_OF, 10_000,
        listener);
    Map<String, Map<Severity, Long>> expected = new TreeMap<>();
    for (StreamFinding f : report.findings()) {
      String code = f.finding().code().value();
      expected.computeIfAbsent(code.substring(0, code.indexOf('.')), a -> counts(Severity.class, Map.of()))
          .merge(f.finding().severity(), 1L, Long::sum);
    }
    DistrictFacts facts = listener.facts();

    assertThat(report.droppedFindings()).isZero();
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(facts.findingsByArea()).isEqualTo(expected).containsKeys("json", "covenant");
    assertThat(facts.findingsByArea().get("json").get(Severity.ERROR)).isGreaterThanOrEqualTo(1);
    assertThat(facts.findingsCounted()).isEqualTo(report.summary().findings());
    assertThat(facts.townships()).containsExactly(
        TownshipCoverage.of(MANYUE, Optional.empty(), 1, 0, 0, 0));
  }

  @Test
  void overdueCovenantsAreThoseTheFilingLateRuleReportsAsUnfiled() {
    RulePack pack = RulePack.builder("local", "1", StandardPacks.national().jurisdiction())
        .parent(StandardPacks.national())
        .parameter(FilingLateRule.DEADLINE_DAYS, 10, ValidityPeriod.always(), "hypothetical").build();
    Review review = Review.of(LocalDate.of(2026, 1, 10), ReviewBody.TOWNSHIP, ReviewResult.APPROVED,
        LocalDate.of(2026, 1, 20));
    SplittableRandom random = new SplittableRandom(2026L);
    List<Object> records = new ArrayList<>();
    Set<String> unfiled = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      LocalDate vote = AS_OF.minusDays(random.nextInt(-5, 30)); // around the deadline, some after the as-of date
      String id = "C-" + i;
      if (random.nextBoolean()) {
        records.add(covenant(id, List.of(), adopted(review, vote.toString(), true, null)));
        unfiled.add(id);
      } else {
        LocalDate filing = vote.plusDays(random.nextInt(0, 20));
        records.add(covenant(id, List.of(), adopted(review, vote.toString(), true,
            (filing.isAfter(AS_OF) ? AS_OF : filing).toString())));
      }
    }
    DistrictFactsListener listener = DistrictFactsListener.forPack(pack, AS_OF);
    StreamReport report = Records.validate(Records.ndjson(records), pack, AS_OF, 10_000, listener);
    long reported = report.findings().stream()
        .filter(f -> f.finding().code().value().equals("covenant.filing.late"))
        .filter(f -> unfiled.contains(f.finding().subject().id().orElseThrow())).count();

    assertThat(reported).isBetween(20L, (long) unfiled.size() - 20);
    assertThat(listener.facts().covenantsByState().get(CovenantState.OVERDUE)).isEqualTo(reported);
  }

  @Test
  void rejectsANegativeDeadline() {
    assertThatThrownBy(() -> new DistrictFactsListener(AS_OF, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("filing deadline must be >= 0 days (0 for none), but was -1");
  }

  /** Ten covenant versions: see the expected states in the tests. */
  private static List<Object> covenants() {
    Review review = Review.of(LocalDate.of(2026, 1, 10), ReviewBody.TOWNSHIP, ReviewResult.APPROVED,
        LocalDate.of(2026, 1, 20));
    return List.of(
        covenant("C-1", List.of(StatusChange.of(CovenantStatus.DRAFT, LocalDate.of(2026, 1, 1))), null),
        covenant("C-2", List.of(), AdoptionRecord.builder().review(review).build()),
        covenant("C-3", List.of(), adopted(review, "2026-06-25", true, null)),
        covenant("C-4", List.of(), adopted(review, "2026-06-20", true, null)), // deadline day = as-of: not yet
        covenant("C-5", List.of(), adopted(review, "2026-06-19", true, null)), // deadline 06-29: overdue
        covenant("C-6", List.of(), adopted(review, "2026-05-01", true, "2026-07-10")), // filed after as-of
        covenant("C-7", List.of(), adopted(review, "2026-05-01", true, "2026-05-08")),
        covenant("C-8", List.of(StatusChange.of(CovenantStatus.IN_FORCE, LocalDate.of(2025, 3, 1))), null),
        covenant("C-9", List.of(StatusChange.of(CovenantStatus.IN_FORCE, LocalDate.of(2020, 3, 1)),
            StatusChange.of(CovenantStatus.SUPERSEDED, LocalDate.of(2025, 3, 1))), null),
        covenant("C-10", List.of(), adopted(review, "2026-02-01", false, null))); // vote failed: reviewed
  }

  private static AdoptionRecord adopted(Review review, String vote, boolean adopted, String filing) {
    AdoptionRecord record = AdoptionRecord.builder()
        .drafting(AdoptionStep.of(LocalDate.of(2026, 1, 5)))
        .review(review)
        .vote(AdoptionVote.of(LocalDate.parse(vote), "M-" + vote, MeetingType.VILLAGERS_MEETING, adopted))
        .build();
    return filing == null ? record
        : ImmutableAdoptionRecord.copyOf(record)
            .withFiling(Filing.of(LocalDate.parse(filing), FilingBody.TOWNSHIP_GOVERNMENT));
  }

  private static Covenant covenant(String id, List<StatusChange> history, AdoptionRecord adoption) {
    var builder = Covenant.builder().id(id).kind(CovenantKind.VILLAGE_RULES)
        .unit(DivisionCode.parse("500154101201")).unitName("顶星村").title("顶星村村规民约").version(1)
        .addClauses(Clause.of(1, "爱党爱国，遵纪守法。", ContentArea.DAILY_CONDUCT))
        .addAllStatusHistory(history);
    if (adoption != null) {
      builder.adoption(adoption);
    }
    return builder.build();
  }

  private static LinkageProject project(String id, ProjectStage... stages) {
    return LinkageProject.builder().id(id).name("项目 " + id).addVillageCodes(DivisionCode.parse("500154101201"))
        .addStages(stages).build();
  }

  private static ProjectStage stage(StageKind kind, ActorRef actor, String start) {
    return ProjectStage.of(kind, actor, LocalDate.parse(start));
  }

  private static Village village(String code, String name) {
    return Village.of(DivisionCode.parse(code), name);
  }

  private static SocialWorkRoom room(String id, String village, LocalDate opened, LocalDate closed) {
    var builder = SocialWorkRoom.builder().id(id).name(id + " 社会工作室").territoryCode(DivisionCode.parse(village))
        .openedOn(opened);
    if (closed != null) {
      builder.closedOn(closed);
    }
    return builder.build();
  }

  private static SocialWorkStation station(String id, DivisionCode township, LocalDate opened, LocalDate closed) {
    var builder = SocialWorkStation.builder().id(id).name(id + " 社会工作站").territoryCode(township).openedOn(opened);
    if (closed != null) {
      builder.closedOn(closed);
    }
    return builder.build();
  }

  private static DistrictFactsListener collect(List<Object> records, RulePack pack, int deadline) {
    DistrictFactsListener listener = new DistrictFactsListener(AS_OF, deadline);
    Records.validate(Records.ndjson(records), pack, AS_OF, 10_000, listener);
    return listener;
  }

  private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, Map<E, Long> nonZero) {
    Map<E, Long> all = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      all.put(constant, nonZero.getOrDefault(constant, 0L));
    }
    return all;
  }
}
