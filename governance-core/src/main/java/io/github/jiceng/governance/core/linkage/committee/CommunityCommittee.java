package io.github.jiceng.governance.core.linkage.committee;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A community committee (社区/村"两委"之一): the party organisation, villagers' committee (村民委员会) or residents'
 * committee (居民委员会) of one village-level unit, for one term, with its members. The "two committees" of a village
 * or community are two such records with the same {@link #villageCode()}.
 *
 * <p>The member list is the source of truth: {@link #size()}, {@link #womenCount()} and {@link #minorityCount()} count
 * it. Construction checks only that the village code is village-level and that the term ends after it starts; for a
 * villagers' or residents' committee the rules {@code meeting.committee.*} check the size (3-7 for a villagers'
 * committee, 5-9 for a residents' committee under the pre-2026 texts), a woman member and, in a multi-ethnic village,
 * a minority member (villagers' committees), and a term of at most five years, with the law in force on {@link
 * #termStart()}. The party organisation is not judged by those rules.
 *
 * <pre>{@code
 * CommunityCommittee jinzhou = CommunityCommittee.builder()
 *     .id("500154001001-RC").kind(CommitteeKind.RESIDENTS_COMMITTEE).name("金州社区居民委员会")
 *     .villageCode(DivisionCode.parse("500154001001")).termStart(LocalDate.of(2021, 12, 1))
 *     .addMembers(CommitteeMember.of("李红", CommitteeRole.CHAIR, Sex.FEMALE))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CommunityCommittee {
  CommunityCommittee() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableCommunityCommittee.Builder builder() {
    return new ImmutableCommunityCommittee.Builder();
  }

  /**
   * Returns the record's id, the key other records use to refer to it.
   *
   * @return the id, for example {@code 500154001001-RC}; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns which committee this is.
   *
   * @return the kind
   */
  public abstract CommitteeKind kind();

  /**
   * Returns the committee's name.
   *
   * @return the name, for example {@code 金州社区居民委员会}; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the division code of the village or community the committee belongs to.
   *
   * @return a village-level code
   */
  public abstract DivisionCode villageCode();

  /**
   * Returns the first day of the committee's term (the day it was elected or formed).
   *
   * @return the start of the term; the law in force on this day applies to the committee
   */
  public abstract LocalDate termStart();

  /**
   * Returns the day the term is due to end or ended.
   *
   * @return the end of the term, or empty if not recorded
   */
  public abstract Optional<LocalDate> termEnd();

  /**
   * Returns the members.
   *
   * @return the members, in the order of the record
   */
  public abstract List<@Valid CommitteeMember> members();

  /**
   * Returns whether the village or community has residents of several ethnic groups (多民族村民居住的村), so that the
   * villagers' committee should have a member of the less numerous groups.
   *
   * @return true for a multi-ethnic village; false by default
   */
  @Value.Default
  public boolean multiEthnic() {
    return false;
  }

  /**
   * Returns the committee's unified social credit code, which self-governing committees receive.
   *
   * @return the code, or empty
   */
  public abstract Optional<UnifiedSocialCreditCode> creditCode();

  /**
   * Returns the number of members.
   *
   * @return the committee's size
   */
  public final int size() {
    return members().size();
  }

  /**
   * Returns the number of women members.
   *
   * @return the count
   */
  public final int womenCount() {
    return (int) members().stream().filter(m -> m.sex() == Sex.FEMALE).count();
  }

  /**
   * Returns the number of members of an ethnic minority.
   *
   * @return the count
   */
  public final int minorityCount() {
    return (int) members().stream().filter(CommitteeMember::ethnicMinority).count();
  }

  @Value.Check
  void check() {
    if (villageCode().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("CommunityCommittee '" + id() + "': village code " + villageCode()
          + " is not a village-level code (12 digits with a village part 001-999, such as 500154001001)");
    }
    termEnd().ifPresent(end -> {
      if (!end.isAfter(termStart())) {
        throw new IllegalArgumentException("CommunityCommittee '" + id() + "': term end " + end
            + " is not after term start " + termStart());
      }
    });
  }

  /** Returns for example {@code "CommunityCommittee[500154001001-RC 金州社区居民委员会 RESIDENTS_COMMITTEE, 7 members]"}. */
  @Override
  public String toString() {
    return "CommunityCommittee[" + id() + " " + name() + " " + kind() + " of " + villageCode() + ", term from "
        + termStart() + termEnd().map(end -> " to " + end).orElse("") + ", " + size() + " members]";
  }
}
