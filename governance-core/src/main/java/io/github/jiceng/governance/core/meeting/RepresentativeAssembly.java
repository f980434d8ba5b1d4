package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The composition of a representative meeting for one term (村（居）民代表会议组成): its members (组成人员), that is
 * the elected representatives and the committee members, and how many are representatives and women.
 *
 * <p>Under the pre-2026 村委会法 Art 25, representatives are four-fifths or more of the members and women one-third
 * or more. The record's date is {@link #termStart()}.
 *
 * <pre>{@code
 * RepresentativeAssembly a = RepresentativeAssembly.builder().id("DX-R-2021")
 *     .type(MeetingType.VILLAGER_REPRESENTATIVE_MEETING).unit(DivisionCode.parse("500154101201"))
 *     .termStart(LocalDate.of(2021, 4, 1)).members(30).representatives(25).women(10).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RepresentativeAssembly {
  RepresentativeAssembly() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableRepresentativeAssembly.Builder builder() {
    return new ImmutableRepresentativeAssembly.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the type of representative meeting.
   *
   * @return {@link MeetingType#VILLAGER_REPRESENTATIVE_MEETING} or {@link MeetingType#RESIDENT_REPRESENTATIVE_MEETING}
   */
  public abstract MeetingType type();

  /**
   * Returns the village or community.
   *
   * @return a village-level division code
   */
  public abstract DivisionCode unit();

  /**
   * Returns the first day of the term.
   *
   * @return the date
   */
  public abstract LocalDate termStart();

  /**
   * Returns the number of members (组成人员): representatives and committee members.
   *
   * @return 0 or more
   */
  public abstract int members();

  /**
   * Returns how many members are elected representatives (村（居）民代表).
   *
   * @return 0 to {@link #members()}
   */
  public abstract int representatives();

  /**
   * Returns how many members are women.
   *
   * @return 0 to {@link #members()}
   */
  public abstract int women();

  @Value.Check
  void check() {
    if (!type().isRepresentative()) {
      throw new IllegalArgumentException("representative assembly " + id() + ": type " + type()
          + " is not a representative meeting");
    }
    if (unit().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("representative assembly " + id() + ": unit " + unit()
          + " is not a village-level code");
    }
    if (members() < 0 || representatives() < 0 || women() < 0 || representatives() > members()
        || women() > members()) {
      throw new IllegalArgumentException("representative assembly " + id() + ": expected 0 or more members and"
          + " between 0 and that many representatives and women, but got " + members() + " members, "
          + representatives() + " representatives, " + women() + " women");
    }
  }

  /** Returns for example {@code "RepresentativeAssembly[DX-R-2021 ..., 30 members, 25 representatives, 10 women]"}. */
  @Override
  public String toString() {
    return "RepresentativeAssembly[" + id() + " " + type() + " " + unit() + ", from " + termStart() + ", " + members()
        + " members, " + representatives() + " representatives, " + women() + " women]";
  }
}
