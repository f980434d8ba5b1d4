package io.github.jiceng.governance.core.service;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * A village or community social-work room (村（社区）社工室): the bottom tier, a place in a village or community where
 * the station's social workers, community workers and volunteers serve residents.
 *
 * <p>Its {@link #territoryCode()} must be village-level (checked at construction). The room belongs to the station
 * of its village's township; the {@link ServiceSystem} finds it by the code, so the record states no station. Its
 * staff are the social workers listed in {@link #staffIds()} (a room cannot be a worker's employer in the linkage
 * model; a station's worker who also serves a room is counted once in district totals).
 *
 * <pre>{@code
 * SocialWorkRoom dingxing = SocialWorkRoom.builder()
 *     .id("RM-500154101201").name("顶星村社会工作室").territoryCode(DivisionCode.parse("500154101201"))
 *     .openedOn(LocalDate.of(2022, 3, 1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class SocialWorkRoom implements ServiceUnit {
  SocialWorkRoom() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableSocialWorkRoom.Builder builder() {
    return new ImmutableSocialWorkRoom.Builder();
  }

  /**
   * Returns {@link ServiceTier#VILLAGE}.
   *
   * @return the village tier
   */
  @Override
  public final ServiceTier tier() {
    return ServiceTier.VILLAGE;
  }

  /**
   * Returns the ids of the social workers posted at the room ({@code social-worker} records).
   *
   * @return the ids, possibly none
   */
  public abstract List<@NotBlank String> staffIds();

  @Value.Check
  void check() {
    UnitChecks.check("SocialWorkRoom", this);
  }

  /** Returns for example {@code "SocialWorkRoom[RM-500154101201 顶星村社会工作室, 500154101201, opened 2022-03-01]"}. */
  @Override
  public String toString() {
    return "SocialWorkRoom[" + UnitChecks.describe(this) + (staffIds().isEmpty() ? "" : ", staff " + staffIds())
        + "]";
  }
}
