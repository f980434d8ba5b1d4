package io.github.jiceng.governance.json.value;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The JSON shape of one Immutables value type of {@code governance-core}, derived from the type itself: its
 * attributes in declaration order, each with its accessor, its builder setter and its kind.
 *
 * <p>A value type qualifies if it is a top-level abstract class in a package under
 * {@code io.github.jiceng.governance.core} and the generated {@code Immutable<Name>} in the same package extends it and
 * has a nested public {@code Builder} with a public no-argument constructor (the {@code builder = "new"} style).
 *
 * <p>An attribute is an instance field of {@code Immutable<Name>} for which the value type has a public accessor of
 * the same name and the builder a setter (strict builder style, decision 0009):
 * <ul>
 *   <li>{@code x(T)} for a plain attribute (required, or with a default);</li>
 *   <li>{@code x(T)} beside {@code x(Optional<? extends T>)} for an {@code Optional<T>} attribute;</li>
 *   <li>{@code addAllX(Iterable)} for a collection attribute;</li>
 *   <li>{@code putAllX(Map)} for a map attribute.</li>
 * </ul>
 * Derived accessors have no setter and are never attributes. The order of the attributes is the order of the instance
 * fields of {@code Immutable<Name>}, which Immutables declares in the order of the accessors in the source, and which
 * the JDK's reflection returns in class-file order ({@code PropertyOrderTest} pins it).
 */
final class ValueType {
  private static final String CORE = "io.github.jiceng.governance.core";
  private static final String PREFIX = "Immutable";
  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private static final ClassValue<Optional<ValueType>> TYPES = new ClassValue<>() {
    @Override
    protected Optional<ValueType> computeValue(Class<?> type) {
      return find(type);
    }
  };

  private final Class<?> valueClass;
  private final Class<?> implementation;
  private final Class<?> builder;
  /** The attributes by name, in declaration order. */
  private final Map<String, Attribute> attributes;
  /** The attributes by their builder setter. */
  private final Map<Method, Attribute> bySetter;

  private ValueType(Class<?> valueClass, Class<?> implementation, Class<?> builder, Map<String, Attribute> attributes) {
    this.valueClass = valueClass;
    this.implementation = implementation;
    this.builder = builder;
    this.attributes = attributes;
    Map<Method, Attribute> setters = new HashMap<>();
    attributes.values().forEach(attribute -> setters.put(attribute.setter(), attribute));
    this.bySetter = Map.copyOf(setters);
  }

  /**
   * Finds the value type of a class: the abstract value type itself, its {@code Immutable<Name>} implementation or
   * that implementation's {@code Builder}.
   *
   * @param type the class
   * @return the value type, or empty if the class is none of these
   */
  static Optional<ValueType> of(Class<?> type) {
    return TYPES.get(type);
  }

  private static Optional<ValueType> find(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || !isInCore(type)) {
      return Optional.empty();
    }
    Class<?> enclosing = type.getEnclosingClass();
    if (enclosing != null) {
      return type.getSimpleName().equals("Builder") ? of(enclosing).filter(t -> t.builder == type) : Optional.empty();
    }
    if (type.getSimpleName().startsWith(PREFIX) && type.getSuperclass() != null) {
      return of(type.getSuperclass()).filter(t -> t.implementation == type);
    }
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface() || !Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    Class<?> implementation;
    try {
      implementation = Class.forName(type.getPackageName() + "." + PREFIX + type.getSimpleName(), false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    if (implementation.getSuperclass() != type) {
      return Optional.empty();
    }
    for (Class<?> nested : implementation.getClasses()) {
      if (nested.getSimpleName().equals("Builder") && hasPublicNoArgConstructor(nested)) {
        return Optional.of(new ValueType(type, implementation, nested, attributes(type, implementation, nested)));
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a class is in a package of {@code governance-core}.
   *
   * @param type the class, not an array or a primitive
   * @return true for a package under {@code io.github.jiceng.governance.core}
   */
  static boolean isInCore(Class<?> type) {
    String name = type.getPackageName();
    return name.equals(CORE) || name.startsWith(CORE + ".");
  }

  private static boolean hasPublicNoArgConstructor(Class<?> type) {
    try {
      type.getConstructor();
      return Modifier.isStatic(type.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Map<String, Attribute> attributes(Class<?> valueClass, Class<?> implementation, Class<?> builder) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    for (Field field : implementation.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      accessor(valueClass, field.getName())
          .flatMap(accessor -> attribute(accessor, builder))
          .ifPresent(attribute -> attributes.put(attribute.name(), attribute));
    }
    return Collections.unmodifiableMap(attributes);
  }

  private static Optional<Method> accessor(Class<?> valueClass, String name) {
    try {
      Method method = valueClass.getMethod(name);
      return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class
          ? Optional.empty() : Optional.of(method);
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static Optional<Attribute> attribute(Method accessor, Class<?> builder) {
    String name = accessor.getName();
    Class<?> type = accessor.getReturnType();
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    if (Collection.class.isAssignableFrom(type)) {
      return setter(builder, "addAll" + capitalised, Iterable.class)
          .map(setter -> new Attribute(name, Attribute.Kind.COLLECTION, accessor, setter));
    }
    if (Map.class.isAssignableFrom(type)) {
      return setter(builder, "putAll" + capitalised, Map.class)
          .map(setter -> new Attribute(name, Attribute.Kind.MAP, accessor, setter));
    }
    boolean optional = OPTIONALS.contains(type);
    List<Method> setters = new ArrayList<>();
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && isSetter(method, builder) && !OPTIONALS.contains(parameter(method))) {
        setters.add(method);
      }
    }
    return setters.size() != 1 ? Optional.empty() : Optional.of(
        new Attribute(name, optional ? Attribute.Kind.OPTIONAL : Attribute.Kind.PLAIN, accessor, setters.get(0)));
  }

  private static Optional<Method> setter(Class<?> builder, String name, Class<?> parameter) {
    try {
      Method method = builder.getMethod(name, parameter);
      return isSetter(method, builder) ? Optional.of(method) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static boolean isSetter(Method method, Class<?> builder) {
    return !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1
        && method.getReturnType() == builder;
  }

  private static Class<?> parameter(Method method) {
    return method.getParameterTypes()[0];
  }

  /**
   * Returns the abstract value type.
   *
   * @return for example {@code Village}
   */
  Class<?> valueClass() {
    return valueClass;
  }

  /**
   * Returns the generated implementation.
   *
   * @return for example {@code ImmutableVillage}
   */
  Class<?> implementation() {
    return implementation;
  }

  /**
   * Returns the generated builder.
   *
   * @return for example {@code ImmutableVillage.Builder}
   */
  Class<?> builder() {
    return builder;
  }

  /**
   * Tells whether a class is the value type or its implementation (not the builder).
   *
   * @param type the class
   * @return true for the value type and {@code Immutable<Name>}
   */
  boolean isValue(Class<?> type) {
    return type == valueClass || type == implementation;
  }

  /**
   * Returns the attributes in declaration order.
   *
   * @return the attributes
   */
  Collection<Attribute> attributes() {
    return attributes.values();
  }

  /**
   * Finds the attribute read by an accessor of the value type.
   *
   * @param method a method of the value type or its implementation
   * @return the attribute, or empty for a derived accessor or another method
   */
  Optional<Attribute> readBy(Method method) {
    if (method.getParameterCount() != 0 || !isValue(method.getDeclaringClass())) {
      return Optional.empty();
    }
    return Optional.ofNullable(attributes.get(method.getName()));
  }

  /**
   * Finds the attribute set by a method of the builder.
   *
   * @param method a method of the builder
   * @return the attribute, or empty if the method is not the attribute's JSON setter
   */
  Optional<Attribute> setBy(Method method) {
    return Optional.ofNullable(bySetter.get(method));
  }

  /** Returns for example {@code ValueType[Village: code, name, kind, ...]}. */
  @Override
  public String toString() {
    return "ValueType[" + valueClass.getSimpleName() + ": " + String.join(", ", attributes.keySet()) + "]";
  }
}
