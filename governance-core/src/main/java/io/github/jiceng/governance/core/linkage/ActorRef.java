package io.github.jiceng.governance.core.linkage;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to another record by its type and id (参与主体引用), such as the social worker who designed a project
 * or the station that employs a social worker.
 *
 * <pre>{@code
 * ActorRef worker = ActorRef.of(ActorType.SOCIAL_WORKER, "SW-0001");
 * worker.toString(); // "social-worker:SW-0001"
 * }</pre>
 */
@Value.Immutable
public abstract class ActorRef {
  ActorRef() {
  }

  /**
   * Returns a reference.
   *
   * @param type the type of record, not null
   * @param id the record's id, not null
   * @return the reference
   * @throws NullPointerException if an argument is null
   */
  public static ActorRef of(ActorType type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    return new ImmutableActorRef.Builder().type(type).id(id).build();
  }

  /**
   * Returns the type of the record referred to.
   *
   * @return the type
   */
  public abstract ActorType type();

  /**
   * Returns the id of the record referred to: the {@code id()} of that record (for a volunteer, the unified volunteer
   * number).
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns which of the five actors the record belongs to.
   *
   * @return the actor, or empty for a social-work station or government department
   */
  public final Optional<LinkageActor> society() {
    return type().society();
  }

  /** Returns for example {@code "social-worker:SW-0001"}. */
  @Override
  public String toString() {
    return type().recordType() + ":" + id();
  }
}
