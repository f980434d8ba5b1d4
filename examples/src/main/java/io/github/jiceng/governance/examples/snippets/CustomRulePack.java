package io.github.jiceng.governance.examples.snippets;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A custom rule and a local rule pack that overlays a standard one (自定义规则与本地规则包): the district wants the amount
 * stated when funds follow a task, and treats a late application as an error. Messages: messages*.properties here.
 */
public final class CustomRulePack {
  /** The district's rule: funds follow the task, but the request states no amount. */
  @RuleDefinition(id = "local.admission.amount-missing", severity = Severity.WARNING, basis = @Basis(
      instrument = "某区村（社区）工作事项准入实施细则（示例）", confidence = Confidence.PROVISIONAL))
  public static final class AmountMissingRule implements Rule<AdmissionRequest> {
    private static final long serialVersionUID = 1L;

    @Override
    public Class<AdmissionRequest> subjectType() { return AdmissionRequest.class; }

    @Override
    public void check(AdmissionRequest request, RuleContext context, FindingCollector out) {
      if (request.funding() == FundingOffer.FUNDS_FOLLOW_TASK && request.fundingAmount().isEmpty()) {
        out.report(JsonPointer.of("fundingAmount"), Map.of("task", request.task()));
      }
    }
  }

  /** @param args not used */
  public static void main(String[] args) {
    RulePack district = RulePack.builder("cn.chongqing.d500112.local", "2026.1", "500112")
        .parent(StandardPacks.forJurisdiction("500112"))
        .rules(new AmountMissingRule())
        .overrideSeverity("burden.admission.late-application", Severity.ERROR, "本区要求提前30个工作日申请（示例）")
        .build();
    AdmissionRequest request = AdmissionRequest.builder().id("YB-2025-020").date(LocalDate.of(2025, 3, 3))
        .requestingDepartment("渝北区农业农村委").departmentJurisdiction(DivisionCode.parse("500112"))
        .task("协助开展农村人居环境整治").addItemIds("cq.a21").addTargets(DivisionCode.parse("500112101201"))
        .periodStart(LocalDate.of(2025, 4, 1)).funding(FundingOffer.FUNDS_FOLLOW_TASK).build();
    Validator.of(district).validate(request).findings().forEach(f -> System.out.println(f.code().value() + " "
        + f.severity() + " " + f.location().pointer() + "\n  " + f.message(Locale.SIMPLIFIED_CHINESE)
        + "\n  " + f.message(Locale.ENGLISH)));
  }
}
