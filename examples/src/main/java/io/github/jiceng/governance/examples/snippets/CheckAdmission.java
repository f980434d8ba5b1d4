package io.github.jiceng.governance.examples.snippets;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CatalogueDiff;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.json.burden.AdmissionBatch;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.burden.AdmissionReview;
import io.github.jiceng.governance.rules.burden.BundledCatalogues;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks an admission request (准入申请) against Chongqing's four lists: the decision with its reasons in Chinese and
 * English, the rule pack's findings, and what changed for one village between two versions of the lists. The
 * request is the worked example of docs/domain/four-lists.md (the bundled item texts are partly illustrative).
 */
public final class CheckAdmission {
  private CheckAdmission() {
  }

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    DivisionCode village = DivisionCode.parse("500112101201");
    AdmissionRequest request = AdmissionRequest.builder()
        .id("YB-2025-014").date(LocalDate.of(2025, 3, 3))
        .requestingDepartment("渝北区城市管理局").departmentJurisdiction(DivisionCode.parse("500112"))
        .task("城市管理").addItemIds("cq.a21")
        .addTargets(DivisionCode.parse("500112001001"), village)
        .periodStart(LocalDate.of(2025, 4, 1)).funding(FundingOffer.FUNDS_FOLLOW_TASK)
        .build();

    AdmissionReview review = AdmissionReview.of(BundledCatalogues.CHONGQING.catalogues());
    AdmissionDecision decision = review.decide(request, LocalDate.of(2025, 3, 10));
    System.out.println(decision.explain(Locale.SIMPLIFIED_CHINESE));
    System.out.println(decision.explain(Locale.ENGLISH));

    Validator validator = Validator.of(StandardPacks.forJurisdiction("500112"));
    for (Finding finding : validator.validate(request).findings()) {
      System.out.println(finding.code().value() + " " + finding.severity() + " " + finding.location().pointer()
          + "\n  " + finding.message(Locale.SIMPLIFIED_CHINESE) + "\n  " + finding.message(Locale.ENGLISH));
    }

    CatalogueDiff changed = AdmissionBatch.of(validator)
        .changesFor(village, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1));
    System.out.println(changed);
    changed.added().forEach(item -> System.out.println("  + " + item));
  }
}
