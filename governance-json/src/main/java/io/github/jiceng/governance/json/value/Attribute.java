package io.github.jiceng.governance.json.value;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One attribute of a value type as a JSON property: its name (the accessor's), how it is read and set, and how
 * {@code null} is treated on reading.
 *
 * @param name the property name, the same as the accessor's
 * @param kind the kind of attribute
 * @param accessor the public accessor of the value type, which writes the property
 * @param setter the builder method that reads the property
 */
record Attribute(String name, Kind kind, Method accessor, Method setter) {
  /** The kinds of attribute, by their builder setter. */
  enum Kind {
    /** A required attribute, or one with a default: {@code x(T)}; {@code null} fails. */
    PLAIN(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL)),
    /** An {@code Optional<T>}: {@code x(T)}; {@code null} is absent. */
    OPTIONAL(JsonSetter.Value.forValueNulls(Nulls.SKIP, Nulls.FAIL)),
    /** A collection: {@code addAllX(Iterable)}; {@code null} is empty, a {@code null} element fails. */
    COLLECTION(JsonSetter.Value.forValueNulls(Nulls.SKIP, Nulls.FAIL)),
    /** A map: {@code putAllX(Map)}; {@code null} is empty, a {@code null} value fails. */
    MAP(JsonSetter.Value.forValueNulls(Nulls.SKIP, Nulls.FAIL));

    private final JsonSetter.Value nulls;

    Kind(JsonSetter.Value nulls) {
      this.nulls = nulls;
    }
  }

  /**
   * Returns how {@code null} is read.
   *
   * @return the null handling of the property and of its elements
   */
  JsonSetter.Value nulls() {
    return kind.nulls;
  }

  /**
   * Tells whether the value is written directly (not inside an {@code Optional}, a collection or a map).
   *
   * @return true for a plain attribute
   */
  boolean isPlain() {
    return kind == Kind.PLAIN;
  }

  /**
   * Returns the class of the single values of the attribute: the attribute's type, the content of an
   * {@code Optional}, the elements of a collection, the values of a map.
   *
   * @return for example {@code LocalDate} for an {@code Optional<LocalDate>}
   */
  Class<?> valueClass() {
    Class<?> raw = accessor.getReturnType();
    if (raw == OptionalInt.class) {
      return int.class;
    } else if (raw == OptionalLong.class) {
      return long.class;
    } else if (raw == OptionalDouble.class) {
      return double.class;
    }
    Type type = accessor.getGenericReturnType();
    if (isPlain() || !(type instanceof ParameterizedType)) {
      return raw;
    }
    Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
    return rawClass(Map.class.isAssignableFrom(raw) ? arguments[1] : arguments[0]);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    } else if (type instanceof ParameterizedType) {
      return rawClass(((ParameterizedType) type).getRawType());
    } else if (type instanceof WildcardType) {
      return rawClass(((WildcardType) type).getUpperBounds()[0]);
    }
    return Object.class;
  }
}
