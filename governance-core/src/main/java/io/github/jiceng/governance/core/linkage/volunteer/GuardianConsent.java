package io.github.jiceng.governance.core.linkage.volunteer;

import io.github.jiceng.governance.core.linkage.PersonalText;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A guardian's consent (监护人同意) for a minor to volunteer: who gave it, in what relation, and when. The guardian's
 * name is personal data (it identifies the minor) and is masked in {@link #toString()}.
 */
@Value.Immutable
public abstract class GuardianConsent {
  GuardianConsent() {
  }

  /**
   * Returns a consent.
   *
   * @param guardianName the guardian's name, not null
   * @param relationship the guardian's relation to the minor, such as {@code 母亲}, not null
   * @param givenOn the day consent was given, not null
   * @return the consent
   * @throws NullPointerException if an argument is null
   */
  public static GuardianConsent of(String guardianName, String relationship, LocalDate givenOn) {
    Objects.requireNonNull(guardianName, "guardianName");
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(givenOn, "givenOn");
    return new ImmutableGuardianConsent.Builder().guardianName(guardianName).relationship(relationship)
        .givenOn(givenOn).build();
  }

  /**
   * Returns the guardian's name, personal data.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String guardianName();

  /**
   * Returns the guardian's relation to the minor.
   *
   * @return for example {@code 母亲}; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String relationship();

  /**
   * Returns the day consent was given.
   *
   * @return the day
   */
  public abstract LocalDate givenOn();

  /** Returns for example {@code "GuardianConsent[张*丽 母亲 2025-03-01]"}, with the name masked. */
  @Override
  public String toString() {
    return "GuardianConsent[" + PersonalText.mask(guardianName()) + " " + relationship() + " " + givenOn() + "]";
  }
}
