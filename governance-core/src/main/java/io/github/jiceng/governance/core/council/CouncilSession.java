package io.github.jiceng.governance.core.council;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A session of a council (议事会会议): when, how many members attended, the topics and the resolutions reached.
 *
 * <pre>{@code
 * CouncilSession s = CouncilSession.builder().id("JZ-YSH-2024-05").councilId("JZ-YSH")
 *     .date(LocalDate.of(2024, 5, 8)).attended(6).addTopics("小区停车位划分").addResolutions("按楼栋轮换").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CouncilSession {
  CouncilSession() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableCouncilSession.Builder builder() {
    return new ImmutableCouncilSession.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the id of the council.
   *
   * @return the council's id
   */
  @NotBlank
  public abstract String councilId();

  /**
   * Returns the day of the session.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns how many members attended.
   *
   * @return 0 or more
   */
  public abstract int attended();

  /**
   * Returns the topics discussed.
   *
   * @return the topics
   */
  public abstract List<String> topics();

  /**
   * Returns the resolutions reached (议定事项).
   *
   * @return the resolutions, possibly none
   */
  public abstract List<String> resolutions();

  @Value.Check
  void check() {
    if (attended() < 0) {
      throw new IllegalArgumentException("council session " + id() + ": attended must be 0 or more, but is "
          + attended());
    }
  }

  /** Returns for example {@code "CouncilSession[JZ-YSH-2024-05 of JZ-YSH on 2024-05-08, 6 attended]"}. */
  @Override
  public String toString() {
    return "CouncilSession[" + id() + " of " + councilId() + " on " + date() + ", " + attended() + " attended, "
        + resolutions().size() + " resolution(s)]";
  }
}
