package io.github.jiceng.governance.rules.constraint;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Compiles the {@link BeanPlan} of a runtime class from Hibernate Validator's own metadata (计划编译), or refuses.
 *
 * <p>A plan is made only if everything Hibernate Validator would do for a bean of the class in the default group is
 * understood: no class-level constraint; no {@code @GroupSequence} or {@code @GroupSequenceProvider} in the hierarchy;
 * no annotated instance field (whose constraints HV would merge into the accessor's property); every property a public,
 * non-static accessor without parameters, public or protected and with the same return type wherever it is declared (so
 * that every declaration dispatches to one implementation), that this module can call; every constraint a supported
 * built-in one ({@link ValueCheck}) in the default group (plus the implicit group of an interface that declares it),
 * not composed, validated by HV's own validators only, with no explicit unwrapping; cascades without group conversion,
 * on a declared type that is not a container; container element types only of {@code Iterable}, {@code Collection},
 * {@code List}, {@code Set}, {@code SortedSet}, {@code NavigableSet}, {@code Optional}, {@code Map}, {@code SortedMap}
 * and {@code NavigableMap}, not nested.
 */
final class PlanCompiler {
  private static final String VALIDATOR_PACKAGE = "org.hibernate.validator.internal.constraintvalidators.bv.";
  private static final Set<String> GROUP_SEQUENCES = Set.of("jakarta.validation.GroupSequence",
      "org.hibernate.validator.group.GroupSequenceProvider");
  private static final Set<Class<?>> ITERABLES = Set.of(Iterable.class, Collection.class, List.class, Set.class,
      SortedSet.class, NavigableSet.class);
  private static final Set<Class<?>> MAPS = Set.of(Map.class, SortedMap.class, NavigableMap.class);

  private final Validator validator;
  private final MethodHandles.Lookup lookup = MethodHandles.lookup();

  /**
   * Creates a compiler reading a validator's metadata.
   *
   * @param validator the validator whose {@code getConstraintsForClass} describes what it validates
   */
  PlanCompiler(Validator validator) {
    this.validator = validator;
  }

  /**
   * Compiles the plan of a class.
   *
   * @param type the runtime class of the beans
   * @return the plan
   * @throws PlanRefusal if anything Hibernate Validator would do for the class is not reproduced exactly
   */
  BeanPlan compile(Class<?> type) throws PlanRefusal {
    if (isContainer(type) || type.isPrimitive()) {
      throw new PlanRefusal("a container or primitive type: " + type.getName());
    }
    Set<Class<?>> hierarchy = hierarchy(type);
    for (Class<?> level : hierarchy) {
      for (Annotation annotation : level.getDeclaredAnnotations()) {
        if (GROUP_SEQUENCES.contains(annotation.annotationType().getName())) {
          throw new PlanRefusal("a group sequence on " + level.getName());
        }
      }
      if (!level.isInterface()) {
        refuseAnnotatedFields(level);
      }
    }
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    if (!bean.getConstraintDescriptors().isEmpty()) {
      throw new PlanRefusal("class-level constraints on " + type.getName());
    }
    List<PropertyPlan> properties = new ArrayList<>();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      properties.add(property(type, hierarchy, property));
    }
    return new BeanPlan(type, properties);
  }

  private PropertyPlan property(Class<?> type, Set<Class<?>> hierarchy, PropertyDescriptor property)
      throws PlanRefusal {
    String name = property.getPropertyName();
    Method accessor;
    try {
      accessor = type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new PlanRefusal("no public accessor " + name + "() in " + type.getName());
    }
    if (Modifier.isStatic(accessor.getModifiers()) || accessor.getReturnType() == void.class) {
      throw new PlanRefusal("not an accessor: " + accessor);
    }
    Class<?> declared = accessor.getReturnType();
    for (Class<?> level : hierarchy) {
      for (Method method : level.getDeclaredMethods()) {
        if (!method.getName().equals(name) || method.getParameterCount() != 0 || method.isBridge()) {
          continue;
        }
        if (method.getReturnType() != declared) {
          throw new PlanRefusal("covariant or differing return types of " + name + "() in " + type.getName());
        }
        // HV calls each declaration it found constraints on; only a public or protected one surely dispatches to
        // the same implementation as the accessor (a private or package-private one may be another method).
        int modifiers = method.getModifiers();
        if (Modifier.isStatic(modifiers) || !(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
          throw new PlanRefusal("a static, private or package-private " + name + "() in " + level.getName());
        }
      }
    }
    if (!isContainer(declared) && property.getElementClass() != declared) {
      throw new PlanRefusal("element class " + property.getElementClass() + " of " + name + " is not " + declared);
    }
    List<ValueCheck> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
      accept(constraint, type, name);
      if (constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
        throw new PlanRefusal("unwrapped constraint on " + name);
      }
      checks.add(ValueCheck.compile(constraint, declared));
    }
    boolean cascaded = property.isCascaded();
    if (cascaded && (!property.getGroupConversions().isEmpty() || isContainer(declared)
        || declared == Object.class)) {
      throw new PlanRefusal("cascade on a container or with group conversions: " + name);
    }
    List<ContainerPlan> containers = new ArrayList<>();
    for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
      containers.add(container(type, name, declared, element));
    }
    return new PropertyPlan(name, getter(type, accessor), checks, cascaded, containers);
  }

  private ContainerPlan container(Class<?> type, String name, Class<?> declared,
      ContainerElementTypeDescriptor element) throws PlanRefusal {
    Class<?> container = element.getContainerClass();
    Integer index = element.getTypeArgumentIndex();
    ContainerPlan.Extraction extraction;
    if (ITERABLES.contains(container) && index == 0) {
      extraction = ContainerPlan.Extraction.ELEMENTS;
    } else if (container == Optional.class && index == 0) {
      extraction = ContainerPlan.Extraction.OPTIONAL_VALUE;
    } else if (MAPS.contains(container) && index == 1) {
      extraction = ContainerPlan.Extraction.MAP_VALUES;
    } else if (MAPS.contains(container) && index == 0) {
      extraction = ContainerPlan.Extraction.MAP_KEYS;
    } else {
      throw new PlanRefusal("unsupported container " + container.getName() + "[" + index + "] of " + name);
    }
    if (container != declared) {
      throw new PlanRefusal("container " + container.getName() + " of " + name + " declared as " + declared);
    }
    if (!element.getConstrainedContainerElementTypes().isEmpty()) {
      throw new PlanRefusal("nested container elements in " + name);
    }
    if (element.isCascaded() && !element.getGroupConversions().isEmpty()) {
      throw new PlanRefusal("group conversions on the elements of " + name);
    }
    List<ValueCheck> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
      accept(constraint, type, name);
      if (constraint.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
        throw new PlanRefusal("explicit unwrapping on the elements of " + name);
      }
      checks.add(ValueCheck.compile(constraint, element.getElementClass()));
    }
    return new ContainerPlan(container, extraction, checks, element.isCascaded());
  }

  /** Refuses constraints that are composed, not in the default group, or validated by other than HV's own. */
  private static void accept(ConstraintDescriptor<?> constraint, Class<?> type, String name) throws PlanRefusal {
    String what = "@" + constraint.getAnnotation().annotationType().getSimpleName() + " on " + name;
    if (!constraint.getComposingConstraints().isEmpty()) {
      throw new PlanRefusal("composed " + what);
    }
    Set<Class<?>> groups = constraint.getGroups();
    if (!groups.contains(Default.class)) {
      throw new PlanRefusal("not in the default group: " + what);
    }
    for (Class<?> group : groups) {
      // HV adds the declaring interface as an implicit group of a default-group constraint.
      if (group != Default.class && !(group.isInterface() && group.isAssignableFrom(type))) {
        throw new PlanRefusal("group " + group.getName() + " of " + what);
      }
    }
    for (Class<?> validatorClass : constraint.getConstraintValidatorClasses()) {
      if (!validatorClass.getName().startsWith(VALIDATOR_PACKAGE)) {
        throw new PlanRefusal("validator " + validatorClass.getName() + " of " + what);
      }
    }
  }

  private static void refuseAnnotatedFields(Class<?> level) throws PlanRefusal {
    for (Field field : level.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())
          && (field.getDeclaredAnnotations().length > 0 || annotated(field.getAnnotatedType()))) {
        throw new PlanRefusal("an annotated field " + field.getName() + " in " + level.getName());
      }
    }
  }

  private static boolean annotated(AnnotatedType type) {
    if (type.getAnnotations().length > 0) {
      return true;
    }
    if (type instanceof AnnotatedParameterizedType) {
      for (AnnotatedType argument : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        if (annotated(argument)) {
          return true;
        }
      }
    }
    return type instanceof AnnotatedArrayType
        && annotated(((AnnotatedArrayType) type).getAnnotatedGenericComponentType());
  }

  /** Whether Hibernate Validator could treat a value of this type as a container rather than a bean. */
  static boolean isContainer(Class<?> type) {
    String name = type.getName();
    return type.isArray() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
        || type == Optional.class || type == java.util.OptionalInt.class || type == java.util.OptionalLong.class
        || type == java.util.OptionalDouble.class || name.startsWith("javafx.") || name.startsWith("com.google.");
  }

  private static Set<Class<?>> hierarchy(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    List<Class<?>> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      Class<?> next = pending.remove(pending.size() - 1);
      if (next != Object.class && all.add(next)) {
        if (next.getSuperclass() != null) {
          pending.add(next.getSuperclass());
        }
        pending.addAll(List.of(next.getInterfaces()));
      }
    }
    return all;
  }

  /**
   * Resolves an accessor once, as a virtual call on the runtime class (so that a public accessor inherited from a
   * class this module cannot see still resolves): a lambda through {@link LambdaMetafactory}, or else a method handle.
   */
  @SuppressWarnings("unchecked")
  private Function<Object, Object> getter(Class<?> type, Method accessor) throws PlanRefusal {
    MethodHandle handle;
    try {
      handle = lookup.findVirtual(type, accessor.getName(), MethodType.methodType(accessor.getReturnType()));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new PlanRefusal("accessor not accessible: " + accessor);
    }
    MethodType instantiated = MethodType.methodType(accessor.getReturnType(), type).wrap();
    try {
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
          MethodType.methodType(Object.class, Object.class), handle, instantiated);
      return (Function<Object, Object>) site.getTarget().invoke();
    } catch (Throwable e) {
      MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
      return bean -> {
        try {
          return generic.invokeExact(bean);
        } catch (RuntimeException | Error thrown) {
          throw thrown;
        } catch (Throwable thrown) {
          throw new IllegalStateException(thrown);
        }
      };
    }
  }

  /** Returns {@code PlanCompiler[validator]}. */
  @Override
  public String toString() {
    return "PlanCompiler[" + validator + "]";
  }
}
