package io.github.jiceng.governance.core.covenant;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered clause of a covenant (条款): its text, the content area it serves, and whether it is a sanctions
 * clause (奖惩/违约处理条款).
 *
 * <pre>{@code
 * Clause.of(3, "红白喜事从简办理，宴席不超过十桌。", ContentArea.CUSTOMS)
 * }</pre>
 */
@Value.Immutable
public abstract class Clause {
  Clause() {
  }

  /**
   * Returns a clause in a content area that is not a sanctions clause.
   *
   * @param number the clause number, 1 or more
   * @param text the text, not null
   * @param area the content area, not null
   * @return the clause
   * @throws IllegalArgumentException if the number is less than 1
   */
  public static Clause of(int number, String text, ContentArea area) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(area, "area");
    return new ImmutableClause.Builder().number(number).text(text).area(area).build();
  }

  /**
   * Returns a sanctions clause.
   *
   * @param number the clause number, 1 or more
   * @param text the text, not null
   * @return the clause, without a content area
   * @throws IllegalArgumentException if the number is less than 1
   */
  public static Clause sanction(int number, String text) {
    Objects.requireNonNull(text, "text");
    return new ImmutableClause.Builder().number(number).text(text).sanction(true).build();
  }

  /**
   * Returns the clause number (第…条).
   *
   * @return 1 or more, unique in its covenant
   */
  public abstract int number();

  /**
   * Returns the text, in Chinese as adopted.
   *
   * @return the text
   */
  @NotBlank
  public abstract String text();

  /**
   * Returns the content area the clause serves.
   *
   * @return the area, or empty for general provisions and sanctions
   */
  public abstract Optional<ContentArea> area();

  /**
   * Returns whether the clause sets sanctions or rewards for keeping the covenant (奖惩条款).
   *
   * @return false by default
   */
  @Value.Default
  public boolean sanction() {
    return false;
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalArgumentException("a clause number must be 1 or more, but is " + number());
    }
  }

  /** Returns for example {@code "第3条 [CUSTOMS] 红白喜事从简办理…"}. */
  @Override
  public String toString() {
    return "第" + number() + "条" + area().map(a -> " [" + a + "]").orElse("") + (sanction() ? " [SANCTION]" : "")
        + " " + text();
  }
}
