package io.github.jiceng.governance.rules.constraint;

import java.util.List;
import java.util.function.Function;

/**
 * The checks of one constrained property (属性检查): its accessor, resolved once, the constraints on its value, the
 * cascade to its value if it is marked {@code @Valid}, and its container element types.
 */
final class PropertyPlan {
  private final String name;
  private final Function<Object, Object> getter;
  private final ValueCheck[] checks;
  private final boolean cascaded;
  private final ContainerPlan[] containers;

  /**
   * Creates the plan of a property.
   *
   * @param name the property (accessor) name
   * @param getter reads the property of a bean of the planned class
   * @param checks the constraints on the value
   * @param cascaded whether the value is cascaded to (it is then not a container)
   * @param containers the container element types with constraints or cascades
   */
  PropertyPlan(String name, Function<Object, Object> getter, List<ValueCheck> checks, boolean cascaded,
      List<ContainerPlan> containers) {
    this.name = name;
    this.getter = getter;
    this.checks = checks.toArray(new ValueCheck[0]);
    this.cascaded = cascaded;
    this.containers = containers.toArray(new ContainerPlan[0]);
  }

  /**
   * Tells whether the property of a bean passes every check.
   *
   * @param bean the bean, of the planned class
   * @param shortcut the owner, for cascades
   * @param depth the cascade depth of the bean
   * @return true only if Hibernate Validator would report nothing for this property
   */
  boolean passes(Object bean, PassingConstraints shortcut, int depth) {
    Object value = getter.apply(bean);
    for (ValueCheck check : checks) {
      if (!check.passes(value)) {
        return false;
      }
    }
    if (cascaded && value != null && !shortcut.cascadePasses(value, depth + 1)) {
      return false;
    }
    for (ContainerPlan container : containers) {
      if (!container.passes(value, shortcut, depth)) {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code name[checks, cascaded, containers]}. */
  @Override
  public String toString() {
    return name + "[" + checks.length + " checks" + (cascaded ? ", cascaded" : "")
        + (containers.length == 0 ? "" : ", " + List.of(containers)) + "]";
  }
}
