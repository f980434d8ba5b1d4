package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.Premises;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A station's equipment below the local standard (社工站设施设备不达标). Left side: the equipment value its premises
 * record states, in yuan; operator: {@link ComparisonOperator#AT_LEAST}; right side: the parameter {@link #MINIMUM}.
 * The default 0 switches the rule off; {@link ServiceStandards#example} sets 40,000 yuan. Stations whose equipment
 * value is not recorded are not judged. Judged for stations open on the evaluation date.
 */
@RuleDefinition(
    id = "service.station.equipment-below-standard",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_STATION_STANDARDS, confidence = Confidence.SINGLE_SOURCE,
        note = "no national standard [U]; a provincial scheme asks at least 40,000 yuan of equipment (reference.md §4"
            + " [S, low quality]); parameter service.station.minimum-equipment-yuan, default 0 (off)"))
public final class StationEquipmentRule implements Rule<SocialWorkStation> {
  /** The lowest equipment value in yuan ("不低于"); default 0, which switches the rule off. */
  public static final Parameter<BigDecimal> MINIMUM =
      Parameter.of("service.station.minimum-equipment-yuan", BigDecimal.class, BigDecimal.ZERO);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StationEquipmentRule() {
    // stateless
  }

  @Override
  public Class<SocialWorkStation> subjectType() {
    return SocialWorkStation.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MINIMUM);
  }

  @Override
  public void check(SocialWorkStation station, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    BigDecimal minimum = context.parameter(MINIMUM);
    Optional<BigDecimal> equipment = station.premises().flatMap(Premises::equipmentValue);
    if (minimum.signum() <= 0 || !station.isOpenOn(day) || equipment.isEmpty()) {
      return;
    }
    if (!ComparisonOperator.AT_LEAST.holds(equipment.get(), minimum)) {
      out.report(JsonPointer.of("premises", "equipmentValue"), Map.of("id", station.id(), "name", station.name(),
          "equipment", equipment.get(), "minimum", minimum));
    }
  }
}
