package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.Map;

/**
 * A district without a social-work guidance centre (区县未建社会工作指导中心). Left side: the district's centres open on
 * the evaluation date; operator: {@link ComparisonOperator#AT_LEAST}; right side: 1.
 */
@RuleDefinition(
    id = "service.district.centre-missing",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.STATION_PROGRAMME, version = Instruments.STATION_PROGRAMME_VERSION,
        confidence = Confidence.CONFIRMED,
        note = "build the 县（区）、乡镇（街道）、村（社区）三级社会工作服务体系 (reference.md §4 [C]); the district tier is"
            + " called 区县社会工作指导中心 (\"一县一中心\") locally [S]; a policy goal, hence a warning"))
public final class DistrictCentreMissingRule implements Rule<District> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DistrictCentreMissingRule() {
    // stateless
  }

  @Override
  public Class<District> subjectType() {
    return District.class;
  }

  @Override
  public void check(District district, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!district.isInForceOn(day)) {
      return;
    }
    Systems.of(context, district.code()).ifPresent(system -> {
      if (!ComparisonOperator.AT_LEAST.holds(system.centresOn(day).size(), 1)) {
        out.report(Map.of("name", district.name(), "code", district.code().gbCode(), "date", day));
      }
    });
  }
}
