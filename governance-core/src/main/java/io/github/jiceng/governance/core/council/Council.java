package io.github.jiceng.governance.core.council;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deliberation council of a village or community (议事协商组织), such as a residents' council or a weddings-and-funerals
 * council, with its members.
 *
 * <pre>{@code
 * Council c = Council.builder().id("JZ-YSH").kind(CouncilKind.RESIDENTS_COUNCIL)
 *     .unit(DivisionCode.parse("500154001001")).name("金州社区居民议事会")
 *     .addMembers(CouncilMember.of("王德明", "会长")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Council {
  Council() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableCouncil.Builder builder() {
    return new ImmutableCouncil.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the kind of council.
   *
   * @return the kind
   */
  public abstract CouncilKind kind();

  /**
   * Returns the village or community.
   *
   * @return a village-level division code
   */
  public abstract DivisionCode unit();

  /**
   * Returns the council's name.
   *
   * @return for example {@code "金州社区居民议事会"}
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the members.
   *
   * @return the members; checked to be non-empty by the rules
   */
  @NotEmpty
  public abstract List<CouncilMember> members();

  /**
   * Returns the day the council was set up.
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> established();

  @Value.Check
  void check() {
    if (unit().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("council " + id() + ": unit " + unit() + " is not a village-level code");
    }
  }

  /** Returns for example {@code "Council[JZ-YSH RESIDENTS_COUNCIL 金州社区居民议事会, 7 members]"}. */
  @Override
  public String toString() {
    return "Council[" + id() + " " + kind() + " " + name() + ", " + members().size() + " members]";
  }
}
