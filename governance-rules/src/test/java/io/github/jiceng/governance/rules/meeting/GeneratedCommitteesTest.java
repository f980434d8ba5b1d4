package io.github.jiceng.governance.rules.meeting;

import static io.github.jiceng.governance.rules.meeting.Judge.codes;
import static io.github.jiceng.governance.rules.meeting.Judge.seeded;
import static io.github.jiceng.governance.rules.meeting.Judge.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.CommitteeDefect;
import io.github.jiceng.governance.testkit.CommitteeGenerators;
import io.github.jiceng.governance.testkit.DefectiveRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The committee test-kit generators judged by the validator: valid records pass, each defect makes its finding. */
class GeneratedCommitteesTest {
  private static final LocalDate FROM = LocalDate.of(2011, 1, 1);
  private static final LocalDate REVISED = LocalDate.of(2026, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2029, 1, 1);

  @Test
  void validCommitteesAndAssembliesHaveNoFindingsNationallyOrInChongqing() {
    qt().withFixedSeed(11L).withExamples(300).forAll(seeded(CommitteeGenerators.committees(FROM, UNTIL))).checkAssert(c -> {
      assertThat(validate(StandardPacks.national(), c).findings()).as(c.toString()).isEmpty();
      assertThat(validate(StandardPacks.chongqing(), c).findings()).as(c.toString()).isEmpty();
    });
    qt().withFixedSeed(12L).withExamples(300).forAll(seeded(CommitteeGenerators.assemblies(FROM, UNTIL))).checkAssert(a -> {
      assertThat(validate(StandardPacks.national(), a).findings()).as(a.toString()).isEmpty();
      assertThat(validate(StandardPacks.chongqing(), a).findings()).as(a.toString()).isEmpty();
    });
  }

  @Test
  void eachPlantedDefectYieldsExactlyItsFindingUnderTheLawOfTheTermStart() {
    qt().withFixedSeed(13L).withExamples(400).forAll(seeded(CommitteeGenerators.defective(FROM, UNTIL))).checkAssert(d -> {
      for (ValidationReport report : new ValidationReport[] {validate(StandardPacks.national(), d.record()),
          validate(StandardPacks.chongqing(), d.record())}) {
        assertThat(codes(report)).as(d.description()).containsExactly(expectedCode(d));
        assertThat(report.findings()).allSatisfy(f -> {
          assertThat(f.subject().type()).isEqualTo(d.subjectType());
          assertThat(f.subject().id()).contains(d.subjectId());
          assertThat(f.location().pointer().toString()).isEqualTo(expectedPointer(d));
        });
      }
    });
  }

  @Test
  void termDefectsStartWhenTermsAreFirstJudged() {
    assertThat(CommitteeGenerators.defective(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 1, 10),
        CommitteeDefect.TERM_TOO_LONG).sample(3L, 50))
        .allSatisfy(d -> assertThat(((CommunityCommittee) d.record()).termStart()).isBetween(LocalDate.of(2018, 12, 29),
            LocalDate.of(2019, 1, 9)));
  }

  private static LocalDate start(DefectiveRecord<CommitteeDefect> d) {
    return d.record() instanceof CommunityCommittee ? ((CommunityCommittee) d.record()).termStart()
        : ((RepresentativeAssembly) d.record()).termStart();
  }

  /** Size and member defects are reported at the member list, the term at its end. */
  static String expectedPointer(DefectiveRecord<CommitteeDefect> d) {
    switch (d.defect()) {
      case TERM_TOO_LONG:
        return "/termEnd";
      case REPRESENTATIVES_TOO_FEW:
        return "/representatives";
      case WOMEN_TOO_FEW:
        return "/women";
      default:
        return "/members";
    }
  }

  static String expectedCode(DefectiveRecord<CommitteeDefect> d) {
    String provisional = start(d).isBefore(REVISED) ? "" : "-provisional";
    switch (d.defect()) {
      case SIZE_TOO_SMALL:
      case SIZE_TOO_LARGE:
        return "meeting.committee.size-out-of-range" + provisional;
      case WOMAN_MEMBER_MISSING:
      case MINORITY_MEMBER_MISSING:
        return "meeting.committee.member-missing" + provisional;
      case TERM_TOO_LONG:
        return "meeting.committee.term-too-long" + provisional;
      default:
        return "meeting.assembly.share-too-low" + provisional;
    }
  }
}
