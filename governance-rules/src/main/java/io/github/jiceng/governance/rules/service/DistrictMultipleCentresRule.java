package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.GuidanceCentre;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A district with more guidance centres than the pack allows (区县社会工作指导中心重复设置). Left side: the district's
 * centres open on the evaluation date; operator: {@link ComparisonOperator#AT_MOST}; right side: the parameter
 * {@link #MAXIMUM} (default 1, "一县一中心").
 */
@RuleDefinition(
    id = "service.district.multiple-centres",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_TIER_SCHEMES, confidence = Confidence.SINGLE_SOURCE,
        note = "\"一县一中心\" (reference.md §4 [S]); a pack may allow more with service.centre.maximum-per-district"))
public final class DistrictMultipleCentresRule implements Rule<District> {
  /** The most centres a district may have open on one day; default 1. */
  public static final Parameter<Integer> MAXIMUM =
      Parameter.of("service.centre.maximum-per-district", Integer.class, 1);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DistrictMultipleCentresRule() {
    // stateless
  }

  @Override
  public Class<District> subjectType() {
    return District.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MAXIMUM);
  }

  @Override
  public void check(District district, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!district.isInForceOn(day)) {
      return;
    }
    int maximum = context.parameter(MAXIMUM);
    Systems.of(context, district.code()).ifPresent(system -> {
      List<GuidanceCentre> centres = system.centresOn(day);
      if (!ComparisonOperator.AT_MOST.holds(centres.size(), maximum)) {
        out.report(Map.of("name", district.name(), "code", district.code().gbCode(), "date", day,
            "count", centres.size(), "maximum", maximum,
            "centres", centres.stream().map(ServiceUnit::id).collect(Collectors.toList())));
      }
    });
  }
}
