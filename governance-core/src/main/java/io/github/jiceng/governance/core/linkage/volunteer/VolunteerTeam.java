package io.github.jiceng.governance.core.linkage.volunteer;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A community volunteer team (社区志愿服务队), such as the "蒲公英" elderly culture-and-sports volunteer team or the
 * "大山" elderly patrol team: a name, the community that hosts it, the organisation that incubated or manages it, its
 * focus and members.
 */
@Value.Immutable
public abstract class VolunteerTeam {
  VolunteerTeam() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableVolunteerTeam.Builder builder() {
    return new ImmutableVolunteerTeam.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the team's name.
   *
   * @return for example {@code "蒲公英"老年文体志愿服务队}; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the village or community that hosts the team.
   *
   * @return a village-level division code, or empty
   */
  public abstract Optional<DivisionCode> villageCode();

  /**
   * Returns the organisation or committee that incubated or manages the team.
   *
   * @return the reference, or empty
   */
  public abstract Optional<ActorRef> host();

  /**
   * Returns what the team does.
   *
   * @return for example {@code 老年文体}, or empty
   */
  public abstract Optional<String> focus();

  /**
   * Returns the day the team was founded.
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> foundedOn();

  /**
   * Returns the members' unified volunteer numbers.
   *
   * @return the numbers, possibly none
   */
  public abstract List<String> memberNumbers();

  /** Returns for example {@code "VolunteerTeam[TEAM-PGY "蒲公英"老年文体志愿服务队, 12 members]"}. */
  @Override
  public String toString() {
    return "VolunteerTeam[" + id() + " " + name() + ", " + memberNumbers().size() + " members]";
  }
}
