package io.github.jiceng.governance.core.linkage.worker;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A social-worker vocational qualification certificate (社会工作者职业水平证书): its level, number and year. The
 * certificate is issued by the human-resources ministry and sealed jointly with civil affairs.
 *
 * <pre>{@code
 * Qualification q = Qualification.of(QualificationLevel.SOCIAL_WORKER, "2023-ZJ-500154-0017", 2023);
 * }</pre>
 */
@Value.Immutable
public abstract class Qualification {
  Qualification() {
  }

  /**
   * Returns a qualification.
   *
   * @param level the level, not null
   * @param certificateNumber the certificate number, not null
   * @param year the year on the certificate
   * @return the qualification
   * @throws NullPointerException if an argument is null
   */
  public static Qualification of(QualificationLevel level, String certificateNumber, int year) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(certificateNumber, "certificateNumber");
    return new ImmutableQualification.Builder().level(level).certificateNumber(certificateNumber).year(year).build();
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public abstract QualificationLevel level();

  /**
   * Returns the certificate number (证书编号).
   *
   * @return the number; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String certificateNumber();

  /**
   * Returns the year on the certificate (the examination or review year); the rules check that the level was awarded
   * in that year.
   *
   * @return the year, for example 2023
   */
  public abstract int year();

  /** Returns for example {@code "社会工作师 2023 (2023-ZJ-500154-0017)"}. */
  @Override
  public String toString() {
    return level().name() + " " + year() + " (" + certificateNumber() + ")";
  }
}
