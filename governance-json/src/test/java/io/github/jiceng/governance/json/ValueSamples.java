package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.testkit.IdentifierGenerators;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Random instances of any Immutables value type of {@code governance-core}, built by reflection through the generated
 * builder, for the generic completeness tests. Independent of the JSON module: a type's attributes are read from the
 * withers of its {@code Immutable<Name>} class ({@code withName(..)}), which Immutables generates for every attribute
 * and never for a derived accessor.
 *
 * <p>Values are drawn by type: strings (ids, versions and JSON-hostile names), ISO dates, division codes of every
 * level, credit codes, resident identity numbers, enums, booleans, integers, amounts with a scale, and nested value
 * types. A draw that a check of the type rejects (a code at the wrong level, a period that ends before it starts) is
 * drawn again.
 */
public final class ValueSamples {
  private static final int ATTEMPTS = 2000;
  /**
   * Attempts for a value nested in another one. Rejection sampling nests: without a smaller budget inside, a type
   * whose checks rarely pass under a type whose checks rarely pass costs ATTEMPTS x ATTEMPTS draws (a CI run hung on
   * such a seed). A nested value that cannot be drawn makes the enclosing attempt start again.
   */
  private static final int NESTED_ATTEMPTS = 50;
  /** Tells the enclosing draw that a nested value could not be drawn within its budget. */
  private static final class NestedDrawExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NestedDrawExhausted(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private static final String CORE = "io.github.jiceng.governance.core";

  private ValueSamples() {
  }

  /** Tells whether a class is an Immutables value type of core: abstract, with a generated {@code Immutable<Name>}. */
  static boolean isValueType(Class<?> type) {
    return type.getPackageName().startsWith(CORE) && Modifier.isAbstract(type.getModifiers()) && !type.isInterface()
        && !type.isEnum() && implementation(type).isPresent();
  }

  static Optional<Class<?>> implementation(Class<?> type) {
    try {
      Class<?> implementation = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
      return implementation.getSuperclass() == type ? Optional.of(implementation) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The attributes of a value type, by their withers, sorted by name. */
  static Set<String> attributes(Class<?> type) {
    Class<?> implementation = implementation(type).orElseThrow();
    Set<String> names = new TreeSet<>();
    for (Method method : implementation.getMethods()) {
      if (method.getName().startsWith("with") && method.getName().length() > 4 && method.getParameterCount() == 1
          && method.getReturnType() == implementation) {
        String name = method.getName().substring(4);
        names.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
      }
    }
    return names;
  }

  /** The public accessors a user sees: instance methods without parameters that return a value. */
  static Set<String> accessors(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
          && method.getReturnType() != void.class
          && !Set.of("hashCode", "toString", "getClass").contains(method.getName())) {
        names.add(method.getName());
      }
    }
    return names;
  }

  /** The value types reachable from some types through their attributes (elements, optional contents, map values). */
  static Set<Class<?>> reachable(Collection<Class<?>> roots) {
    Set<Class<?>> found = new LinkedHashSet<>();
    List<Class<?>> queue = new ArrayList<>(roots);
    while (!queue.isEmpty()) {
      Class<?> type = queue.remove(0);
      if (!isValueType(type) || !found.add(type)) {
        continue;
      }
      for (String attribute : attributes(type)) {
        queue.addAll(classesIn(accessor(type, attribute).getGenericReturnType()));
      }
    }
    return found;
  }

  private static List<Class<?>> classesIn(Type type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type instanceof Class) {
      classes.add((Class<?>) type);
    } else if (type instanceof ParameterizedType) {
      classes.addAll(classesIn(((ParameterizedType) type).getRawType()));
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        classes.addAll(classesIn(argument));
      }
    } else if (type instanceof WildcardType) {
      classes.addAll(classesIn(((WildcardType) type).getUpperBounds()[0]));
    }
    return classes;
  }

  private static Method accessor(Class<?> type, String attribute) {
    try {
      return type.getMethod(attribute);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getSimpleName() + " has a wither but no public accessor for " + attribute, e);
    }
  }

  /**
   * Draws an instance with every attribute set: every optional attribute present, every collection and map with
   * elements.
   */
  public static <T> T full(Class<T> type, SplittableRandom random) {
    return draw(type, random, true);
  }

  /**
   * The required attributes of a value type: those an empty builder names when it cannot build ("some of required
   * attributes are not set [a, b]").
   */
  static Set<String> required(Class<?> type) {
    try {
      Class<?> implementation = implementation(type).orElseThrow();
      Class<?> builderClass = Class.forName(implementation.getName() + "$Builder", true, type.getClassLoader());
      Object builder = builderClass.getConstructor().newInstance();
      builderClass.getMethod("build").invoke(builder);
      return Set.of();
    } catch (InvocationTargetException e) {
      String message = String.valueOf(e.getCause().getMessage());
      int start = message.indexOf("not set [");
      if (start < 0) {
        throw new AssertionError("unexpected message of an empty builder of " + type.getSimpleName(), e.getCause());
      }
      Set<String> names = new TreeSet<>();
      for (String name : message.substring(start + "not set [".length(), message.indexOf(']', start)).split(",")) {
        names.add(name.trim());
      }
      return names;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Draws an instance with the required attributes and a random subset of the others set (the others absent, empty
   * or at their default).
   */
  static <T> T partial(Class<T> type, SplittableRandom random) {
    return draw(type, random, false);
  }

  private static <T> T draw(Class<T> type, SplittableRandom random, boolean full) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return drawAtDepth(type, random, full, depth[0] > 1);
    } finally {
      depth[0]--;
    }
  }

  private static <T> T drawAtDepth(Class<T> type, SplittableRandom random, boolean full, boolean nested) {
    Class<?> implementation = implementation(type).orElseThrow();
    Set<String> required = full ? Set.of() : required(type);
    RuntimeException last = null;
    int attempts = nested ? NESTED_ATTEMPTS : ATTEMPTS;
    for (int attempt = 0; attempt < attempts; attempt++) {
      try {
        Class<?> builderClass = Class.forName(implementation.getName() + "$Builder", true, type.getClassLoader());
        Object builder = builderClass.getConstructor().newInstance();
        for (String attribute : attributes(type)) {
          if (full || required.contains(attribute) || random.nextBoolean()) {
            set(builder, accessor(type, attribute), random, full);
          }
        }
        return type.cast(builderClass.getMethod("build").invoke(builder));
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof IllegalStateException)) {
          throw new AssertionError(e.getCause());
        }
        last = (RuntimeException) e.getCause(); // a check of the type, or a required attribute left out: draw again
      } catch (NestedDrawExhausted e) {
        last = e; // a nested value could not be drawn: draw this one again
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    if (nested) {
      throw new NestedDrawExhausted("no valid " + type.getSimpleName() + " in " + attempts + " attempts", last);
    }
    throw new AssertionError("no valid " + type.getSimpleName() + " in " + attempts + " attempts", last);
  }

  private static void set(Object builder, Method accessor, SplittableRandom random, boolean full)
      throws ReflectiveOperationException {
    String name = accessor.getName();
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    Class<?> raw = accessor.getReturnType();
    Type type = accessor.getGenericReturnType();
    Class<?> builderClass = builder.getClass();
    if (Collection.class.isAssignableFrom(raw)) {
      Type element = argument(type, 0);
      List<Object> elements = new ArrayList<>();
      for (int i = full ? 1 + random.nextInt(2) : random.nextInt(3); i > 0; i--) {
        elements.add(value(element, random, full));
      }
      builderClass.getMethod("addAll" + capitalised, Iterable.class).invoke(builder, elements);
    } else if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      for (int i = full ? 1 + random.nextInt(2) : random.nextInt(3); i > 0; i--) {
        entries.put(value(argument(type, 0), random, full), value(argument(type, 1), random, full));
      }
      builderClass.getMethod("putAll" + capitalised, Map.class).invoke(builder, entries);
    } else if (raw == Optional.class) {
      Type content = argument(type, 0);
      setter(builderClass, name).invoke(builder, value(content, random, full));
    } else {
      setter(builderClass, name).invoke(builder, value(type, random, full));
    }
  }

  /** The setter {@code x(T)} of a plain or optional attribute (for {@code Optional<Integer>} it takes an int). */
  private static Method setter(Class<?> builderClass, String name) {
    for (Method method : builderClass.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1
          && method.getParameterTypes()[0] != Optional.class) {
        return method;
      }
    }
    throw new AssertionError(builderClass.getName() + " has no setter " + name + "(..)");
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof ParameterizedType) {
      return rawClass(((ParameterizedType) type).getRawType());
    } else if (type instanceof WildcardType) {
      return rawClass(((WildcardType) type).getUpperBounds()[0]);
    }
    return (Class<?>) type;
  }

  private static Object value(Type type, SplittableRandom random, boolean full) {
    Class<?> raw = rawClass(type);
    if (raw == String.class) {
      switch (random.nextInt(3)) {
        case 0:
          return "x." + random.nextInt(100);
        case 1:
          return Integer.toString(2000 + random.nextInt(30));
        default:
          return Samples.name(random);
      }
    } else if (raw == LocalDate.class) {
      return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20000));
    } else if (raw == LocalDateTime.class) {
      LocalDateTime time = LocalDateTime.of(1990, 1, 1, 0, 0).plusMinutes(random.nextInt(20_000_000));
      return random.nextBoolean() ? time : time.plusSeconds(random.nextInt(60)).plusNanos(random.nextInt(1000) * 1000L);
    } else if (raw == DivisionCode.class) {
      DivisionLevel level = DivisionLevel.values()[random.nextInt(DivisionLevel.values().length)];
      return IdentifierGenerators.divisionCodes(level).generate(random);
    } else if (raw == UnifiedSocialCreditCode.class) {
      return IdentifierGenerators.unifiedSocialCreditCodes().generate(random);
    } else if (raw == ResidentIdNumber.class) {
      return IdentifierGenerators.residentIdNumbers().generate(random);
    } else if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    } else if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    } else if (raw == int.class || raw == Integer.class) {
      return random.nextInt(1000);
    } else if (raw == long.class || raw == Long.class) {
      return random.nextLong(1_000_000L);
    } else if (raw == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000_000L), random.nextInt(4));
    } else if (isValueType(raw)) {
      return draw(raw, random, full);
    }
    throw new AssertionError("ValueSamples cannot draw a " + type.getTypeName() + "; add it to ValueSamples.value");
  }
}
