package io.github.jiceng.governance.rules.constraint;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Optional;

/**
 * The fast path of Bean Validation for records that pass (通过校验快速路径): per runtime class, a {@link BeanPlan}
 * compiled once from Hibernate Validator's own metadata ({@link PlanCompiler}) checks the constraints with plain
 * method calls. {@link #passes} is true only if every check passes, and then Hibernate Validator would report no
 * violation for the object; it is false if a check fails, if a class met (the record's or a cascaded value's) has no
 * plan, if a value has an unexpected runtime type or if anything throws: the caller then asks Hibernate Validator,
 * which gives the findings exactly as without this class.
 *
 * <p>The whole fast path is off unless the factory traverses everything (its traversable resolver is Hibernate
 * Validator's default without JPA), since a resolver may skip properties or cascades, and unless every check answers
 * as the Hibernate Validator present for probe values ({@link SemanticsProbe}) and the containers and cascades of
 * probe beans do too ({@link ContainerProbe}). Thread-safe; plans are kept per class.
 */
final class PassingConstraints {
  /** Cascades deeper than this are left to Hibernate Validator (which also guards against cycles). */
  static final int MAX_DEPTH = 32;
  private static final String TRAVERSE_ALL =
      "org.hibernate.validator.internal.engine.resolver.TraverseAllTraversableResolver";

  /** The plan of a class, or why it has none. */
  private static final class Outcome {
    final BeanPlan plan;
    final String refusal;

    Outcome(BeanPlan plan, String refusal) {
      this.plan = plan;
      this.refusal = refusal;
    }
  }

  private final Optional<String> off;
  private final boolean enabled;
  private final PlanCompiler compiler;
  private final ClassValue<Outcome> plans = new ClassValue<>() {
    @Override
    protected Outcome computeValue(Class<?> type) {
      try {
        return new Outcome(compiler.compile(type), null);
      } catch (PlanRefusal e) {
        return new Outcome(null, e.getMessage());
      } catch (RuntimeException e) {
        // Hibernate Validator rejects the class's metadata: it will say so when it validates.
        return new Outcome(null, "metadata not readable: " + e);
      }
    }
  };

  private PassingConstraints(Optional<String> off, Validator validator) {
    this.off = off;
    this.enabled = off.isEmpty();
    this.compiler = new PlanCompiler(validator);
  }

  /**
   * Returns the fast path of a factory's validator.
   *
   * @param factory the factory, whose traversable resolver decides whether the fast path is on
   * @param validator a validator of the factory, whose metadata the plans are compiled from and which is probed
   * @return the fast path
   */
  static PassingConstraints of(ValidatorFactory factory, Validator validator) {
    String resolver = factory.getTraversableResolver().getClass().getName();
    Optional<String> off = resolver.equals(TRAVERSE_ALL) ? SemanticsProbe.disagreement(validator)
        : Optional.of("traversable resolver " + resolver);
    if (off.isEmpty()) {
      PassingConstraints candidate = new PassingConstraints(Optional.empty(), validator);
      off = ContainerProbe.disagreement(validator, candidate);
      if (off.isEmpty()) {
        return candidate;
      }
    }
    return new PassingConstraints(off, validator);
  }

  /**
   * Tells whether a record certainly has no Bean Validation violation in the default group.
   *
   * @param record the record, not null
   * @return true only if Hibernate Validator would return no violation; false if it may return some
   */
  boolean passes(Object record) {
    if (!enabled) {
      return false;
    }
    try {
      return beanPasses(record, 0);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Tells whether a cascaded, non-null value passes, planned by its runtime class.
   *
   * @param value the value, not null
   * @param depth its cascade depth
   * @return true only if Hibernate Validator would report nothing for it
   */
  boolean cascadePasses(Object value, int depth) {
    if (depth > MAX_DEPTH || PlanCompiler.isContainer(value.getClass())) {
      return false;
    }
    return beanPasses(value, depth);
  }

  private boolean beanPasses(Object bean, int depth) {
    BeanPlan plan = plans.get(bean.getClass()).plan;
    return plan != null && plan.passes(bean, this, depth);
  }

  /**
   * Tells whether the fast path is on for this factory.
   *
   * @return false if the factory's traversable resolver is not Hibernate Validator's default
   */
  boolean enabled() {
    return enabled;
  }

  /**
   * Returns why the fast path is off.
   *
   * @return the reason, or empty if it is on
   */
  Optional<String> offReason() {
    return off;
  }

  /**
   * Returns the plan of a class, if it has one.
   *
   * @param type the runtime class
   * @return the plan, or empty if the class falls back to Hibernate Validator
   */
  Optional<BeanPlan> planOf(Class<?> type) {
    return Optional.ofNullable(plans.get(type).plan);
  }

  /**
   * Returns why a class has no plan.
   *
   * @param type the runtime class
   * @return the reason, or empty if the class has a plan
   */
  Optional<String> refusalOf(Class<?> type) {
    return Optional.ofNullable(plans.get(type).refusal);
  }

  /** Returns {@code PassingConstraints[on|off]}. */
  @Override
  public String toString() {
    return "PassingConstraints[" + off.map(reason -> "off: " + reason).orElse("on") + "]";
  }
}
