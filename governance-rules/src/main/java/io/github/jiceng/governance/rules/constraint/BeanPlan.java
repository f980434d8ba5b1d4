package io.github.jiceng.governance.rules.constraint;

import java.util.List;

/**
 * The compiled fast-path checks of one runtime class (校验计划): one {@link PropertyPlan} per constrained or cascaded
 * property that Hibernate Validator's metadata lists for the class. If every property passes, Hibernate Validator
 * would report no violation for a bean of the class (see {@link PlanCompiler} for what a plan may contain).
 */
final class BeanPlan {
  private final Class<?> type;
  private final PropertyPlan[] properties;

  /**
   * Creates the plan of a class.
   *
   * @param type the planned runtime class
   * @param properties the property plans
   */
  BeanPlan(Class<?> type, List<PropertyPlan> properties) {
    this.type = type;
    this.properties = properties.toArray(new PropertyPlan[0]);
  }

  /**
   * Tells whether a bean passes every check.
   *
   * @param bean a bean of exactly the planned class
   * @param shortcut the owner, for cascades
   * @param depth the cascade depth of the bean (0 for the record)
   * @return true only if Hibernate Validator would report nothing for the bean
   */
  boolean passes(Object bean, PassingConstraints shortcut, int depth) {
    for (PropertyPlan property : properties) {
      if (!property.passes(bean, shortcut, depth)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns how many properties the plan checks.
   *
   * @return at least 0
   */
  int propertyCount() {
    return properties.length;
  }

  /** Returns {@code BeanPlan[class: properties]}. */
  @Override
  public String toString() {
    return "BeanPlan[" + type.getName() + ": " + List.of(properties) + "]";
  }
}
