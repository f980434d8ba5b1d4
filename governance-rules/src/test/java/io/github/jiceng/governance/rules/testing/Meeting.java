package io.github.jiceng.governance.rules.testing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A villagers' meeting (村民会议), test-only. */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /** @return the id */
  @NotBlank
  public abstract String id();

  /** @return the name */
  @NotBlank
  public abstract String name();

  /** @return the meeting date */
  public abstract LocalDate date();

  /** @return villagers present */
  @Min(0)
  @Max(100_000)
  public abstract int attendance();

  /** @return villagers eligible */
  public abstract int eligible();

  /** @return free tags */
  public abstract List<@NotBlank String> tags();

  /** @return clauses adopted */
  public abstract List<@Valid Clause> clauses();

  /** @return labels by key */
  public abstract Map<String, @NotBlank String> labels();

  /** @return the contact phone, personal data */
  public abstract Optional<String> contactPhone();

  /**
   * Returns a meeting that passes every test rule and constraint; change it with the {@code with*} methods.
   *
   * @param id the id
   * @return the meeting, dated 2026-03-01, 60 of 100 present, one tag
   */
  public static ImmutableMeeting valid(String id) {
    return new ImmutableMeeting.Builder().id(id).name("2026年第一次村民会议").date(LocalDate.of(2026, 3, 1))
        .attendance(60).eligible(100).addTags("annual").build();
  }
}
