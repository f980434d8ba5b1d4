package io.github.jiceng.governance.core.linkage.project;

import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.linkage.PersonalText;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named person a project serves (服务对象个人信息). The name and resident identity number are personal data; a
 * beneficiary is often a minor, so {@link #toString()} always masks the name as well as the number.
 */
@Value.Immutable
public abstract class BeneficiaryPerson {
  BeneficiaryPerson() {
  }

  /**
   * Returns a person with a name and date of birth only.
   *
   * @param name the name, not null
   * @param dateOfBirth the date of birth, not null
   * @return the person
   * @throws NullPointerException if an argument is null
   */
  public static BeneficiaryPerson of(String name, LocalDate dateOfBirth) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    return new ImmutableBeneficiaryPerson.Builder().name(name).dateOfBirth(dateOfBirth).build();
  }

  /**
   * Returns the name, personal data.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the date of birth.
   *
   * @return the date of birth, or empty
   */
  public abstract Optional<LocalDate> dateOfBirth();

  /**
   * Returns the resident identity number, personal data.
   *
   * @return the number, or empty
   */
  public abstract Optional<ResidentIdNumber> residentId();

  /** Returns for example {@code "BeneficiaryPerson[张*明, born 2015-06-01]"}, with the name masked. */
  @Override
  public String toString() {
    return "BeneficiaryPerson[" + PersonalText.mask(name()) + dateOfBirth().map(d -> ", born " + d).orElse("")
        + residentId().map(r -> ", id " + r).orElse("") + "]";
  }
}
