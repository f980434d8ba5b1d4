package io.github.jiceng.governance.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.Disbursement;
import io.github.jiceng.governance.core.linkage.charity.Donation;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.CommitteeRole;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.committee.ImmutableCommitteeMember;
import io.github.jiceng.governance.core.linkage.project.BeneficiaryPerson;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.linkage.volunteer.GuardianConsent;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.StarLevel;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerEngagement;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.core.linkage.worker.PostType;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.linkage.worker.StaffingFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkageModelTest {
  private static final ActorRef STATION = ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-500154101");

  @Test
  void everyActorTypeNamesAKebabRecordTypeAndTheFiveActorsAreAllReachable() {
    Set<LinkageActor> reached = EnumSet.noneOf(LinkageActor.class);
    for (ActorType type : ActorType.values()) {
      assertThat(type.recordType()).matches("[a-z]+(-[a-z]+)*");
      type.society().ifPresent(reached::add);
      assertThat(type.displayName(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(type.displayName(Locale.ENGLISH));
    }
    assertThat(reached).containsExactlyInAnyOrder(LinkageActor.values());
    assertThat(ActorType.SOCIAL_WORK_STATION.society()).isEmpty();
    assertThat(ActorRef.of(ActorType.SOCIAL_WORKER, "SW-1")).hasToString("social-worker:SW-1");
  }

  @Test
  void starLevelsReachTheirThresholdInclusive() {
    qt().forAll(integers().between(0, 2000)).checkAssert(hours -> {
      int stars = 0;
      for (int threshold : new int[] {100, 300, 600, 1000, 1500}) {
        stars += hours >= threshold ? 1 : 0;
      }
      assertThat(StarLevel.forHours(BigDecimal.valueOf(hours)).map(StarLevel::stars).orElse(0)).isEqualTo(stars);
    });
    assertThat(StarLevel.forHours(new BigDecimal("99.99"))).isEmpty();
    assertThat(StarLevel.forHours(new BigDecimal("100.00"))).contains(StarLevel.ONE);
    assertThat(StarLevel.THREE.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("三星");
    assertThatThrownBy(() -> StarLevel.forHours(BigDecimal.TEN, List.of(1, 2, 2, 3, 4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
  }

  private static SocialWorker worker(String id, ActorRef employer, QualificationLevel... levels) {
    var builder = SocialWorker.builder().id(id).name("社工" + id).employer(employer).postType(PostType.STATION_RESIDENT);
    for (QualificationLevel level : levels) {
      builder.addQualifications(Qualification.of(level, id + "-" + level.ordinal(), 2021));
    }
    return builder.build();
  }

  @Test
  void staffingFiguresCountCertifiedWorkersWithIntegers() {
    List<SocialWorker> workers = List.of(
        worker("1", STATION, QualificationLevel.ASSISTANT_SOCIAL_WORKER, QualificationLevel.SOCIAL_WORKER),
        worker("2", STATION, QualificationLevel.ASSISTANT_SOCIAL_WORKER),
        worker("3", STATION),
        worker("4", ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-1"), QualificationLevel.SOCIAL_WORKER));
    StaffingFigures figures = StaffingFigures.of(STATION, workers, LocalDate.of(2026, 6, 30));
    assertThat(figures.headcount()).isEqualTo(3);
    assertThat(figures.certified()).isEqualTo(2);
    assertThat(figures.withHighestLevel(QualificationLevel.SOCIAL_WORKER)).isEqualTo(1);
    assertThat(figures.withHighestLevel(QualificationLevel.ASSISTANT_SOCIAL_WORKER)).isEqualTo(1);
    assertThat(figures.certifiedShareAtLeast(2, 3)).isTrue();
    assertThat(figures.certifiedShareAtLeast(67, 100)).isFalse();
    assertThat(figures.certifiedShareAtLeast(60, 100)).isTrue();
    StaffingFigures empty = StaffingFigures.of(ActorRef.of(ActorType.SOCIAL_WORK_STATION, "none"), workers,
        LocalDate.of(2026, 6, 30));
    assertThat(empty.certifiedShareAtLeast(60, 100)).as("no staff meets no positive share").isFalse();
    assertThat(empty.certifiedShareAtLeast(0, 1)).isTrue();
  }

  @Test
  void aSocialWorkersEmployerIsAStationAnOrganisationOrACommittee() {
    for (ActorType type : ActorType.values()) {
      boolean allowed = SocialWorker.EMPLOYER_TYPES.contains(type);
      if (allowed) {
        assertThat(worker("x", ActorRef.of(type, "E")).employer().type()).isEqualTo(type);
      } else {
        assertThatThrownBy(() -> worker("x", ActorRef.of(type, "E")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a social-work station");
      }
    }
  }

  @Test
  void personalDataIsMaskedInEveryToString() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    Volunteer volunteer = Volunteer.builder().volunteerNumber("V-1").name("陈小明").dateOfBirth(LocalDate.of(2012, 1, 1))
        .registeredOn(LocalDate.of(2025, 1, 1)).phone("13812345678").residentId(id)
        .guardianConsent(GuardianConsent.of("陈丽华", "母亲", LocalDate.of(2025, 1, 1))).build();
    assertThat(volunteer.toString()).doesNotContain("陈小明", "13812345678", id.value(), "陈丽华").contains("陈*明");
    assertThat(volunteer.guardianConsent().orElseThrow().toString()).doesNotContain("陈丽华").contains("陈*华");
    BeneficiaryPerson child = BeneficiaryPerson.of("王小红", LocalDate.of(2016, 3, 1));
    assertThat(child.toString()).doesNotContain("王小红").contains("王*红");
    CommitteeMember member = ImmutableCommitteeMember.copyOf(CommitteeMember.of("李红", CommitteeRole.CHAIR, Sex.FEMALE))
        .withResidentId(id);
    assertThat(member.toString()).doesNotContain(id.value());
    assertThat(PersonalText.mask("张三")).isEqualTo("张*");
    assertThat(PersonalText.mask("张")).isEqualTo("*");
  }

  @Test
  void aVolunteerIsNotKeyedByTheResidentIdNumber() {
    assertThatThrownBy(() -> Volunteer.builder().volunteerNumber("11010519491231002X").name("某")
        .dateOfBirth(LocalDate.of(1949, 12, 31)).registeredOn(LocalDate.of(2020, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unified volunteer number")
        .hasMessageNotContaining("11010519491231002X");
  }

  @Test
  void minorityIsJudgedByFullYears() {
    Volunteer v = Volunteer.builder().volunteerNumber("V-2").name("某").dateOfBirth(LocalDate.of(2008, 2, 29))
        .registeredOn(LocalDate.of(2025, 1, 1)).build();
    assertThat(v.isMinorOn(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(v.isMinorOn(LocalDate.of(2026, 3, 1))).isFalse();
    assertThat(v.ageOn(LocalDate.of(2000, 1, 1))).isZero();
  }

  private static ServiceRecord record(String id, String volunteer, LocalDateTime start, int minutes, String hours) {
    return ServiceRecord.builder().id(id).volunteerNumber(volunteer).activityName("探访").organiser(STATION)
        .start(start).end(start.plusMinutes(minutes)).hours(new BigDecimal(hours)).build();
  }

  @Test
  void serviceRecordsRejectOnlyMeaninglessValues() {
    LocalDateTime nine = LocalDateTime.of(2026, 5, 1, 9, 0);
    assertThatThrownBy(() -> record("R", "V", nine, 0, "0")).hasMessageContaining("is not after start");
    assertThatThrownBy(() -> record("R", "V", nine, 60, "-1")).hasMessageContaining("negative");
    ServiceRecord overnight = record("R", "V", LocalDateTime.of(2026, 5, 1, 22, 0), 240, "4");
    assertThat(overnight.date()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(overnight.spanMinutes()).isEqualTo(240);
    assertThat(record("R", "V", nine, 60, "5").hours()).isEqualByComparingTo("5");
  }

  @Test
  void logsGroupRecordsByVolunteerAndSumHoursByStartDay() {
    LocalDateTime day = LocalDateTime.of(2026, 5, 1, 8, 0);
    List<ServiceRecord> records = new ArrayList<>(List.of(
        record("B", "V-2", day, 60, "1"),
        record("A", "V-1", day.plusHours(15), 240, "4"),
        record("C", "V-1", day, 120, "2"),
        record("D", "V-1", day.plusDays(1), 30, "0.5")));
    List<VolunteerServiceLog> logs = VolunteerServiceLog.byVolunteer(records);
    assertThat(logs).extracting(VolunteerServiceLog::volunteerNumber).containsExactly("V-1", "V-2");
    VolunteerServiceLog first = logs.get(0);
    assertThat(first.records()).extracting(ServiceRecord::id).containsExactly("C", "A", "D");
    assertThat(first.hoursByDay()).containsEntry(LocalDate.of(2026, 5, 1), new BigDecimal("6"))
        .containsEntry(LocalDate.of(2026, 5, 2), new BigDecimal("0.5"));
    assertThat(first.recordIdsOn(LocalDate.of(2026, 5, 1))).containsExactly("C", "A");
    assertThat(first.totalHours()).isEqualByComparingTo("6.5");
    assertThatThrownBy(() -> VolunteerServiceLog.of("V-1", records)).hasMessageContaining("is of volunteer 'V-2'");
  }

  @Test
  void fullTimeMonthsAreCountedWithTheLastDayInclusive() {
    VolunteerEngagement e = VolunteerEngagement.builder().id("E").volunteerNumber("V").organiser(STATION)
        .startDate(LocalDate.of(2025, 1, 1)).endDate(LocalDate.of(2025, 3, 31)).fullTime(true).build();
    assertThat(e.isFullTimeForAtLeast(3, LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(e.isFullTimeForAtLeast(4, LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void committeesCountTheirWomenAndMinorityMembers() {
    CommunityCommittee c = CommunityCommittee.builder().id("C").kind(CommitteeKind.VILLAGERS_COMMITTEE).name("某村")
        .villageCode(DivisionCode.parse("500154101201")).termStart(LocalDate.of(2021, 12, 1))
        .addMembers(CommitteeMember.of("甲", CommitteeRole.CHAIR, Sex.FEMALE))
        .addMembers(ImmutableCommitteeMember.copyOf(CommitteeMember.of("乙", CommitteeRole.MEMBER, Sex.MALE))
            .withEthnicMinority(true))
        .build();
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.womenCount()).isEqualTo(1);
    assertThat(c.minorityCount()).isEqualTo(1);
    assertThatThrownBy(() -> CommunityCommittee.builder().id("C").kind(CommitteeKind.VILLAGERS_COMMITTEE).name("某村")
        .villageCode(DivisionCode.parse("500154101000")).termStart(LocalDate.of(2021, 12, 1)).build())
        .hasMessageContaining("not a village-level code");
  }

  @Test
  void fundsAndProjectsAddMoneyExactly() {
    ActorRef holder = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG");
    CommunityFund fund = CommunityFund.builder().id("F").name("基金").holder(holder)
        .establishedOn(LocalDate.of(2025, 1, 1)).openingBalance(new BigDecimal("0.10"))
        .addReceipts(Donation.of(LocalDate.of(2025, 2, 1), new BigDecimal("0.20"), "某"))
        .addDisbursements(Disbursement.toProject(LocalDate.of(2025, 3, 1), new BigDecimal("0.30"), "P", "用途"))
        .build();
    assertThat(fund.balance()).isEqualByComparingTo("0");
    assertThat(fund.disbursedTo("P")).isEqualByComparingTo("0.30");
    assertThat(fund.disbursedTo("Q")).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Donation.of(LocalDate.of(2025, 2, 1), BigDecimal.ZERO, "某"))
        .hasMessageContaining("is not positive");

    ActorRef fundRef = ActorRef.of(ActorType.COMMUNITY_FUND, "F");
    LinkageProject project = LinkageProject.builder().id("P").name("项目")
        .addStages(ProjectStage.of(StageKind.NEED_DISCOVERY, ActorRef.of(ActorType.COMMUNITY_COMMITTEE, "C"),
            LocalDate.of(2025, 1, 1)))
        .addFundings(ProjectFunding.of(fundRef, new BigDecimal("0.1"), LocalDate.of(2025, 3, 1)))
        .addFundings(ProjectFunding.of(fundRef, new BigDecimal("0.2"), LocalDate.of(2025, 3, 2)))
        .build();
    assertThat(project.totalFunding()).isEqualByComparingTo("0.3");
    assertThat(project.isFunded()).isTrue();
    assertThat(project.actorsInvolved()).containsExactlyInAnyOrder(LinkageActor.COMMUNITY, LinkageActor.CHARITY_RESOURCE);
    assertThatThrownBy(() -> ProjectStage.builder().kind(StageKind.DESIGN).actor(fundRef)
        .start(LocalDate.of(2025, 2, 1)).end(LocalDate.of(2025, 1, 31)).build()).hasMessageContaining("before start");
  }

  @Test
  void stageKindsAreInWorkflowOrderWithOneResponsibleActorEachButEvaluation() {
    assertThat(StageKind.values()).containsExactly(StageKind.NEED_DISCOVERY, StageKind.DESIGN,
        StageKind.IMPLEMENTATION, StageKind.FUNDING, StageKind.VOLUNTEER_PARTICIPATION, StageKind.EVALUATION);
    for (StageKind kind : StageKind.values()) {
      assertThat(kind.responsibleActors()).hasSize(kind == StageKind.EVALUATION ? 3 : 1);
    }
  }
}
