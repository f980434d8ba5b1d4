package io.github.jiceng.governance.rules.burden;

import static io.github.jiceng.governance.rules.burden.BurdenFixtures.KAIZHOU_COMMUNITY;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.YUBEI_COMMUNITY;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.codes;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.AssignmentMode;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.burden.ReasonKind;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The admission rules and the review against the bundled Chongqing lists, in 渝北区. */
class AdmissionRulesTest {
  private static final LocalDate SPRING_2023 = LocalDate.of(2023, 3, 1);
  private static final ListCatalogues CHONGQING = BundledCatalogues.CHONGQING.catalogues();
  private static final AdmissionReview REVIEW = AdmissionReview.of(CHONGQING);
  private static final Validator VALIDATOR = Validator.builder(StandardPacks.forJurisdiction("500112"))
      .rethrowRuleFailures(true).build();

  private static List<Finding> findings(AdmissionRequest request) {
    return VALIDATOR.validate(request).findings();
  }

  @Test
  void aNegativeListTaskIsRefusedWhateverItClaims() {
    AdmissionRequest request = request("YB-1", SPRING_2023, "行政执法").withItemIds("cq.a09")
        .withLegalBasis("中华人民共和国行政处罚法");

    assertThat(findings(request)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.admission.negative-list");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo(Subject.of("admission-request", "YB-1"));
      assertThat(f.location().pointer().toString()).isEqualTo("/task");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("事项“行政执法”属于yubei@2023+chongqing@2019负面事项清单yb.n01 行政执法，不得交由500112101201承担");
      assertThat(f.message(Locale.ENGLISH)).contains("negative-list item yb.n01 行政执法").contains("cannot be admitted");
    });
    AdmissionDecision decision = REVIEW.decide(request);
    assertThat(decision.outcome()).isEqualTo(AdmissionOutcome.REFUSED);
    assertThat(decision.reasons().get(0).kind()).isEqualTo(ReasonKind.NEGATIVE_LIST);
    assertThat(decision.reasons().get(0).itemId()).contains("yb.n01");
    assertThat(decision.explain(Locale.SIMPLIFIED_CHINESE)).startsWith("YB-1：不予准入。理由：属于")
        .contains("负面事项清单第yb.n01项“行政执法”");
    assertThat(decision.explain(Locale.ENGLISH)).startsWith("YB-1: refused. Reasons: falls under negative-list item");
    assertThat(decision.catalogues()).containsExactly("yubei@2023", "chongqing@2019");
  }

  @Test
  void aListedFundedTaskIsAdmittedWithoutFindings() {
    AdmissionRequest request = request("YB-2", SPRING_2023, "协助开展爱国卫生运动和公共卫生工作");

    assertThat(findings(request)).isEmpty();
    AdmissionDecision decision = REVIEW.decide(request);
    assertThat(decision.outcome()).isEqualTo(AdmissionOutcome.ADMITTED_ON_LIST);
    assertThat(decision.reasons()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ReasonKind.ON_ASSISTANCE_LIST);
      assertThat(r.itemId()).contains("cq.a09");
      assertThat(r.basis().orElseThrow()).contains("重庆市民政局");
      assertThat(r.text(Locale.ENGLISH)).contains("assistance item cq.a09").contains("yubei@2023+chongqing@2019");
    });
  }

  @Test
  void aListedTaskWithoutFundingIsAdmittedWithAWarning() {
    AdmissionRequest request = request("YB-3", SPRING_2023, "协助做好征兵工作").withFunding(FundingOffer.NONE);

    assertThat(findings(request)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.admission.funding-missing");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("不提供经费").contains("费随事转");
      assertThat(f.attribute("funding")).contains("NONE");
      assertThat(f.legalBases()).extracting(b -> b.article().orElse("")).contains("第三十七条");
    });
    AdmissionDecision decision = REVIEW.decide(request);
    assertThat(decision.outcome()).isEqualTo(AdmissionOutcome.ADMITTED_ON_LIST);
    assertThat(decision.reasons()).extracting(r -> r.kind())
        .containsExactly(ReasonKind.ON_ASSISTANCE_LIST, ReasonKind.FUNDING_MISSING);
  }

  @Test
  void theFundingLawOfTheRequestDateIsCited() {
    AdmissionRequest before = request("YB-4", LocalDate.of(2025, 12, 31), "协助做好征兵工作")
        .withFunding(FundingOffer.NONE);
    AdmissionRequest after = request("YB-5", LocalDate.of(2026, 1, 1), "协助做好征兵工作")
        .withFunding(FundingOffer.NONE);

    assertThat(findings(before).get(0).legalBases()).extracting(b -> b.version().orElse(""))
        .contains("2018年修正").doesNotContain("2025年修正");
    assertThat(findings(after).get(0).legalBases()).extracting(b -> b.version().orElse(""))
        .contains("2025年修正").doesNotContain("2018年修正");
  }

  @Test
  void anUnlistedTaskIsRoutedRefusedBoughtOrReferred() {
    String task = "配合开展创建卫生城市专项检查";
    AdmissionRequest plain = request("YB-6", SPRING_2023, task).withFunding(FundingOffer.NONE);
    AdmissionRequest bought = request("YB-7", SPRING_2023, task).withFunding(FundingOffer.PURCHASE_OF_SERVICES);
    AdmissionRequest proposed = request("YB-8", SPRING_2023, task).withProposesListAddition(true);

    assertThat(findings(plain)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.admission.not-listed");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("只能通过政府购买服务实施或报500000审定纳入清单")
          .endsWith("审查结论：不予准入");
    });
    assertThat(REVIEW.decide(plain).outcome()).isEqualTo(AdmissionOutcome.REFUSED);

    assertThat(findings(bought)).isEmpty();
    assertThat(REVIEW.decide(bought).outcome()).isEqualTo(AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES);

    assertThat(findings(proposed)).singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).endsWith("outcome: referred for approval"));
    AdmissionDecision referred = REVIEW.decide(proposed);
    assertThat(referred.outcome()).isEqualTo(AdmissionOutcome.REFERRED_FOR_APPROVAL);
    assertThat(referred.referredTo()).contains(DivisionCode.parse("500000"));
    assertThat(referred.explain(Locale.SIMPLIFIED_CHINESE)).contains("须报500000审定后实施");
  }

  @Test
  void anUnlistedTaskByAdministrativeCommandIsAnError() {
    AdmissionRequest ordered = request("YB-9", SPRING_2023, "配合开展招商引资数据统计")
        .withMode(AssignmentMode.ADMINISTRATIVE_ORDER);
    AdmissionRequest listedOrder = request("YB-10", SPRING_2023, "协助做好征兵工作")
        .withMode(AssignmentMode.ADMINISTRATIVE_ORDER);

    assertThat(findings(ordered)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.admission.unlisted-order");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).startsWith("渝北区卫生健康委以行政命令方式交办").endsWith("有权拒绝");
    });
    assertThat(REVIEW.decide(ordered).reasons()).extracting(r -> r.kind()).contains(ReasonKind.ADMINISTRATIVE_ORDER);
    assertThat(findings(listedOrder)).isEmpty();
  }

  @Test
  void aSelfGovernanceItemIsNotAnAssistanceItem() {
    AdmissionRequest request = request("YB-11", SPRING_2023, "调解民间纠纷");

    assertThat(codes(findings(request))).containsExactly("burden.admission.not-listed");
    assertThat(REVIEW.decide(request).reasons()).extracting(r -> r.kind())
        .containsExactly(ReasonKind.OTHER_LIST, ReasonKind.NOT_ON_ASSISTANCE_LIST);
  }

  @Test
  void aClaimedItemThatIsNotInForceIsReported() {
    AdmissionRequest request = request("YB-12", SPRING_2023, "协助做好征兵工作").withItemIds("cq.a02", "cq.a99");

    assertThat(findings(request)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.admission.unknown-item");
      assertThat(f.attribute("ids")).contains("[cq.a99]");
      assertThat(f.location().pointer().toString()).isEqualTo("/itemIds");
    });
    assertThat(REVIEW.decide(request).outcome()).isEqualTo(AdmissionOutcome.ADMITTED_ON_LIST);
  }

  @Test
  void withoutListsTheRequestGetsOnlyAnInformationFinding() {
    AdmissionRequest request = request("YB-13", SPRING_2023, "行政执法");
    AdmissionRequest beforeTheCityLists = request("YB-14", LocalDate.of(2019, 6, 1), "行政执法");

    assertThat(Validator.builder(StandardPacks.national()).rethrowRuleFailures(true).build().validate(request)
        .findings()).singleElement().satisfies(f -> {
          assertThat(f.code().value()).isEqualTo("burden.admission.no-lists");
          assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    assertThat(codes(findings(beforeTheCityLists))).containsExactly("burden.admission.no-lists");
    AdmissionDecision decision = REVIEW.decide(beforeTheCityLists);
    assertThat(decision.outcome()).isEqualTo(AdmissionOutcome.REFUSED);
    assertThat(decision.reasons()).extracting(r -> r.kind()).startsWith(ReasonKind.NO_CATALOGUE);
  }

  @Test
  void theListsInForceOnTheRequestDateApply() {
    // 城市管理 is on the city's negative list from 2024-12-31; 渝北区's own list has 城市管理执法, another text.
    AdmissionRequest in2024 = request("YB-15", LocalDate.of(2024, 6, 3), "城市管理");
    AdmissionRequest in2025 = request("YB-16", LocalDate.of(2025, 3, 3), "城市管理");

    assertThat(codes(findings(in2024))).containsExactly("burden.admission.not-listed");
    assertThat(codes(findings(in2025))).containsExactly("burden.admission.negative-list");
    assertThat(codes(Validator.builder(StandardPacks.chongqing()).asOf(LocalDate.of(2025, 3, 3))
        .rethrowRuleFailures(true).build().validate(in2024).findings()))
        .as("an as-of date overrides the request date").containsExactly("burden.admission.negative-list");
    assertThat(REVIEW.decide(in2024).outcome()).isEqualTo(AdmissionOutcome.REFUSED);
    assertThat(REVIEW.decide(in2025).reasons().get(0).kind()).isEqualTo(ReasonKind.NEGATIVE_LIST);
  }

  @Test
  void targetsWithDifferentListsAreJudgedSeparately() {
    // 开州区 has no lists of its own: only the city's, where 行政执法 is not listed in 2023.
    AdmissionRequest request = request("YB-17", SPRING_2023, "行政执法").withTargets(BurdenFixtures.YUBEI_VILLAGE, KAIZHOU_COMMUNITY);

    List<Finding> findings = findings(request);
    assertThat(codes(findings)).containsExactlyInAnyOrder("burden.admission.negative-list",
        "burden.admission.not-listed");
    assertThat(findings).filteredOn(f -> f.code().value().endsWith("not-listed")).singleElement()
        .satisfies(f -> assertThat(f.attribute("targets")).contains("[500154001001]"));
    assertThat(REVIEW.decide(request).outcome()).isEqualTo(AdmissionOutcome.REFUSED);
  }

  @Test
  void aCommunityOnlyItemDoesNotCoverAVillage() {
    // yb.s12 组织开展社区服务和便民服务 applies to communities only.
    AdmissionRequest forVillage = request("YB-18", SPRING_2023, "协助做好征兵工作").withItemIds("yb.s12");
    AdmissionRequest forCommunity = ImmutableAdmissionRequest.copyOf(
        request("YB-19", SPRING_2023, "协助做好征兵工作").withItemIds("yb.s12")).withTargets(YUBEI_COMMUNITY);

    assertThat(codes(findings(forVillage))).containsExactly("burden.admission.unknown-item");
    assertThat(findings(forCommunity)).isEmpty();
  }

  @Test
  void manyRequestsAreDecidedInOrder() {
    List<AdmissionRequest> requests = List.of(
        request("B-1", SPRING_2023, "行政执法"),
        request("B-2", SPRING_2023, "协助做好征兵工作"),
        request("B-3", SPRING_2023, "配合开展专项检查").withFunding(FundingOffer.PURCHASE_OF_SERVICES),
        request("B-4", SPRING_2023, "配合开展专项检查").withProposesListAddition(true));

    assertThat(REVIEW.decideAll(requests)).extracting(AdmissionDecision::requestId, AdmissionDecision::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B-1", AdmissionOutcome.REFUSED),
            org.assertj.core.groups.Tuple.tuple("B-2", AdmissionOutcome.ADMITTED_ON_LIST),
            org.assertj.core.groups.Tuple.tuple("B-3", AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES),
            org.assertj.core.groups.Tuple.tuple("B-4", AdmissionOutcome.REFERRED_FOR_APPROVAL));
    assertThat(REVIEW.decide(requests.stream()).map(AdmissionDecision::outcome))
        .containsExactly(AdmissionOutcome.REFUSED, AdmissionOutcome.ADMITTED_ON_LIST,
            AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES, AdmissionOutcome.REFERRED_FOR_APPROVAL);
    assertThat(VALIDATOR.validate(requests).count(Severity.ERROR)).isEqualTo(1);
  }
}
