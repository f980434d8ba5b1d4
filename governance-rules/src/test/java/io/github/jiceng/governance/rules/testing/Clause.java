package io.github.jiceng.governance.rules.testing;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** A clause of a village rule (村规民约条款), test-only. */
@Value.Immutable
public abstract class Clause {
  Clause() {}

  /** @return the text */
  @NotBlank
  public abstract String text();

  /**
   * Returns a clause.
   *
   * @param text the text
   * @return the clause
   */
  public static Clause of(String text) {
    return new ImmutableClause.Builder().text(text).build();
  }
}
