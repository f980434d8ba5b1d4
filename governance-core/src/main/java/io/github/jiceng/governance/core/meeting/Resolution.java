package io.github.jiceng.governance.core.meeting;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One matter put to the vote at a meeting (表决事项) and its result: what was voted on, the tally, and what the meeting
 * declared. When the matter adopts or amends a village rules or residents' convention, {@link #covenantId()} names it.
 *
 * <pre>{@code
 * Resolution r = new ImmutableResolution.Builder().number(1).matter("表决通过《顶星村村规民约》（2024年修订）")
 *     .covenantId("DX-2024").tally(Tally.of(40, 5, 3)).declaredAdopted(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Resolution {
  Resolution() {
  }

  /**
   * Returns the number of the matter on the agenda.
   *
   * @return 1 or more
   */
  public abstract int number();

  /**
   * Returns what was voted on.
   *
   * @return the matter, in the record's language
   */
  @NotBlank
  public abstract String matter();

  /**
   * Returns the id of the covenant this vote adopts or amends.
   *
   * @return the covenant's id, or empty if the matter is not a covenant
   */
  public abstract Optional<String> covenantId();

  /**
   * Returns the count of the vote.
   *
   * @return the tally
   */
  public abstract Tally tally();

  /**
   * Returns whether the meeting declared the matter adopted (宣布通过); rules check this against the tally.
   *
   * @return true if declared adopted
   */
  public abstract boolean declaredAdopted();

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalArgumentException("resolution '" + matter() + "': number must be 1 or more, but is " + number());
    }
  }

  /** Returns for example {@code "Resolution[1 表决通过… (covenant DX-2024), adopted, Tally[...]]"}. */
  @Override
  public String toString() {
    return "Resolution[" + number() + " " + matter() + covenantId().map(id -> " (covenant " + id + ")").orElse("")
        + (declaredAdopted() ? ", adopted, " : ", not adopted, ") + tally() + "]";
  }
}
