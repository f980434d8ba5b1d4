package io.github.jiceng.governance.rules.linkage;

import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.COMMITTEE;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.FUND;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.VOLUNTEER;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.WORKER;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.ZHICHENG;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.codes;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.only;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.project;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.record1;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.validate;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.project.ImmutableLinkageProject;
import io.github.jiceng.governance.core.linkage.project.ImmutableProjectStage;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableServiceRecord;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Linkage projects: stages, tracing, the five actors, funding. */
class ProjectRulesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static ImmutableLinkageProject withStage(int index, ProjectStage stage) {
    List<ProjectStage> stages = new ArrayList<>(project().stages());
    stages.set(index, stage);
    return ImmutableLinkageProject.copyOf(project()).withStages(stages);
  }

  private static ImmutableLinkageProject plusFunding(ProjectFunding funding) {
    return plusFunding(project(), funding);
  }

  private static ImmutableLinkageProject plusFunding(LinkageProject project, ProjectFunding funding) {
    List<ProjectFunding> fundings = new ArrayList<>(project.fundings());
    fundings.add(funding);
    return ImmutableLinkageProject.copyOf(project).withFundings(fundings);
  }

  @Test
  void eachStageIsRunByTheKindOfActorItCallsFor() {
    for (int i = 0; i < project().stages().size(); i++) {
      ProjectStage stage = project().stages().get(i);
      for (ActorRef actor : List.of(COMMITTEE, ZHICHENG, WORKER, VOLUNTEER, FUND,
          ActorRef.of(ActorType.VOLUNTEER_TEAM, "TEAM-X"), ActorRef.of(ActorType.GOVERNMENT_DEPARTMENT, "开州区民政局"))) {
        LinkageProject project = withStage(i, ImmutableProjectStage.copyOf(stage).withActor(actor));
        boolean fits = actor.society().map(stage.kind().responsibleActors()::contains).orElse(false);
        assertThat(codes(validate(with(project))).contains("linkage.project.stage-actor"))
            .as(stage.kind() + " by " + actor).isEqualTo(!fits);
      }
    }
    Finding finding = validate(with(withStage(1, ImmutableProjectStage.copyOf(project().stages().get(1))
        .withActor(VOLUNTEER)))).forCode("linkage.project.stage-actor").get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.location().pointer().toString()).isEqualTo("/stages/1/actor");
    assertThat(finding.message(ZH)).isEqualTo(
        "项目P-1：“社工开发设计项目”阶段由volunteer:V500154-0001（志愿者）负责，应为：社会工作者");
  }

  @Test
  void stagesHappenInOrderAndSameDayIsFine() {
    // the funding stage starts on the day the implementation does (2026-04-01)
    assertThat(validate(with(project())).findings()).isEmpty();
    qt().forAll(integers().between(-10, 10)).checkAssert(days -> {
      ProjectStage design = project().stages().get(1);
      LocalDate start = LocalDate.of(2026, 3, 2).plusDays(days); // the need stage's start, moved
      LinkageProject p = withStage(0, ImmutableProjectStage.copyOf(project().stages().get(0)).withStart(start));
      boolean afterDesign = start.isAfter(design.start());
      assertThat(codes(validate(with(p))).contains("linkage.project.stage-order")).as("need on %s", start)
          .isEqualTo(afterDesign);
    });
    LinkageProject lateNeed = withStage(0, ImmutableProjectStage.copyOf(project().stages().get(0))
        .withStart(LocalDate.of(2026, 4, 15)));
    List<Finding> findings = validate(with(lateNeed)).forCode("linkage.project.stage-order");
    assertThat(findings).extracting(f -> f.location().pointer().toString())
        .containsExactly("/stages/1/start", "/stages/2/start", "/stages/3/start");
    assertThat(findings.get(0).message(EN)).isEqualTo("Project P-1: the stage \"designed by a social worker\" starts"
        + " on 2026-03-10, before the earlier stage \"need discovered by the community\" starts on 2026-04-15");
  }

  @Test
  void aFundedProjectTracesToARecordedNeedAndADesigningSocialWorker() {
    LinkageProject noEvidence = withStage(0, ImmutableProjectStage.copyOf(project().stages().get(0)).withEvidence());
    Finding need = only(noEvidence);
    assertThat(need.code().value()).isEqualTo("linkage.project.need-missing");
    assertThat(need.message(ZH)).isEqualTo("项目P-1已获资助，但没有附有需求佐证材料的“社区发现需求”阶段");

    List<ProjectStage> stages = new ArrayList<>(project().stages());
    stages.remove(1);
    // the social worker still takes part, but not as the designer
    Finding design = only(ImmutableLinkageProject.copyOf(project()).withStages(stages).withParticipants(WORKER));
    assertThat(design.code().value()).isEqualTo("linkage.project.design-missing");

    LinkageProject unfunded = ImmutableLinkageProject.copyOf(noEvidence).withFundings()
        .withStages(stageList(noEvidence, StageKind.FUNDING, StageKind.DESIGN)).withClaimsFiveSocietyLinkage(false);
    assertThat(validate(with(unfunded)).findings()).as("not funded: nothing to trace").isEmpty();
  }

  private static List<ProjectStage> stageList(LinkageProject project, StageKind... without) {
    List<ProjectStage> stages = new ArrayList<>(project.stages());
    stages.removeIf(s -> List.of(without).contains(s.kind()));
    return stages;
  }

  @Test
  void aFiveSocietyClaimNeedsAllFiveActors() {
    ImmutableLinkageProject noVolunteers = ImmutableLinkageProject.copyOf(project())
        .withStages(stageList(project(), StageKind.VOLUNTEER_PARTICIPATION)).withServiceRecordIds()
        .withClaimedVolunteerHours(java.util.Optional.empty());
    List<Object> data = with(noVolunteers, ImmutableServiceRecord.copyOf(record1()).withProjectId(java.util.Optional.empty()),
        ImmutableServiceRecord.copyOf(LinkageFixtures.record2()).withProjectId(java.util.Optional.empty()));
    List<Finding> findings = validate(data).findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("linkage.project.five-actors-missing");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(ZH)).isEqualTo("项目P-1以五社联动项目申报，但有1类主体未参与：社区志愿者");
      assertThat(f.attribute("missing")).contains("[VOLUNTEER]");
    });
    assertThat(validate(with(noVolunteers.withClaimsFiveSocietyLinkage(false))).forCode(
        "linkage.project.five-actors-missing")).isEmpty();
    LinkageProject teamOnly = noVolunteers.withParticipants(ActorRef.of(ActorType.VOLUNTEER_TEAM, "TEAM-PGY"));
    assertThat(validate(with(teamOnly)).forCode("linkage.project.five-actors-missing")).isEmpty();
  }

  @Test
  void referencedActorsMustExistWhenTheirTypeIsCovered() {
    LinkageProject ghost = withStage(2, ImmutableProjectStage.copyOf(project().stages().get(2))
        .withActor(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-GHOST")));
    Finding finding = only(ghost);
    assertThat(finding.code().value()).isEqualTo("linkage.project.actor-missing");
    assertThat(finding.location().pointer().toString()).isEqualTo("/stages/2/actor");
    assertThat(finding.message(EN)).isEqualTo(
        "Project P-1 refers to social-organisation:ORG-GHOST (social organisation), which is not among the records");
    LinkageProject team = ImmutableLinkageProject.copyOf(project())
        .withParticipants(ActorRef.of(ActorType.VOLUNTEER_TEAM, "TEAM-PGY"));
    assertThat(validate(with(team)).findings()).as("no team records: cannot know").isEmpty();
  }

  @Test
  void listedServiceRecordsAreThisProjectsOwn() {
    LinkageProject extra = ImmutableLinkageProject.copyOf(project()).withServiceRecordIds("SR-1", "SR-2", "SR-404");
    Finding finding = only(extra);
    assertThat(finding.code().value()).isEqualTo("linkage.project.service-record-missing");
    assertThat(finding.location().pointer().toString()).isEqualTo("/serviceRecordIds/2");

    var other = ImmutableServiceRecord.copyOf(record1()).withProjectId("P-2");
    List<Finding> findings = validate(with(other)).findings();
    assertThat(findings).extracting(f -> f.code().value()).containsExactlyInAnyOrder(
        "linkage.project.service-record-missing", "linkage.project.volunteer-hours-untraced");
    assertThat(validate(with(other)).forCode("linkage.project.service-record-missing").get(0).message(ZH))
        .isEqualTo("项目P-1列示的志愿服务记录SR-1不存在或属于其他项目（P-2）");
  }

  @Test
  void claimedHoursTraceToTheProjectsRecords() {
    // SR-1 2.5 h + SR-2 3.33 h = 5.83 h
    qt().forAll(integers().between(500, 700)).checkAssert(cents -> {
      BigDecimal claimed = BigDecimal.valueOf(cents, 2);
      LinkageProject p = ImmutableLinkageProject.copyOf(project()).withClaimedVolunteerHours(claimed);
      assertThat(codes(validate(with(p))).contains("linkage.project.volunteer-hours-untraced"))
          .as("%s h", claimed).isEqualTo(cents > 583);
    });
    LinkageProject duplicate = ImmutableLinkageProject.copyOf(project()).withServiceRecordIds("SR-1", "SR-1")
        .withClaimedVolunteerHours(new BigDecimal("5"));
    Finding finding = only(duplicate);
    assertThat(finding.message(ZH)).isEqualTo("项目P-1申报志愿服务5小时，但其志愿服务记录仅有2.5小时，有2.5小时无记录可查");
  }

  @Test
  void tracingRulesStaySilentWithoutALookup() {
    LinkageProject p = ImmutableLinkageProject.copyOf(project()).withServiceRecordIds("SR-404")
        .withClaimedVolunteerHours(new BigDecimal("100"));
    Validator alone = Validator.builder(StandardPacks.national()).clock(LinkageFixtures.CLOCK)
        .rethrowRuleFailures(true).build();
    assertThat(alone.validate(p).findings()).isEmpty();
    Validator withLookup = Validator.builder(StandardPacks.national()).clock(LinkageFixtures.CLOCK)
        .lookup(RecordLookup.ofRecords(LinkageFixtures.dataset())).rethrowRuleFailures(true).build();
    assertThat(codes(withLookup.validate(p))).containsExactlyInAnyOrder(
        "linkage.project.service-record-missing", "linkage.project.volunteer-hours-untraced");
  }

  @Test
  void fundingComesFromCharityResourcesNotFromVolunteers() {
    LinkageProject p = plusFunding(
        ProjectFunding.of(VOLUNTEER, new BigDecimal("200.00"), LocalDate.of(2026, 5, 1)));
    Finding finding = only(p);
    assertThat(finding.code().value()).isEqualTo("linkage.project.funding-source");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.location().pointer().toString()).isEqualTo("/fundings/1/source");
    assertThat(finding.message(EN)).isEqualTo("Project P-1 records 200.00 yuan from volunteer:V500154-0001 (volunteer);"
        + " funding should come from the community fund or another charity resource");
    LinkageProject purchased = plusFunding(ProjectFunding.of(
        ActorRef.of(ActorType.GOVERNMENT_DEPARTMENT, "开州区民政局"), new BigDecimal("5000"), LocalDate.of(2026, 4, 2)));
    assertThat(validate(with(purchased)).findings()).isEmpty();
  }

  @Test
  void fundingFromACommunityFundMatchesItsDisbursements() {
    qt().forAll(integers().between(19990, 20010)).checkAssert(yuan -> {
      LinkageProject p = ImmutableLinkageProject.copyOf(project())
          .withFundings(ProjectFunding.of(FUND, BigDecimal.valueOf(yuan), LocalDate.of(2026, 4, 1)));
      assertThat(codes(validate(with(p))).contains("linkage.project.funding-untraced")).isEqualTo(yuan > 20000);
    });
    LinkageProject twice = plusFunding(
        ProjectFunding.of(FUND, new BigDecimal("0.01"), LocalDate.of(2026, 4, 2)));
    Finding finding = only(twice);
    assertThat(finding.message(ZH)).isEqualTo(
        "项目P-1记载来自社区基金F-DX的资金20000.01元，但该基金记录向本项目拨付20000.00元");
  }

  @Test
  void theReportOfAFlawedDatasetIsReadableAndOrdered() {
    ImmutableLinkageProject flawed = ImmutableLinkageProject.copyOf(project()).withClaimedVolunteerHours(new BigDecimal("8"));
    flawed = plusFunding(flawed, ProjectFunding.of(VOLUNTEER, new BigDecimal("200.00"), LocalDate.of(2026, 5, 1)));
    ValidationReport report = validate(with(flawed));
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.subject().type()).isEqualTo("linkage-project");
      assertThat(f.legalBases()).isNotEmpty();
      assertThat(f.message(ZH)).contains("P-1");
    });
  }
}
