package io.github.jiceng.governance.core.council;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a council (议事会成员): name, role in the council and, if any, office held elsewhere (such as a
 * "两委" cadre, as many local rules ask of 红白理事会 members).
 *
 * <pre>{@code
 * CouncilMember.of("王德明", "会长")
 * }</pre>
 */
@Value.Immutable
public abstract class CouncilMember {
  CouncilMember() {
  }

  /**
   * Returns a member with a role and no other office.
   *
   * @param name the name, not null
   * @param role the role in the council, such as {@code "会长"} or {@code "成员"}, not null
   * @return the member
   */
  public static CouncilMember of(String name, String role) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    return new ImmutableCouncilMember.Builder().name(name).role(role).build();
  }

  /**
   * Returns the member's name.
   *
   * @return the name
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the role in the council.
   *
   * @return for example {@code "会长"}
   */
  @NotBlank
  public abstract String role();

  /**
   * Returns an office held outside the council.
   *
   * @return for example {@code "村委会委员"}, or empty
   */
  public abstract Optional<String> office();

  /** Returns for example {@code "王德明 (会长)"}. */
  @Override
  public String toString() {
    return name() + " (" + role() + office().map(o -> ", " + o).orElse("") + ")";
  }
}
