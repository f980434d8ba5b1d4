package io.github.jiceng.governance.core.linkage.project;

import io.github.jiceng.governance.core.linkage.ActorRef;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage of a linkage project (项目阶段): its kind, the actor responsible, when it started and ended, and the
 * evidence that it happened (佐证材料: minutes, a needs survey, a design document, receipts, photographs).
 *
 * <p>Construction rejects an end before the start.
 *
 * <pre>{@code
 * ProjectStage need = ProjectStage.of(StageKind.NEED_DISCOVERY,
 *     ActorRef.of(ActorType.COMMUNITY_COMMITTEE, "500154101001-RC"), LocalDate.of(2026, 3, 2));
 * }</pre>
 */
@Value.Immutable
public abstract class ProjectStage {
  ProjectStage() {
  }

  /**
   * Returns a stage with a start day only and no evidence.
   *
   * @param kind the kind of stage, not null
   * @param actor the responsible actor, not null
   * @param start the first day, not null
   * @return the stage
   * @throws NullPointerException if an argument is null
   */
  public static ProjectStage of(StageKind kind, ActorRef actor, LocalDate start) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(start, "start");
    return builder().kind(kind).actor(actor).start(start).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableProjectStage.Builder builder() {
    return new ImmutableProjectStage.Builder();
  }

  /**
   * Returns the kind of stage.
   *
   * @return the kind
   */
  public abstract StageKind kind();

  /**
   * Returns the actor responsible for the stage.
   *
   * @return the actor
   */
  @Valid
  public abstract ActorRef actor();

  /**
   * Returns the first day of the stage.
   *
   * @return the first day
   */
  public abstract LocalDate start();

  /**
   * Returns the last day of the stage.
   *
   * @return the last day (inclusive), or empty if it is going on or not recorded
   */
  public abstract Optional<LocalDate> end();

  /**
   * Returns references to the evidence of the stage, such as document numbers or file names.
   *
   * @return the evidence, possibly none
   */
  public abstract List<String> evidence();

  @Value.Check
  void check() {
    end().ifPresent(end -> {
      if (end.isBefore(start())) {
        throw new IllegalArgumentException("ProjectStage " + kind() + ": end " + end + " is before start " + start());
      }
    });
  }

  /** Returns for example {@code "ProjectStage[DESIGN by social-worker:SW-1 from 2026-03-10]"}. */
  @Override
  public String toString() {
    return "ProjectStage[" + kind() + " by " + actor() + " from " + start() + end().map(e -> " to " + e).orElse("")
        + (evidence().isEmpty() ? "" : ", evidence " + evidence()) + "]";
  }
}
