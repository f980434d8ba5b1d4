package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.volunteer.StarLevel;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A volunteer's stated star level does not follow the stated cumulative hours (志愿者星级与累计服务时长不符): one to five
 * stars at 100, 300, 600, 1000 and 1500 hours ("达到" includes the bound). Checked only when both are stated. The
 * thresholds are the pack parameters {@link #THRESHOLDS}: the 2012 values are confirmed, but whether the 2020 measures
 * kept them is not, so this is a warning.
 */
@RuleDefinition(
    id = "linkage.volunteer.star-level-mismatch",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Instruments.RECORD_MEASURES_2012, article = "星级认定",
            confidence = Confidence.CONFIRMED, note = "100/300/600/1000/1500 hours: 1-5 stars (reference.md §5.2)"),
        @Basis(instrument = Instruments.CHONGQING_VOLUNTEER_REGULATION, article = "第三十五条",
            inForceFrom = Instruments.CHONGQING_VOLUNTEER_REGULATION_FROM, confidence = Confidence.PROVISIONAL,
            note = "按照国家有关标准实行注册志愿者星级认定制度; whether the 2020 measures kept the 2012 thresholds is [U]")})
public final class StarLevelMismatchRule implements Rule<Volunteer> {
  /** The minimum hours of one to five stars, as five parameters with the 2012 values as defaults. */
  public static final List<Parameter<Integer>> THRESHOLDS = List.of(
      Parameter.of("linkage.volunteer.star-1-hours", Integer.class, 100),
      Parameter.of("linkage.volunteer.star-2-hours", Integer.class, 300),
      Parameter.of("linkage.volunteer.star-3-hours", Integer.class, 600),
      Parameter.of("linkage.volunteer.star-4-hours", Integer.class, 1000),
      Parameter.of("linkage.volunteer.star-5-hours", Integer.class, 1500));
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StarLevelMismatchRule() {
    // stateless
  }

  @Override
  public Class<Volunteer> subjectType() {
    return Volunteer.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.copyOf(THRESHOLDS);
  }

  @Override
  public void check(Volunteer volunteer, RuleContext context, FindingCollector out) {
    if (volunteer.starLevel().isEmpty() || volunteer.totalHours().isEmpty()) {
      return;
    }
    List<Integer> thresholds = new ArrayList<>();
    THRESHOLDS.forEach(p -> thresholds.add(context.parameter(p)));
    BigDecimal hours = volunteer.totalHours().get();
    Optional<StarLevel> expected = StarLevel.forHours(hours, thresholds);
    if (!expected.equals(volunteer.starLevel())) {
      out.report(JsonPointer.of("starLevel"), Map.of(
          "volunteer", volunteer.volunteerNumber(),
          "stated", volunteer.starLevel().get(),
          "hours", hours,
          "expected", expected));
    }
  }
}
