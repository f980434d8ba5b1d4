package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A villagers' or residents' committee for one term (一届村（居）民委员会): when its term starts and ends, how many
 * members it has, and how many of them are women or, in a multi-ethnic village, of a minority nationality.
 *
 * <p>The record's date is {@link #termStart()} (the election), whose law applies: rules check the size (3-7 for a
 * villagers' committee, 5-9 for a residents' committee under the pre-2026 texts), a woman member, a minority member in
 * a multi-ethnic village, and a term of at most five years.
 *
 * <pre>{@code
 * Committee c = Committee.builder().id("DX-2021").kind(CommitteeKind.VILLAGERS_COMMITTEE)
 *     .unit(DivisionCode.parse("500154101201")).termStart(LocalDate.of(2021, 3, 15))
 *     .termEnd(LocalDate.of(2026, 3, 15)).members(5).womenMembers(1).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Committee {
  Committee() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableCommittee.Builder builder() {
    return new ImmutableCommittee.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the kind of committee.
   *
   * @return the kind
   */
  public abstract CommitteeKind kind();

  /**
   * Returns the village or community.
   *
   * @return a village-level division code
   */
  public abstract DivisionCode unit();

  /**
   * Returns the first day of the term (the day of the election).
   *
   * @return the date
   */
  public abstract LocalDate termStart();

  /**
   * Returns the day the term ends (届满), as recorded.
   *
   * @return the date, or empty if not recorded
   */
  public abstract Optional<LocalDate> termEnd();

  /**
   * Returns the number of members (chair, vice-chairs and members).
   *
   * @return 0 or more
   */
  public abstract int members();

  /**
   * Returns how many members are women.
   *
   * @return 0 to {@link #members()}
   */
  public abstract int womenMembers();

  /**
   * Returns whether several nationalities live in the village (多民族村民居住的村), which requires a member of a
   * minority nationality.
   *
   * @return false by default
   */
  @Value.Default
  public boolean multiEthnic() {
    return false;
  }

  /**
   * Returns how many members are of a minority nationality.
   *
   * @return 0 to {@link #members()}; 0 by default
   */
  @Value.Default
  public int minorityMembers() {
    return 0;
  }

  @Value.Check
  void check() {
    if (unit().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("committee " + id() + ": unit " + unit() + " is not a village-level code");
    }
    if (members() < 0 || womenMembers() < 0 || minorityMembers() < 0
        || womenMembers() > members() || minorityMembers() > members()) {
      throw new IllegalArgumentException("committee " + id() + ": expected 0 or more members and between 0 and that"
          + " many women and minority members, but got " + members() + " members, " + womenMembers() + " women, "
          + minorityMembers() + " minority");
    }
    if (termEnd().isPresent() && !termEnd().get().isAfter(termStart())) {
      throw new IllegalArgumentException("committee " + id() + ": term end " + termEnd().get()
          + " is not after term start " + termStart());
    }
  }

  /**
   * Returns for example {@code "Committee[DX-2021 VILLAGERS_COMMITTEE 500154101201, 2021-03-15..2026-03-15, 5 members,
   * 1 woman]"}.
   */
  @Override
  public String toString() {
    return "Committee[" + id() + " " + kind() + " " + unit() + ", " + termStart()
        + termEnd().map(end -> ".." + end).orElse("") + ", " + members() + " members, " + womenMembers() + " women"
        + (multiEthnic() ? ", " + minorityMembers() + " minority" : "") + "]";
  }
}
