package io.github.jiceng.governance.rules.constraint;

/**
 * Why a class gets no {@link BeanPlan} (计划拒绝): a constraint, a type or a feature that the fast path does not
 * reproduce exactly, so Hibernate Validator validates the class as before.
 */
final class PlanRefusal extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a refusal.
   *
   * @param reason what is not supported, with the offending element
   */
  PlanRefusal(String reason) {
    super(reason, null, false, false);
  }
}
