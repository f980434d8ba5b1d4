package io.github.jiceng.governance.core.linkage.project;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The people of one group a project serves (项目服务对象): the group, how many, and optionally who. For groups of minors
 * prefer counts to named persons; named persons are masked in every {@code toString}.
 */
@Value.Immutable
public abstract class Beneficiary {
  Beneficiary() {
  }

  /**
   * Returns a group served, by count only.
   *
   * @param group the group, not null
   * @param count how many people, at least 0
   * @return the beneficiaries
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws NullPointerException if {@code group} is null
   */
  public static Beneficiary of(BeneficiaryGroup group, int count) {
    Objects.requireNonNull(group, "group");
    return new ImmutableBeneficiary.Builder().group(group).count(count).build();
  }

  /**
   * Returns the group.
   *
   * @return the group
   */
  public abstract BeneficiaryGroup group();

  /**
   * Returns how many people of the group the project serves.
   *
   * @return the count, at least 0
   */
  public abstract int count();

  /**
   * Returns the named people, if the record lists them.
   *
   * @return the people, possibly none
   */
  public abstract List<@Valid BeneficiaryPerson> persons();

  @Value.Check
  void check() {
    if (count() < 0) {
      throw new IllegalArgumentException("Beneficiary " + group() + ": count " + count() + " is negative");
    }
  }

  /** Returns for example {@code "Beneficiary[LEFT_BEHIND_CHILDREN x 35]"}. */
  @Override
  public String toString() {
    return "Beneficiary[" + group() + " x " + count() + (persons().isEmpty() ? "" : ", " + persons()) + "]";
  }
}
