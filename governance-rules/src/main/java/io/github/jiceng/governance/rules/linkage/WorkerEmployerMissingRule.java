package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/**
 * A social worker's employer is not among the records (社会工作者的用人单位不存在): the station, organisation or committee
 * the record names is missing, so the worker cannot count towards that employer's staffing. Reported only when the
 * lookup holds every record of the employer's type.
 */
@RuleDefinition(
    id = "linkage.worker.employer-missing",
    severity = Severity.ERROR,
    basis = @Basis(instrument = "民政部 推进乡镇（街道）社会工作服务站建设（三级社会工作服务体系）", version = "2021年",
        confidence = Confidence.CONFIRMED,
        note = "reference.md §4: station staffing (resident social workers) is an indicator of the three-tier system;"
            + " a worker must belong to a known employer to be counted"))
public final class WorkerEmployerMissingRule implements Rule<SocialWorker> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public WorkerEmployerMissingRule() {
    // stateless
  }

  @Override
  public Class<SocialWorker> subjectType() {
    return SocialWorker.class;
  }

  @Override
  public void check(SocialWorker worker, RuleContext context, FindingCollector out) {
    if (Lookups.isMissing(context, worker.employer())) {
      out.report(JsonPointer.of("employer"), Map.of(
          "worker", worker.id(), "employer", worker.employer().toString(), "type", worker.employer().type()));
    }
  }
}
