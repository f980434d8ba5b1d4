package io.github.jiceng.governance.core.covenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filing of an adopted covenant (备案): when, with which body, and its receipt.
 *
 * <pre>{@code
 * Filing.of(LocalDate.of(2024, 3, 28), FilingBody.TOWNSHIP_GOVERNMENT)
 * }</pre>
 */
@Value.Immutable
public abstract class Filing {
  Filing() {
  }

  /**
   * Returns a filing without a body name or evidence.
   *
   * @param date the day of filing, not null
   * @param body the body filed with, not null
   * @return the filing
   */
  public static Filing of(LocalDate date, FilingBody body) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(body, "body");
    return new ImmutableFiling.Builder().date(date).body(body).build();
  }

  /**
   * Returns the day of filing.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the kind of body filed with.
   *
   * @return the body
   */
  public abstract FilingBody body();

  /**
   * Returns the name of the body, such as {@code "满月镇人民政府"}.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> bodyName();

  /**
   * Returns the evidence, such as the filing receipt number.
   *
   * @return descriptions or references, possibly none
   */
  public abstract List<String> evidence();

  /** Returns for example {@code "Filing[2024-03-28 TOWNSHIP_GOVERNMENT 满月镇人民政府]"}. */
  @Override
  public String toString() {
    return "Filing[" + date() + " " + body() + bodyName().map(n -> " " + n).orElse("") + "]";
  }
}
