package io.github.jiceng.governance.rules.constraint;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of one container element type of a property (容器元素检查), such as {@code List<@Valid WorkItem>} or
 * {@code Optional<@PositiveOrZero BigDecimal>}: the values Hibernate Validator's value extractor would hand on
 * (each element of a list by index, of another iterable in iteration order, a map's values or keys, an optional's
 * value or null if empty), each checked against the element constraints and cascaded if marked {@code @Valid}.
 * A null container has no elements, as in HV.
 */
final class ContainerPlan {
  /** How the values of a container are extracted. */
  enum Extraction {
    /** Each element of an {@link Iterable} (a {@link List} by index, as HV's list extractor). */
    ELEMENTS,
    /** The value of an {@link Optional}, or null if it is empty (HV's optional extractor). */
    OPTIONAL_VALUE,
    /** Each value of a {@link Map}. */
    MAP_VALUES,
    /** Each key of a {@link Map}. */
    MAP_KEYS
  }

  private final Class<?> container;
  private final Extraction extraction;
  private final ValueCheck[] checks;
  private final boolean cascaded;

  /**
   * Creates the plan of a container element type.
   *
   * @param container the declared container class; a value of another class makes the check fail
   * @param extraction how the values are extracted
   * @param checks the element constraints
   * @param cascaded whether the elements are cascaded to
   */
  ContainerPlan(Class<?> container, Extraction extraction, List<ValueCheck> checks, boolean cascaded) {
    this.container = container;
    this.extraction = extraction;
    this.checks = checks.toArray(new ValueCheck[0]);
    this.cascaded = cascaded;
  }

  /**
   * Tells whether every extracted value of a container passes.
   *
   * @param value the property's value, may be null
   * @param shortcut the owner, for cascades
   * @param depth the cascade depth of the bean that holds the property
   * @return true only if Hibernate Validator would report nothing for these elements
   */
  boolean passes(Object value, PassingConstraints shortcut, int depth) {
    if (value == null) {
      return true;
    }
    if (!container.isInstance(value)) {
      return false;
    }
    switch (extraction) {
      case OPTIONAL_VALUE:
        Optional<?> optional = (Optional<?>) value;
        return element(optional.isPresent() ? optional.get() : null, shortcut, depth);
      case MAP_VALUES:
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          if (!element(entry.getValue(), shortcut, depth)) {
            return false;
          }
        }
        return true;
      case MAP_KEYS:
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          if (!element(entry.getKey(), shortcut, depth)) {
            return false;
          }
        }
        return true;
      default:
        if (value instanceof List) {
          List<?> list = (List<?>) value;
          for (int i = 0, size = list.size(); i < size; i++) {
            if (!element(list.get(i), shortcut, depth)) {
              return false;
            }
          }
          return true;
        }
        for (Iterator<?> it = ((Iterable<?>) value).iterator(); it.hasNext();) {
          if (!element(it.next(), shortcut, depth)) {
            return false;
          }
        }
        return true;
    }
  }

  private boolean element(Object element, PassingConstraints shortcut, int depth) {
    for (ValueCheck check : checks) {
      if (!check.passes(element)) {
        return false;
      }
    }
    return !cascaded || element == null || shortcut.cascadePasses(element, depth + 1);
  }

  /** Returns {@code ContainerPlan[container, extraction, checks, cascaded]}. */
  @Override
  public String toString() {
    return "ContainerPlan[" + container.getSimpleName() + ", " + extraction + ", " + checks.length + " checks"
        + (cascaded ? ", cascaded" : "") + "]";
  }
}
