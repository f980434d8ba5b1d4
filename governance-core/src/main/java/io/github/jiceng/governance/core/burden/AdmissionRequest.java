package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An admission request (工作事项准入申请): a department asks that villages or communities take on a task.
 *
 * <p>The review compares the task with the lists in force on the request's {@link #date()} for each target: a task
 * that falls under a negative-list item cannot be admitted; a task on the assistance list is admitted, and should come
 * with funding (费随事转); any other task is refused, bought as a service (政府购买服务), or referred to the approving
 * level to be added to the lists. Which items the task falls under is given by {@link #itemIds()} (the department's or
 * the reviewer's classification) and by the task's {@link #task() name} where it equals a listed item's.
 *
 * <p>Checked at construction: the id is well-formed, there is at least one target, every target is at or below
 * county level, and the period does not end before it starts.
 *
 * <pre>{@code
 * AdmissionRequest request = AdmissionRequest.builder()
 *     .id("YB-2025-014").date(LocalDate.of(2025, 3, 3))
 *     .requestingDepartment("区卫生健康委").departmentJurisdiction(DivisionCode.parse("500112"))
 *     .task("协助开展爱国卫生运动").addItemIds("cq.a05")
 *     .addTargets(DivisionCode.parse("500112001001"))
 *     .periodStart(LocalDate.of(2025, 5, 6)).funding(FundingOffer.FUNDS_FOLLOW_TASK)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AdmissionRequest {
  AdmissionRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableAdmissionRequest.Builder builder() {
    return new ImmutableAdmissionRequest.Builder();
  }

  /**
   * Returns the request's id.
   *
   * @return the id, such as {@code "YB-2025-014"}
   */
  public abstract String id();

  /**
   * Returns the day the request was made; the lists in force on this day apply.
   *
   * @return the request date
   */
  public abstract LocalDate date();

  /**
   * Returns the requesting department.
   *
   * @return the department, such as {@code "区卫生健康委"}
   */
  @NotBlank
  public abstract String requestingDepartment();

  /**
   * Returns the jurisdiction of the requesting department: the district for a district department, the city for a
   * city department.
   *
   * @return the division code
   */
  public abstract DivisionCode departmentJurisdiction();

  /**
   * Returns the task, in the department's words.
   *
   * @return the task's name, such as {@code "协助开展爱国卫生运动"}
   */
  @NotBlank
  public abstract String task();

  /**
   * Returns a longer description of the task.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> taskDescription();

  /**
   * Returns the ids of the listed items the task is said to fall under (by the department, or by the reviewer).
   *
   * @return the item ids, possibly none
   */
  public abstract Set<String> itemIds();

  /**
   * Returns the villages or communities (or whole townships or districts) the task is for.
   *
   * @return the targets, at least one
   */
  public abstract List<DivisionCode> targets();

  /**
   * Returns the first day of the work.
   *
   * @return the start of the period
   */
  public abstract LocalDate periodStart();

  /**
   * Returns the last day of the work.
   *
   * @return the end of the period (inclusive), or empty if open-ended
   */
  public abstract Optional<LocalDate> periodEnd();

  /**
   * Returns the funding offered.
   *
   * @return the funding
   */
  public abstract FundingOffer funding();

  /**
   * Returns the amount offered, in yuan.
   *
   * @return the amount, or empty if none is stated
   */
  public abstract Optional<@PositiveOrZero BigDecimal> fundingAmount();

  /**
   * Returns the legal basis the department claims for the task.
   *
   * @return the claimed basis, or empty
   */
  public abstract Optional<String> legalBasis();

  /**
   * Returns how the task is handed down.
   *
   * @return the mode; {@link AssignmentMode#APPLICATION} by default
   */
  @Value.Default
  public AssignmentMode mode() {
    return AssignmentMode.APPLICATION;
  }

  /**
   * Returns whether the department asks for the task to be added to the lists, which only the approving level can
   * decide (in 渝北区 the city, on the district's proposal).
   *
   * @return true if the request proposes a list change; false by default
   */
  @Value.Default
  public boolean proposesListAddition() {
    return false;
  }

  @Value.Check
  void check() {
    ItemNames.requireId("admission request", id());
    if (targets().isEmpty()) {
      throw new IllegalArgumentException("admission request " + id()
          + " has no targets; expected at least one village, community, township or district code");
    }
    for (DivisionCode target : targets()) {
      if (target.level().isAbove(DivisionLevel.COUNTY)) {
        throw new IllegalArgumentException("admission request " + id() + ": target " + target + " is a "
            + target.level() + " code; expected a district, township, village or community code");
      }
    }
    periodEnd().ifPresent(end -> {
      if (end.isBefore(periodStart())) {
        throw new IllegalArgumentException("admission request " + id() + ": period ends " + end
            + " before it starts " + periodStart());
      }
    });
  }

  /** Returns for example {@code "AdmissionRequest[YB-2025-014 2025-03-03 区卫生健康委: 协助开展爱国卫生运动, 1 target]"}. */
  @Override
  public String toString() {
    return "AdmissionRequest[" + id() + " " + date() + " " + requestingDepartment() + ": " + task() + ", "
        + targets().size() + (targets().size() == 1 ? " target" : " targets")
        + (mode() == AssignmentMode.APPLICATION ? "" : ", " + mode()) + "]";
  }
}
