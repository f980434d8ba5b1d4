package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A district's community social organisations below the 2017 targets (社区社会组织数量未达目标). Left side: the
 * indicators {@link ServiceIndicators#ORGANISATIONS_PER_URBAN_COMMUNITY} and {@link
 * ServiceIndicators#ORGANISATIONS_PER_RURAL_COMMUNITY} on the evaluation date (exact ratios); operator: {@link
 * ComparisonOperator#AT_LEAST}; right side: the parameters {@link #URBAN_TARGET} (10) and {@link #RURAL_TARGET} (5).
 * Reported once per kind of community that misses its target. Judged when the lookup holds the district's system and
 * the system has social organisations at all.
 */
@RuleDefinition(
    id = "service.district.organisations-below-target",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.COMMUNITY_ORGANISATION_OPINION, confidence = Confidence.CONFIRMED,
        note = "target for 2020: on average at least 10 community social organisations per urban community and 5 per"
            + " rural community (reference.md §6.1 [C]); a target, hence a warning"))
public final class DistrictOrganisationsRule implements Rule<District> {
  /** The average per urban community to reach ("不少于"); default 10. */
  public static final Parameter<Integer> URBAN_TARGET =
      Parameter.of("service.organisations.urban-target", Integer.class, 10);
  /** The average per rural community to reach ("不少于"); default 5. */
  public static final Parameter<Integer> RURAL_TARGET =
      Parameter.of("service.organisations.rural-target", Integer.class, 5);
  private static final long serialVersionUID = 1L;
  private static final BilingualText URBAN = BilingualText.of("城市社区", "urban communities");
  private static final BilingualText RURAL = BilingualText.of("农村社区", "rural communities");

  /** Creates the rule. */
  public DistrictOrganisationsRule() {
    // stateless
  }

  @Override
  public Class<District> subjectType() {
    return District.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(URBAN_TARGET, RURAL_TARGET);
  }

  @Override
  public void check(District district, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!district.isInForceOn(day)) {
      return;
    }
    ReportingPeriod onDay = ReportingPeriod.of(day, day.plusDays(1));
    Systems.of(context, district.code()).filter(system -> !system.organisations().isEmpty()).ifPresent(system -> {
      check(district, ServiceIndicators.ORGANISATIONS_PER_URBAN_COMMUNITY.compute(system, district.code(), onDay),
          URBAN, context.parameter(URBAN_TARGET), out);
      check(district, ServiceIndicators.ORGANISATIONS_PER_RURAL_COMMUNITY.compute(system, district.code(), onDay),
          RURAL, context.parameter(RURAL_TARGET), out);
    });
  }

  private static void check(District district, IndicatorValue value, BilingualText kind, int target,
      FindingCollector out) {
    BigDecimal standard = BigDecimal.valueOf(target);
    if (value.isDefined() && !value.satisfies(ComparisonOperator.AT_LEAST, standard)) {
      out.report(Map.of("name", district.name(), "kind", kind, "organisations", value.numerator(),
          "communities", value.denominator(), "average", value.value().orElseThrow(), "target", target,
          "indicator", value.indicator().id()));
    }
  }
}
