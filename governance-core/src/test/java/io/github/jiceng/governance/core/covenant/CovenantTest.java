package io.github.jiceng.governance.core.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.MeetingType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CovenantTest {
  private static final DivisionCode DINGXING = DivisionCode.parse("500154101201");

  private static ImmutableCovenant.Builder base(String id, int version) {
    return Covenant.builder().id(id).kind(CovenantKind.VILLAGE_RULES).unit(DINGXING).unitName("顶星村")
        .title("顶星村村规民约").version(version);
  }

  @Test
  void diffFindsAddedRemovedAmendedAndRenumberedClauses() {
    Covenant v1 = base("DX-2019", 1)
        .addClauses(Clause.of(1, "爱党爱国，遵纪守法。", ContentArea.DAILY_CONDUCT))
        .addClauses(Clause.of(2, "红白喜事从简办理。", ContentArea.CUSTOMS))
        .addClauses(Clause.of(3, "爱护公共设施。", ContentArea.PUBLIC_ORDER))
        .addClauses(Clause.of(4, "邻里纠纷协商解决。", ContentArea.DISPUTE_MEDIATION))
        .build();
    Covenant v2 = base("DX-2024", 2)
        .addClauses(Clause.of(1, "爱党爱国，遵纪守法。", ContentArea.DAILY_CONDUCT))
        .addClauses(Clause.of(2, "红白喜事从简办理，宴席不超过十桌。", ContentArea.CUSTOMS))
        .addClauses(Clause.of(4, "保障妇女儿童合法权益。", ContentArea.RIGHTS_AND_INTERESTS))
        .addClauses(Clause.of(5, "邻里纠纷协商解决。", ContentArea.DISPUTE_MEDIATION))
        .build();

    CovenantDiff diff = v1.diff(v2);

    assertThat(diff.amended()).extracting(c -> c.before().orElseThrow().number()).containsExactly(2);
    assertThat(diff.removed()).extracting(Clause::number).containsExactly(3);
    assertThat(diff.added()).extracting(Clause::number).containsExactly(4);
    assertThat(diff.changes(ChangeKind.RENUMBERED)).singleElement().satisfies(c -> {
      assertThat(c.before().orElseThrow().number()).isEqualTo(4);
      assertThat(c.after().orElseThrow().number()).isEqualTo(5);
    });
    assertThat(diff.toString())
        .isEqualTo("CovenantDiff[DX-2019 -> DX-2024: 1 added, 1 removed, 1 amended, 1 renumbered]");
    assertThat(v2.diff(v1).removed()).extracting(Clause::number).containsExactly(4);
    assertThat(v2.diff(v1).added()).extracting(Clause::number).containsExactly(3);
    assertThat(v1.diff(v1).isEmpty()).isTrue();
  }

  @Test
  void rejectsDuplicateClauseNumbersAndAHistoryOutOfOrder() {
    assertThatThrownBy(() -> base("X", 1).addClauses(Clause.of(1, "甲", ContentArea.CUSTOMS),
        Clause.of(1, "乙", ContentArea.CUSTOMS)).build()).hasMessageContaining("two clauses have number 1");
    assertThatThrownBy(() -> base("X", 1)
        .addStatusHistory(StatusChange.of(CovenantStatus.ADOPTED, LocalDate.of(2024, 3, 20)),
            StatusChange.of(CovenantStatus.DRAFT, LocalDate.of(2024, 1, 1))).build())
        .hasMessageContaining("not in date order");
    assertThatThrownBy(() -> base("X", 0).build()).hasMessageContaining("version must be 1 or more");
  }

  @Test
  void theRecordDateIsTheVoteAndStepsAreListedInOrder() {
    AdoptionRecord record = AdoptionRecord.builder()
        .vote(AdoptionVote.of(LocalDate.of(2024, 3, 20), "M1", MeetingType.VILLAGERS_MEETING, true))
        .solicitation(AdoptionStep.of(LocalDate.of(2024, 1, 10), "座谈会"))
        .review(Review.of(LocalDate.of(2024, 2, 1), ReviewBody.TOWNSHIP, ReviewResult.APPROVED,
            LocalDate.of(2024, 2, 20)))
        .build();
    Covenant covenant = base("DX", 1).adoption(record)
        .addStatusHistory(StatusChange.of(CovenantStatus.ADOPTED, LocalDate.of(2024, 3, 20))).build();

    assertThat(covenant.date()).contains(LocalDate.of(2024, 3, 20));
    assertThat(covenant.status()).contains(CovenantStatus.ADOPTED);
    assertThat(record.datedSteps().keySet())
        .containsExactly(AdoptionStepKind.SOLICITATION, AdoptionStepKind.REVIEW, AdoptionStepKind.VOTE);
    assertThat(base("DX", 1).build().date()).isEmpty();
    assertThatThrownBy(() -> Review.of(LocalDate.of(2024, 2, 1), ReviewBody.TOWNSHIP, ReviewResult.APPROVED,
        LocalDate.of(2024, 1, 20))).hasMessageContaining("before it was submitted");
  }
}
