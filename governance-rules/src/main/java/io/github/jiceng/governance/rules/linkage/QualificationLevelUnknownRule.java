package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * A social worker's certificate has a level that was not awarded in its year (社会工作者职业水平证书等级与年份不符): the
 * assistant and intermediate levels exist since the first examinations of 2008, the senior level since the first
 * senior examination of 2019; a year after the evaluation year is not a known certificate either.
 */
@RuleDefinition(
    id = "linkage.worker.level-unknown",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = "社会工作者职业水平评价暂行规定（人事部、民政部）", version = "2006年",
            inForceFrom = "2006-07-20", confidence = Confidence.CONFIRMED,
            note = "reference.md §4: 助理社会工作师 and 社会工作师 by examination, first examinations 2008"),
        @Basis(instrument = "高级社会工作师评价办法（人社部规〔2018〕2号）",
            confidence = Confidence.SINGLE_SOURCE,
            note = "reference.md §4: 高级社会工作师 by examination and review, first senior examination 2019; the"
                + " measures' own date is not checked")})
public final class QualificationLevelUnknownRule implements Rule<SocialWorker> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public QualificationLevelUnknownRule() {
    // stateless
  }

  @Override
  public Class<SocialWorker> subjectType() {
    return SocialWorker.class;
  }

  @Override
  public void check(SocialWorker worker, RuleContext context, FindingCollector out) {
    int lastYear = context.evaluationDate().getYear();
    List<Qualification> qualifications = worker.qualifications();
    for (int i = 0; i < qualifications.size(); i++) {
      Qualification q = qualifications.get(i);
      if (q.year() < q.level().firstAwardYear() || q.year() > lastYear) {
        out.report(JsonPointer.of("qualifications", Integer.toString(i), "year"), Map.of(
            "worker", worker.id(),
            "certificate", q.certificateNumber(),
            "level", q.level(),
            "year", q.year(),
            "firstYear", q.level().firstAwardYear(),
            "lastYear", lastYear));
      }
    }
  }
}
