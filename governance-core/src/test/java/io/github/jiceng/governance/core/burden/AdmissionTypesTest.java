package io.github.jiceng.governance.core.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AdmissionTypesTest {
  private static ImmutableAdmissionRequest.Builder request() {
    return AdmissionRequest.builder().id("R-1").date(LocalDate.of(2025, 3, 3)).requestingDepartment("区民政局")
        .departmentJurisdiction(DivisionCode.parse("500112")).task("协助征兵")
        .periodStart(LocalDate.of(2025, 5, 6)).funding(FundingOffer.NONE);
  }

  @Test
  void aRequestNeedsTargetsAtOrBelowCountyLevelAndAPeriodInOrder() {
    assertThatThrownBy(() -> request().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("admission request R-1 has no targets; expected at least one village, community, township or"
            + " district code");
    assertThatThrownBy(() -> request().addTargets(DivisionCode.parse("500000")).build())
        .hasMessageContaining("target 500000000000 is a PROVINCE code");
    assertThatThrownBy(() -> request().addTargets(DivisionCode.parse("500112")).periodEnd(LocalDate.of(2025, 5, 5))
        .build()).hasMessage("admission request R-1: period ends 2025-05-05 before it starts 2025-05-06");
    AdmissionRequest ok = request().addTargets(DivisionCode.parse("500112")).build();
    assertThat(ok.mode()).isEqualTo(AssignmentMode.APPLICATION);
    assertThat(ok.proposesListAddition()).isFalse();
    assertThat(ok.toString()).isEqualTo("AdmissionRequest[R-1 2025-03-03 区民政局: 协助征兵, 1 target]");
  }

  @Test
  void reasonsAndDecisionsExplainThemselvesInBothLanguages() {
    DecisionReason negative = DecisionReason.builder().kind(ReasonKind.NEGATIVE_LIST).itemId("yb.n01")
        .itemName("行政执法").list(ListKind.NEGATIVE).catalogue("yb@2023").basis("渝北区负面清单").build();
    DecisionReason referred = DecisionReason.builder().kind(ReasonKind.REFERRED)
        .approver(DivisionCode.parse("500000")).build();

    assertThat(negative.text(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("属于yb@2023负面事项清单第yb.n01项“行政执法”，不得交由村（社区）承担（依据：渝北区负面清单）");
    assertThat(negative.text(Locale.ENGLISH)).isEqualTo("falls under negative-list item yb.n01 \"行政执法\" of yb@2023"
        + " and must not be given to villages or communities (basis: 渝北区负面清单)");
    assertThat(referred.text(Locale.CHINA)).isEqualTo("申请将该事项纳入清单，须报500000审定后实施");
    assertThat(DecisionReason.of(ReasonKind.NOT_ON_ASSISTANCE_LIST).text(Locale.ENGLISH))
        .isEqualTo("is not on the assistance list of —; the village or community may refuse it");

    AdmissionDecision decision = AdmissionDecision.builder().requestId("R-1").date(LocalDate.of(2025, 3, 10))
        .outcome(AdmissionOutcome.REFUSED).addReasons(negative).addCatalogues("yb@2023").build();
    assertThat(decision.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo("R-1：不予准入。理由："
        + negative.text(Locale.SIMPLIFIED_CHINESE) + "。");
    assertThat(decision.explain(Locale.ENGLISH)).isEqualTo("R-1: refused. Reasons: "
        + negative.text(Locale.ENGLISH) + ".");
    assertThat(decision.toString()).isEqualTo("AdmissionDecision[R-1 2025-03-10 REFUSED, 1 reason]");
    assertThatThrownBy(() -> AdmissionDecision.builder().requestId("R-1").date(LocalDate.of(2025, 3, 10))
        .outcome(AdmissionOutcome.REFERRED_FOR_APPROVAL).build()).hasMessageContaining("names no approving");
  }

  @Test
  void everyReasonKindRendersWithoutLeftoverPlaceholders() {
    for (ReasonKind kind : ReasonKind.values()) {
      DecisionReason full = DecisionReason.builder().kind(kind).itemId("i").itemName("n").list(ListKind.NEGATIVE)
          .catalogue("c@1").basis("b").approver(DivisionCode.parse("500000")).build();
      for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
        assertThat(full.text(locale)).as(kind + " " + locale).doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void aCertificateRequestIsForAVillageLevelUnitAndMasksTheApplicant() {
    CertificateRequest request = CertificateRequest.builder().id("C-1").date(LocalDate.of(2025, 4, 2))
        .community(DivisionCode.parse("500113002001")).certificate("亲属关系证明")
        .applicant(ResidentIdNumber.parse("11010519491231002X")).build();

    assertThat(request.toString()).isEqualTo("CertificateRequest[C-1 2025-04-02 500113002001: 亲属关系证明,"
        + " applicant 110105********002X]");
    assertThatThrownBy(() -> CertificateRequest.builder().id("C-2").date(LocalDate.of(2025, 4, 2))
        .community(DivisionCode.parse("500113")).certificate("x").build())
        .hasMessageContaining("expected a village-level code");
  }
}
