package io.github.jiceng.governance.core.linkage.committee;

import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.Sex;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a community committee (两委成员): name, post, sex and whether the member belongs to an ethnic minority;
 * the resident identity number is personal data and masked in {@link #toString()}.
 *
 * <pre>{@code
 * CommitteeMember chair = CommitteeMember.of("李红", CommitteeRole.CHAIR, Sex.FEMALE);
 * }</pre>
 */
@Value.Immutable
public abstract class CommitteeMember {
  CommitteeMember() {
  }

  /**
   * Returns a member who is not of an ethnic minority and has no resident identity number on record.
   *
   * @param name the name, not null
   * @param role the post, not null
   * @param sex the sex, not null
   * @return the member
   * @throws NullPointerException if an argument is null
   */
  public static CommitteeMember of(String name, CommitteeRole role, Sex sex) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sex, "sex");
    return new ImmutableCommitteeMember.Builder().name(name).role(role).sex(sex).build();
  }

  /**
   * Returns the member's name.
   *
   * @return the name, in Chinese; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the member's post.
   *
   * @return the post
   */
  public abstract CommitteeRole role();

  /**
   * Returns the member's sex, for the rule that a villagers' committee has a woman member.
   *
   * @return the sex
   */
  public abstract Sex sex();

  /**
   * Returns whether the member belongs to an ethnic minority (少数民族).
   *
   * @return true for a minority member; false by default
   */
  @Value.Default
  public boolean ethnicMinority() {
    return false;
  }

  /**
   * Returns the member's resident identity number, personal data.
   *
   * @return the number, or empty
   */
  public abstract Optional<ResidentIdNumber> residentId();

  /** Returns for example {@code "CommitteeMember[李红 CHAIR FEMALE, id 500154********002X]"}; the id is masked. */
  @Override
  public String toString() {
    return "CommitteeMember[" + name() + " " + role() + " " + sex() + (ethnicMinority() ? " minority" : "")
        + residentId().map(id -> ", id " + id).orElse("") + "]";
  }
}
