package io.github.jiceng.governance.core.linkage.volunteer;

import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.linkage.PersonalText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A registered community volunteer (注册志愿者), keyed by the unified volunteer number (志愿者统一编号) that the national
 * volunteer information system gives instead of the resident identity number, to protect privacy.
 *
 * <p>The date of birth serves age checks (a minor needs a guardian's consent in Chongqing); the name, resident
 * identity number and phone number are personal data and masked in {@link #toString()} (the name always, because a
 * volunteer may be a minor). The star level and total hours are as the volunteer system states them; the rules check
 * that they agree.
 *
 * <p>Construction rejects a volunteer number that is a valid resident identity number: the public key of volunteer
 * records must not be the ID number.
 *
 * <pre>{@code
 * Volunteer v = Volunteer.builder()
 *     .volunteerNumber("V500154-000123").name("陈明").dateOfBirth(LocalDate.of(1956, 4, 2))
 *     .registeredOn(LocalDate.of(2022, 3, 5)).addTeamIds("TEAM-PGY")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Volunteer {
  /** The age of majority (18 周岁, 民法典 Art 17). */
  public static final int AGE_OF_MAJORITY = 18;

  Volunteer() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableVolunteer.Builder builder() {
    return new ImmutableVolunteer.Builder();
  }

  /**
   * Returns the unified volunteer number, the record's id.
   *
   * @return the number; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String volunteerNumber();

  /**
   * Returns the volunteer's name, personal data.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the date of birth.
   *
   * @return the date of birth
   */
  public abstract LocalDate dateOfBirth();

  /**
   * Returns the day the volunteer registered (注册); the law in force on that day applies to the registration.
   *
   * @return the registration day
   */
  public abstract LocalDate registeredOn();

  /**
   * Returns the resident identity number, personal data.
   *
   * @return the number, or empty
   */
  public abstract Optional<ResidentIdNumber> residentId();

  /**
   * Returns the phone number, personal data.
   *
   * @return the phone number, or empty
   */
  public abstract Optional<String> phone();

  /**
   * Returns the service skills (服务技能).
   *
   * @return the skills, possibly none
   */
  public abstract List<String> skills();

  /**
   * Returns the ids of the volunteer teams the volunteer belongs to.
   *
   * @return the team ids, possibly none
   */
  public abstract List<String> teamIds();

  /**
   * Returns the guardian's consent, needed for a minor.
   *
   * @return the consent, or empty
   */
  public abstract Optional<@Valid GuardianConsent> guardianConsent();

  /**
   * Returns the star level the volunteer system states.
   *
   * @return the level, or empty if none is stated
   */
  public abstract Optional<StarLevel> starLevel();

  /**
   * Returns the cumulative service hours the volunteer system states.
   *
   * @return the hours, or empty if not stated
   */
  public abstract Optional<BigDecimal> totalHours();

  /**
   * Returns the volunteer's age in full years on a day.
   *
   * @param date the day, not null
   * @return the age in full years (周岁), 0 for a day before the date of birth
   * @throws NullPointerException if {@code date} is null
   */
  public final int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(dateOfBirth()) ? 0 : Period.between(dateOfBirth(), date).getYears();
  }

  /**
   * Returns whether the volunteer is a minor (under 18) on a day.
   *
   * @param date the day, not null
   * @return true if under 18 on that day
   * @throws NullPointerException if {@code date} is null
   */
  public final boolean isMinorOn(LocalDate date) {
    return ageOn(date) < AGE_OF_MAJORITY;
  }

  @Value.Check
  void check() {
    if (ResidentIdNumber.isValid(volunteerNumber())) {
      throw new IllegalArgumentException("Volunteer: the volunteer number " + ResidentIdNumber.mask(volunteerNumber())
          + " is a resident identity number; key volunteers by their unified volunteer number (志愿者统一编号)");
    }
    totalHours().ifPresent(hours -> {
      if (hours.signum() < 0) {
        throw new IllegalArgumentException("Volunteer '" + volunteerNumber() + "': total hours " + hours
            + " is negative");
      }
    });
  }

  /** Returns for example {@code "Volunteer[V500154-000123 陈*, born 1956-04-02, registered 2022-03-05]"}. */
  @Override
  public String toString() {
    return "Volunteer[" + volunteerNumber() + " " + PersonalText.mask(name()) + ", born " + dateOfBirth()
        + ", registered " + registeredOn() + phone().map(p -> ", phone " + PersonalText.mask(p)).orElse("")
        + residentId().map(r -> ", id " + r).orElse("") + starLevel().map(s -> ", " + s).orElse("") + "]";
  }
}
