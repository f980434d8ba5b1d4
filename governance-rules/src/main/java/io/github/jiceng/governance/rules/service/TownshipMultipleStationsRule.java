package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.territory.Township;
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
 * A township or street with more social-work stations than the pack allows (乡镇（街道）社工站重复设置). Left side: the
 * township's stations open on the evaluation date; operator: {@link ComparisonOperator#AT_MOST}; right side: the
 * parameter {@link #MAXIMUM} (default 1, "一乡镇（街道）一站点"). Several stations usually mean a duplicate or a
 * station that closed without a closing date.
 */
@RuleDefinition(
    id = "service.township.multiple-stations",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_TIER_SCHEMES, confidence = Confidence.SINGLE_SOURCE,
        note = "\"一乡镇（街道）一站点\" (reference.md §4 [S]); a pack may allow more with"
            + " service.station.maximum-per-township"))
public final class TownshipMultipleStationsRule implements Rule<Township> {
  /** The most stations a township may have open on one day; default 1. */
  public static final Parameter<Integer> MAXIMUM =
      Parameter.of("service.station.maximum-per-township", Integer.class, 1);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public TownshipMultipleStationsRule() {
    // stateless
  }

  @Override
  public Class<Township> subjectType() {
    return Township.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MAXIMUM);
  }

  @Override
  public void check(Township township, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!township.isInForceOn(day)) {
      return;
    }
    int maximum = context.parameter(MAXIMUM);
    Systems.of(context, township.code()).ifPresent(system -> {
      List<SocialWorkStation> stations = system.stationsOf(township.code(), day);
      if (!ComparisonOperator.AT_MOST.holds(stations.size(), maximum)) {
        out.report(Map.of("name", township.name(), "code", township.code().value(), "date", day,
            "count", stations.size(), "maximum", maximum,
            "stations", stations.stream().map(ServiceUnit::id).collect(Collectors.toList())));
      }
    });
  }
}
