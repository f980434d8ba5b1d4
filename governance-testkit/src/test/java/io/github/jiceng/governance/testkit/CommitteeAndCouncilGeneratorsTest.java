package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.council.DisputeCase;
import io.github.jiceng.governance.core.council.DisputeOutcome;
import io.github.jiceng.governance.core.council.RaisedMatter;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeRole;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeAndCouncilGeneratorsTest {
  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2028, 1, 1);

  @Test
  void theSameSeedGivesTheSameRecords() {
    assertThat(CommitteeGenerators.committees(FROM, UNTIL).sample(42L, 20))
        .isEqualTo(CommitteeGenerators.committees(FROM, UNTIL).sample(42L, 20));
    assertThat(CommitteeGenerators.defective(FROM, UNTIL).sample(7L, 20))
        .isEqualTo(CommitteeGenerators.defective(FROM, UNTIL).sample(7L, 20));
    assertThat(CouncilGenerators.defective(FROM, UNTIL).sample(7L, 20))
        .isEqualTo(CouncilGenerators.defective(FROM, UNTIL).sample(7L, 20));
    assertThat(CouncilGenerators.disputes(FROM, UNTIL).sample(1L, 5))
        .isNotEqualTo(CouncilGenerators.disputes(FROM, UNTIL).sample(2L, 5));
  }

  @Test
  void committeesHaveTheEarlierTextsSizesAWomanAndTermsOfAtMostFiveYearsSometimesExactly() {
    List<CommunityCommittee> committees = CommitteeGenerators.committees(FROM, UNTIL).sample(3L, 500);
    assertThat(committees).allSatisfy(c -> {
      assertThat(c.kind().isSelfGoverning()).isTrue();
      assertThat(c.termStart()).isBetween(FROM, UNTIL.minusDays(1));
      assertThat(c.size()).isBetween(c.kind() == CommitteeKind.VILLAGERS_COMMITTEE ? 3 : 5,
          c.kind() == CommitteeKind.VILLAGERS_COMMITTEE ? 7 : 9);
      assertThat(c.members().stream().filter(m -> m.sex() == Sex.FEMALE).count()).isPositive();
      assertThat(!c.multiEthnic() || c.members().stream().anyMatch(m -> m.ethnicMinority())).isTrue();
      assertThat(c.members().get(0).role()).isEqualTo(CommitteeRole.CHAIR);
      assertThat(c.name()).endsWith(c.kind() == CommitteeKind.VILLAGERS_COMMITTEE ? "村民委员会" : "居民委员会");
      c.termEnd().ifPresent(end -> assertThat(end).isBeforeOrEqualTo(c.termStart().plusYears(5)));
    });
    assertThat(committees).anySatisfy(c -> assertThat(c.termEnd()).contains(c.termStart().plusYears(5)));
    assertThat(committees).anySatisfy(c -> assertThat(c.size()).isEqualTo(3));
    assertThat(committees).anySatisfy(c -> assertThat(c.size()).isEqualTo(9));
    assertThat(committees).anySatisfy(c -> assertThat(c.multiEthnic()).isTrue());
  }

  @Test
  void plantedCommitteeDefectsChangeExactlyWhatTheyName() {
    for (CommitteeDefect defect : List.of(CommitteeDefect.SIZE_TOO_SMALL, CommitteeDefect.SIZE_TOO_LARGE,
        CommitteeDefect.WOMAN_MEMBER_MISSING, CommitteeDefect.MINORITY_MEMBER_MISSING, CommitteeDefect.TERM_TOO_LONG)) {
      assertThat(CommitteeGenerators.defective(FROM, UNTIL, defect).sample(11L, 100)).allSatisfy(d -> {
        CommunityCommittee c = (CommunityCommittee) d.record();
        boolean village = c.kind() == CommitteeKind.VILLAGERS_COMMITTEE;
        long women = c.members().stream().filter(m -> m.sex() == Sex.FEMALE).count();
        long minority = c.members().stream().filter(m -> m.ethnicMinority()).count();
        assertThat(c.size()).as(d.description()).isEqualTo(defect == CommitteeDefect.SIZE_TOO_SMALL
            ? (village ? 2 : 4) : defect == CommitteeDefect.SIZE_TOO_LARGE ? (village ? 8 : 10)
            : c.size());
        assertThat(women == 0).as(d.description()).isEqualTo(defect == CommitteeDefect.WOMAN_MEMBER_MISSING);
        assertThat(c.multiEthnic() && minority == 0).as(d.description())
            .isEqualTo(defect == CommitteeDefect.MINORITY_MEMBER_MISSING);
        assertThat(c.termEnd().filter(end -> end.isAfter(c.termStart().plusYears(5))).isPresent())
            .as(d.description()).isEqualTo(defect == CommitteeDefect.TERM_TOO_LONG);
        if (defect == CommitteeDefect.TERM_TOO_LONG) {
          assertThat(c.termEnd()).contains(c.termStart().plusYears(5).plusDays(1));
        }
      });
    }
  }

  @Test
  void assembliesMeetFourFifthsAndOneThirdSometimesExactly() {
    List<RepresentativeAssembly> assemblies = CommitteeGenerators.assemblies(FROM, UNTIL).sample(5L, 300);
    assertThat(assemblies).allSatisfy(a -> {
      assertThat(5L * a.representatives()).isGreaterThanOrEqualTo(4L * a.members());
      assertThat(3L * a.women()).isGreaterThanOrEqualTo(a.members());
    });
    assertThat(assemblies).anySatisfy(a -> assertThat(5L * (a.representatives() - 1)).isLessThan(4L * a.members()));
  }

  @Test
  void validDisputesAndMattersAreConsistent() {
    assertThat(CouncilGenerators.disputes(FROM, UNTIL).sample(9L, 300)).allSatisfy((DisputeCase d) -> {
      assertThat(d.closed().isPresent()).isEqualTo(d.outcome().isPresent());
      assertThat(d.agreementDate().isPresent()).isEqualTo(d.outcome().equals(
          java.util.Optional.of(DisputeOutcome.AGREEMENT_REACHED)));
      d.agreementDate().ifPresent(a -> assertThat(a).isBetween(d.received(), d.closed().orElseThrow()));
    });
    assertThat(CouncilGenerators.matters(FROM, UNTIL).sample(9L, 300))
        .allSatisfy((RaisedMatter m) -> assertThat(m.matterClass().isHandledBy(m.handledBy())).isTrue());
    assertThat(CouncilGenerators.councils(FROM, UNTIL).sample(9L, 100))
        .allSatisfy(c -> assertThat(c.members()).hasSizeBetween(3, 11));
  }

  @Test
  void everyDefectKindCanBeGeneratedAndIsDescribed() {
    for (CommitteeDefect defect : CommitteeDefect.values()) {
      assertThat(CommitteeGenerators.defective(FROM, UNTIL, defect).sample(5L, 3)).allSatisfy(d -> {
        assertThat(d.defect()).isEqualTo(defect);
        assertThat(d.description()).contains(d.subjectId());
        assertThat(d.record().getClass().getSimpleName()).endsWith(defect.subjectType().equals("community-committee")
            ? "CommunityCommittee" : "RepresentativeAssembly");
      });
    }
    for (CouncilDefect defect : CouncilDefect.values()) {
      assertThat(CouncilGenerators.defective(FROM, UNTIL, defect).sample(5L, 3)).allSatisfy(d -> {
        assertThat(d.defect()).isEqualTo(defect);
        assertThat(d.description()).contains(d.subjectId());
      });
    }
    assertThatThrownBy(() -> CouncilGenerators.defective(LocalDate.of(2010, 1, 1), LocalDate.of(2016, 1, 1),
        CouncilDefect.ROUTE_MISMATCH)).hasMessageContaining("judged from 2016-05-09");
    assertThatThrownBy(() -> CommitteeGenerators.defective(LocalDate.of(2010, 1, 1), LocalDate.of(2018, 1, 1),
        CommitteeDefect.TERM_TOO_LONG)).hasMessageContaining("2018-12-29");
    assertThatThrownBy(() -> CommitteeGenerators.committees(UNTIL, FROM)).hasMessageContaining("is empty");
  }
}
