package io.github.jiceng.governance.core.council;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A matter raised by residents and triaged (三事分流事项): what it is, when it was raised, its class (大事, 小事 or
 * 私事), the body that handles it and the route taken.
 *
 * <pre>{@code
 * RaisedMatter m = RaisedMatter.builder().id("JZ-M-0042").unit(DivisionCode.parse("500154001001"))
 *     .raised(LocalDate.of(2024, 7, 1)).description("小区主干道路灯损坏").matterClass(MatterClass.MINOR)
 *     .handledBy(HandlingBody.VILLAGE_OR_COMMUNITY_COMMITTEE).route("居民议事会协商，物业维修").build();
 * }</pre>
 */
@Value.Immutable
public abstract class RaisedMatter {
  RaisedMatter() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableRaisedMatter.Builder builder() {
    return new ImmutableRaisedMatter.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the village or community where the matter was raised.
   *
   * @return a village-level division code
   */
  public abstract DivisionCode unit();

  /**
   * Returns the day the matter was raised.
   *
   * @return the date
   */
  public abstract LocalDate raised();

  /**
   * Returns what the matter is.
   *
   * @return the description
   */
  @NotBlank
  public abstract String description();

  /**
   * Returns the class the matter was triaged into.
   *
   * @return 大事, 小事 or 私事
   */
  public abstract MatterClass matterClass();

  /**
   * Returns the body that handles the matter.
   *
   * @return the body
   */
  public abstract HandlingBody handledBy();

  /**
   * Returns the route taken, such as {@code "转区城市管理局"}.
   *
   * @return the route, or empty
   */
  public abstract Optional<String> route();

  @Value.Check
  void check() {
    if (unit().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("matter " + id() + ": unit " + unit() + " is not a village-level code");
    }
  }

  /** Returns for example {@code "RaisedMatter[JZ-M-0042 MINOR -> VILLAGE_OR_COMMUNITY_COMMITTEE: 小区主干道路灯损坏]"}. */
  @Override
  public String toString() {
    return "RaisedMatter[" + id() + " " + matterClass() + " -> " + handledBy() + ": " + description() + "]";
  }
}
