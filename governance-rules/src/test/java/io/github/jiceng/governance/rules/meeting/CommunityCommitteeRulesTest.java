package io.github.jiceng.governance.rules.meeting;

import static io.github.jiceng.governance.rules.meeting.Judge.codes;
import static io.github.jiceng.governance.rules.meeting.Judge.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.CommitteeRole;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.committee.ImmutableCommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.ImmutableCommunityCommittee;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.linkage.LinkageRules;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The committee rules ({@code meeting.committee.*}) on {@link CommunityCommittee} records, the one committee model,
 * with the numbers written out from the reference (§3.1: 村委会 3-7 members, a woman member, a minority member in a
 * multi-ethnic village, Art 6; term five years, Art 11; 居委会 1989 5-9 members, Art 7), independently of the code.
 */
class CommunityCommitteeRulesTest {
  private static final DivisionCode VILLAGE = DivisionCode.parse("500154101201");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("500154001001");
  private static final LocalDate BEFORE = LocalDate.of(2025, 12, 31);
  private static final LocalDate AFTER = LocalDate.of(2026, 1, 1);
  private static final RulePack NATIONAL = StandardPacks.national();
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  /** A committee of {@code size} members, the first {@code women} of them women, none of a minority. */
  private static CommunityCommittee committee(CommitteeKind kind, LocalDate start, int size, int women) {
    boolean village = kind != CommitteeKind.RESIDENTS_COMMITTEE;
    List<CommitteeMember> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      members.add(CommitteeMember.of("成员" + i, i == 0 ? CommitteeRole.CHAIR : CommitteeRole.MEMBER,
          i < women ? Sex.FEMALE : Sex.MALE));
    }
    return CommunityCommittee.builder().id("C-1").kind(kind)
        .name(village ? "顶星村村民委员会" : "金州社区居民委员会").villageCode(village ? VILLAGE : COMMUNITY)
        .termStart(start).termEnd(start.plusYears(5)).addAllMembers(members).build();
  }

  private static CommunityCommittee villagers(LocalDate start, int size, int women) {
    return committee(CommitteeKind.VILLAGERS_COMMITTEE, start, size, women);
  }

  private static Finding only(RulePack pack, CommunityCommittee committee) {
    List<Finding> findings = validate(pack, committee).findings();
    assertThat(findings).as(committee.toString()).hasSize(1);
    return findings.get(0);
  }

  @Test
  void sizesAreThreeToSevenForVillagersAndFiveToNineForResidentsOnBothSidesOf2026() {
    qt().withFixedSeed(20261126L).withExamples(300)
        .forAll(integers().between(1, 15), booleans().all(), booleans().all())
        .checkAssert((size, village, after) -> {
          CommunityCommittee committee = committee(village ? CommitteeKind.VILLAGERS_COMMITTEE
              : CommitteeKind.RESIDENTS_COMMITTEE, after ? AFTER : BEFORE, size, 1);
          boolean inRange = village ? size >= 3 && size <= 7 : size >= 5 && size <= 9;
          assertThat(codes(validate(NATIONAL, committee))).as("%s", committee).isEqualTo(inRange ? List.of()
              : List.of("meeting.committee.size-out-of-range" + (after ? "-provisional" : "")));
        });
  }

  @Test
  void theSizeBoundariesThemselvesAreLawful() {
    for (int size : new int[] {3, 7}) {
      assertThat(validate(NATIONAL, villagers(BEFORE, size, 1)).findings()).as("villagers %s", size).isEmpty();
    }
    for (int size : new int[] {5, 9}) {
      assertThat(validate(NATIONAL, committee(CommitteeKind.RESIDENTS_COMMITTEE, BEFORE, size, 1)).findings())
          .as("residents %s", size).isEmpty();
    }
    assertThat(codes(validate(NATIONAL, villagers(BEFORE, 2, 1)))).containsExactly("meeting.committee.size-out-of-range");
    assertThat(codes(validate(NATIONAL, villagers(BEFORE, 8, 1)))).containsExactly("meeting.committee.size-out-of-range");
    assertThat(codes(validate(NATIONAL, committee(CommitteeKind.RESIDENTS_COMMITTEE, BEFORE, 4, 1))))
        .containsExactly("meeting.committee.size-out-of-range");
    assertThat(codes(validate(NATIONAL, committee(CommitteeKind.RESIDENTS_COMMITTEE, BEFORE, 10, 1))))
        .containsExactly("meeting.committee.size-out-of-range");
  }

  @Test
  void theSizeIsCountedInTheMemberListAndReportedAtMembersInBothLanguages() {
    Finding finding = only(NATIONAL, villagers(BEFORE, 8, 2));
    assertThat(finding.code().value()).isEqualTo("meeting.committee.size-out-of-range");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.subject().type()).isEqualTo("community-committee");
    assertThat(finding.subject().id()).contains("C-1");
    assertThat(finding.location().pointer().toString()).isEqualTo("/members");
    assertThat(finding.message(ZH)).startsWith("顶星村村民委员会（村民委员会）有成员8人，应为3至7人");
    assertThat(finding.message(EN)).startsWith("顶星村村民委员会 (villagers' committee) has 8 members; it must have 3 to 7");
  }

  @Test
  void aVillagersCommitteeNeedsAWomanMemberButAResidentsCommitteeIsNotJudgedForOne() {
    Finding finding = only(NATIONAL, villagers(BEFORE, 5, 0));
    assertThat(finding.code().value()).isEqualTo("meeting.committee.member-missing");
    assertThat(finding.location().pointer().toString()).isEqualTo("/members");
    assertThat(finding.message(ZH)).isEqualTo(
        "顶星村村民委员会（村民委员会）共5名成员，其中没有妇女成员（2026年前施行的法律文本）");
    assertThat(validate(NATIONAL, villagers(BEFORE, 5, 1)).findings()).isEmpty();
    assertThat(validate(NATIONAL, committee(CommitteeKind.RESIDENTS_COMMITTEE, BEFORE, 5, 0)).findings()).isEmpty();
  }

  @Test
  void aMultiEthnicVillagesCommitteeNeedsAMinorityMember() {
    CommunityCommittee multiEthnic = ImmutableCommunityCommittee.copyOf(villagers(BEFORE, 5, 2)).withMultiEthnic(true);
    Finding finding = only(NATIONAL, multiEthnic);
    assertThat(finding.code().value()).isEqualTo("meeting.committee.member-missing");
    assertThat(finding.location().pointer().toString()).isEqualTo("/members");
    assertThat(finding.message(ZH)).contains("其中没有人数较少的民族的成员");

    List<CommitteeMember> members = new ArrayList<>(multiEthnic.members());
    members.set(3, ImmutableCommitteeMember.copyOf(members.get(3)).withEthnicMinority(true));
    assertThat(validate(NATIONAL, ImmutableCommunityCommittee.copyOf(multiEthnic).withMembers(members)).findings())
        .isEmpty();
    assertThat(validate(NATIONAL, ImmutableCommunityCommittee.copyOf(multiEthnic).withMultiEthnic(false)).findings())
        .as("a village that is not multi-ethnic needs no minority member").isEmpty();
  }

  @Test
  void noWomanAndNoMinorityMemberAreTwoFindings() {
    CommunityCommittee neither = ImmutableCommunityCommittee.copyOf(villagers(BEFORE, 5, 0)).withMultiEthnic(true);
    assertThat(codes(validate(NATIONAL, neither)))
        .containsExactly("meeting.committee.member-missing", "meeting.committee.member-missing");
  }

  @Test
  void aTermOfFiveYearsIsJudgedForVillagersCommitteesFromTheAmendmentOf20181229() {
    ImmutableCommunityCommittee judged = ImmutableCommunityCommittee.copyOf(villagers(LocalDate.of(2018, 12, 29), 5, 1))
        .withTermEnd(LocalDate.of(2023, 12, 30));
    Finding finding = only(NATIONAL, judged);
    assertThat(finding.code().value()).isEqualTo("meeting.committee.term-too-long");
    assertThat(finding.location().pointer().toString()).isEqualTo("/termEnd");
    assertThat(finding.message(EN)).startsWith("The term of 顶星村村民委员会 (villagers' committee) from 2018-12-29 to"
        + " 2023-12-30 is longer than 5 years (latest end 2023-12-29");

    assertThat(validate(NATIONAL, judged.withTermEnd(LocalDate.of(2023, 12, 29))).findings())
        .as("ending on the fifth anniversary").isEmpty();
    CommunityCommittee dayBefore = ImmutableCommunityCommittee.copyOf(judged)
        .withTermStart(LocalDate.of(2018, 12, 28)).withTermEnd(LocalDate.of(2023, 12, 29));
    assertThat(validate(NATIONAL, dayBefore).findings()).as("the three-year text applied before the amendment")
        .isEmpty();
    CommunityCommittee residents = ImmutableCommunityCommittee.copyOf(
        committee(CommitteeKind.RESIDENTS_COMMITTEE, LocalDate.of(2019, 1, 1), 5, 1)).withTermEnd(
        LocalDate.of(2026, 1, 1));
    assertThat(validate(NATIONAL, residents).findings()).as("the residents' pre-2026 term is not in the reference")
        .isEmpty();
  }

  @Test
  void termsFrom2026AreJudgedProvisionallyForBothKinds() {
    for (CommitteeKind kind : List.of(CommitteeKind.VILLAGERS_COMMITTEE, CommitteeKind.RESIDENTS_COMMITTEE)) {
      CommunityCommittee committee = ImmutableCommunityCommittee.copyOf(committee(kind, AFTER, 5, 1))
          .withTermEnd(AFTER.plusYears(5).plusDays(1));
      Finding finding = only(NATIONAL, committee);
      assertThat(finding.code().value()).isEqualTo("meeting.committee.term-too-long-provisional");
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.location().pointer().toString()).isEqualTo("/termEnd");
    }
  }

  @Test
  void from2026TheMemberRulesAreProvisionalWarningsUntilAPackConfirmsThem() {
    CommunityCommittee noWoman = villagers(AFTER, 5, 0);
    Finding provisional = only(NATIONAL, noWoman);
    assertThat(provisional.code().value()).isEqualTo("meeting.committee.member-missing-provisional");
    assertThat(provisional.severity()).isEqualTo(Severity.WARNING);
    assertThat(provisional.legalBases()).allSatisfy(b -> assertThat(b.confidence()).isEqualTo(Confidence.PROVISIONAL));

    RulePack confirmed = RulePack.builder("cn.test", "1", "500154").parent(NATIONAL)
        .parameter(MeetingParameters.WOMAN_MEMBER_REQUIRED, true, ValidityPeriod.from(AFTER), "test: checked text")
        .parameter(MeetingParameters.VILLAGERS_COMMITTEE_MAXIMUM, 9, ValidityPeriod.from(AFTER), "test: checked text")
        .build();
    Finding error = only(confirmed, noWoman);
    assertThat(error.code().value()).isEqualTo("meeting.committee.member-missing");
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(codes(validate(NATIONAL, villagers(AFTER, 8, 1))))
        .containsExactly("meeting.committee.size-out-of-range-provisional");
    assertThat(codes(validate(confirmed, villagers(AFTER, 8, 1)))).as("the pack allows nine from 2026").isEmpty();
  }

  @Test
  void thePartyOrganisationIsNotJudgedByTheCommitteeLaws() {
    ImmutableCommunityCommittee party = ImmutableCommunityCommittee.copyOf(
        committee(CommitteeKind.PARTY_ORGANISATION, LocalDate.of(2021, 12, 1), 12, 0)).withMultiEthnic(true)
        .withTermEnd(LocalDate.of(2031, 12, 1));
    for (LocalDate start : List.of(LocalDate.of(2021, 12, 1), AFTER)) {
      assertThat(validate(NATIONAL, party.withTermStart(start)).findings()).as("%s", start).isEmpty();
      assertThat(validate(StandardPacks.chongqing(), party.withTermStart(start)).findings()).as("%s", start).isEmpty();
    }
  }

  @Test
  void committeeIsNoLongerARecordTypeAndTheLinkageCommitteeRulesAreGone() {
    assertThat(RecordTypes.standard().named("committee")).isEmpty();
    assertThat(RecordTypes.standard().nameOf(CommunityCommittee.class)).contains("community-committee");
    assertThat(LinkageRules.all()).noneSatisfy(r -> assertThat(r.subjectType()).isEqualTo(CommunityCommittee.class));
    assertThat(StandardPacks.chongqing().catalog().descriptors())
        .noneSatisfy(d -> assertThat(d.id().value()).startsWith("linkage.committee."));
    assertThat(StandardPacks.chongqing().catalog().descriptors())
        .filteredOn(d -> d.id().value().startsWith("meeting.committee."))
        .allSatisfy(d -> assertThat(d.subjectType()).isEqualTo(CommunityCommittee.class))
        .hasSize(6);
  }
}
