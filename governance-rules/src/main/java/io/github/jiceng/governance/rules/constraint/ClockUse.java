package io.github.jiceng.governance.rules.constraint;

import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells whether validating an object of a class may read the clock (时钟依赖): whether the class, or a value it
 * cascades to, has a constraint that is not one of the built-in constraints known to ignore time ({@code @Past},
 * {@code @Future} and every constraint of another kind may read it). A bridge validates the other classes with the
 * factory's own validator, for which Hibernate Validator keeps each constraint's validator ready, instead of looking
 * it up for every value as it must for a validator with another clock.
 *
 * <p>A cascaded value whose class may be subclassed outside {@code governance-core} counts as reading the clock: its
 * runtime class is not known in advance. Thread-safe; answers are kept per class.
 */
final class ClockUse {
  private static final String CORE = "io.github.jiceng.governance.core.";
  private static final Set<Class<? extends Annotation>> TIMELESS = Set.of(AssertFalse.class, AssertTrue.class,
      DecimalMax.class, DecimalMin.class, Digits.class, Email.class, Max.class, Min.class, Negative.class,
      NegativeOrZero.class, NotBlank.class, NotEmpty.class, NotNull.class, Null.class, Pattern.class, Positive.class,
      PositiveOrZero.class, Size.class);

  private final Validator validator;
  private final ClassValue<Boolean> answers = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return reads(type, new HashSet<>());
    }
  };

  /**
   * Creates the answers for a validator's metadata.
   *
   * @param validator the validator whose constraint metadata is read
   */
  ClockUse(Validator validator) {
    this.validator = validator;
  }

  /**
   * Tells whether validating an object of a class may read the clock.
   *
   * @param type the object's runtime class
   * @return false only if no constraint met while validating it can depend on the time
   */
  boolean mayReadClock(Class<?> type) {
    return answers.get(type);
  }

  private boolean reads(Class<?> type, Set<Class<?>> visited) {
    if (!visited.add(type)) {
      return false;
    }
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    if (reads(bean.getConstraintDescriptors())) {
      return true;
    }
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      if (reads(property.getConstraintDescriptors())
          || (property.isCascaded() && cascadeReads(property.getElementClass(), visited))
          || containersRead(property.getConstrainedContainerElementTypes(), visited)) {
        return true;
      }
    }
    return false;
  }

  private boolean containersRead(Set<ContainerElementTypeDescriptor> containers, Set<Class<?>> visited) {
    for (ContainerElementTypeDescriptor container : containers) {
      if (reads(container.getConstraintDescriptors())
          || (container.isCascaded() && cascadeReads(container.getElementClass(), visited))
          || containersRead(container.getConstrainedContainerElementTypes(), visited)) {
        return true;
      }
    }
    return false;
  }

  private boolean cascadeReads(Class<?> declared, Set<Class<?>> visited) {
    boolean closed = Modifier.isFinal(declared.getModifiers()) || declared.getName().startsWith(CORE);
    return !closed || reads(declared, visited);
  }

  private static boolean reads(Collection<? extends ConstraintDescriptor<?>> constraints) {
    for (ConstraintDescriptor<?> constraint : constraints) {
      if (!TIMELESS.contains(constraint.getAnnotation().annotationType())
          || reads(constraint.getComposingConstraints())) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code ClockUse[...]}. */
  @Override
  public String toString() {
    return "ClockUse[" + validator + "]";
  }
}
