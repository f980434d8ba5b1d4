package io.github.jiceng.governance.core.service;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The premises of a service unit (服务阵地): where it is, how large, how well equipped, and whether it shares the
 * rooms of another body (such as a party-mass service centre, 党群服务中心).
 *
 * <p>Construction rejects a negative floor area or equipment value. Amounts are yuan (元), areas square metres.
 *
 * <pre>{@code
 * Premises premises = Premises.builder().address("开州区满月镇政府便民服务中心二楼")
 *     .floorArea(new BigDecimal("120")).equipmentValue(new BigDecimal("45000.00")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Premises {
  Premises() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutablePremises.Builder builder() {
    return new ImmutablePremises.Builder();
  }

  /**
   * Returns the address.
   *
   * @return the address; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String address();

  /**
   * Returns the floor area in square metres (使用面积).
   *
   * @return the area, at least 0, or empty if not recorded
   */
  public abstract Optional<BigDecimal> floorArea();

  /**
   * Returns the value of the equipment in yuan (设施设备价值); some local schemes set a minimum.
   *
   * @return the value, at least 0, or empty if not recorded
   */
  public abstract Optional<BigDecimal> equipmentValue();

  /**
   * Returns the body whose rooms the unit shares, if any.
   *
   * @return for example {@code 党群服务中心}, or empty if the premises are the unit's own
   */
  public abstract Optional<String> sharedWith();

  @Value.Check
  void check() {
    floorArea().ifPresent(area -> Amounts.requireNonNegative("Premises", address(), "floor area", area));
    equipmentValue().ifPresent(value -> Amounts.requireNonNegative("Premises", address(), "equipment value", value));
  }

  /** Returns for example {@code "Premises[满月镇便民服务中心二楼, 120 m², equipment 45000.00]"}. */
  @Override
  public String toString() {
    return "Premises[" + address() + floorArea().map(a -> ", " + a.toPlainString() + " m²").orElse("")
        + equipmentValue().map(v -> ", equipment " + v.toPlainString()).orElse("")
        + sharedWith().map(s -> ", shared with " + s).orElse("") + "]";
  }
}
