package io.github.jiceng.governance.rules.constraint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One built-in constraint as a cheap predicate (约束快检) that answers exactly as Hibernate Validator's own validator
 * for the constraint and the declared type of the constrained element would: the same methods are called on the value
 * (for example {@code NotBlankValidator} of HV 9.1 calls {@code toString().isBlank()}), and null passes or fails as
 * there. A value of a runtime type the validator would not expect fails, so that the caller asks HV.
 *
 * <p>Supported: {@code @NotNull}; {@code @NotBlank} on char sequences; {@code @NotEmpty} and {@code @Size} on char
 * sequences, collections, maps and arrays; {@code @Positive} and {@code @PositiveOrZero} on {@code Integer},
 * {@code Long}, {@code Short}, {@code Byte} (or their primitives), {@code BigDecimal} and {@code BigInteger}. Any
 * other constraint, or one of these on another declared type, is refused.
 */
@FunctionalInterface
interface ValueCheck {
  /**
   * Tells whether a value satisfies the constraint.
   *
   * @param value the value, may be null
   * @return true only if Hibernate Validator's validator would accept it
   */
  boolean passes(Object value);

  /**
   * Compiles a constraint on an element of a declared type.
   *
   * @param constraint the constraint's descriptor
   * @param declared the declared (static) type of the constrained element, as Hibernate Validator sees it
   * @return the check
   * @throws PlanRefusal if the constraint or the type is not supported
   */
  static ValueCheck compile(ConstraintDescriptor<?> constraint, Class<?> declared) throws PlanRefusal {
    Class<? extends Annotation> type = constraint.getAnnotation().annotationType();
    if (mayBeUnwrappedByDefault(declared)) {
      throw new PlanRefusal("@" + type.getSimpleName() + " on " + declared.getName());
    }
    if (type == NotNull.class) {
      return Objects::nonNull;
    }
    if (type == NotBlank.class) {
      if (!CharSequence.class.isAssignableFrom(declared)) {
        throw new PlanRefusal("@NotBlank on " + declared.getName());
      }
      return value -> value instanceof CharSequence && !((CharSequence) value).toString().isBlank();
    }
    if (type == NotEmpty.class) {
      Sized sized = Sized.of(declared);
      return value -> value != null && sized.fits(value) && sized.size(value) > 0;
    }
    if (type == Size.class) {
      Map<String, Object> attributes = constraint.getAttributes();
      int min = (Integer) attributes.get("min");
      int max = (Integer) attributes.get("max");
      if (min < 0 || max < 0 || max < min) {
        throw new PlanRefusal("@Size with invalid bounds " + min + ".." + max + " (HV throws)");
      }
      Sized sized = Sized.of(declared);
      return value -> {
        if (value == null) {
          return true;
        }
        if (!sized.fits(value)) {
          return false;
        }
        int size = sized.size(value);
        return size >= min && size <= max;
      };
    }
    if (type == PositiveOrZero.class) {
      Signed signed = Signed.of(declared);
      return value -> value == null || (signed.fits(value) && signed.signum(value) >= 0);
    }
    if (type == Positive.class) {
      Signed signed = Signed.of(declared);
      return value -> value == null || (signed.fits(value) && signed.signum(value) > 0);
    }
    throw new PlanRefusal("unsupported constraint @" + type.getName());
  }

  /** Whether Hibernate Validator may unwrap a value of this declared type by default, or it is an open type. */
  private static boolean mayBeUnwrappedByDefault(Class<?> declared) {
    String name = declared.getName();
    return declared == Optional.class || declared == OptionalInt.class || declared == OptionalLong.class
        || declared == OptionalDouble.class || name.startsWith("javafx.") || name.startsWith("com.google.");
  }

  /** The types whose size {@code @NotEmpty} and {@code @Size} measure, each as Hibernate Validator measures it. */
  enum Sized {
    /** {@code CharSequence.length()}. */
    CHARS(CharSequence.class),
    /** {@code Collection.size()}. */
    COLLECTION(Collection.class),
    /** {@code Map.size()}. */
    MAP(Map.class),
    /** The length of an array of references. */
    OBJECTS(Object[].class),
    /** The length of an array of primitives (of the declared component type). */
    PRIMITIVES(Object.class);

    private final Class<?> type;

    Sized(Class<?> type) {
      this.type = type;
    }

    static Sized of(Class<?> declared) throws PlanRefusal {
      Sized found = null;
      for (Sized sized : values()) {
        boolean matches = sized == PRIMITIVES
            ? declared.isArray() && declared.getComponentType().isPrimitive()
            : sized.type.isAssignableFrom(declared);
        if (matches) {
          if (found != null) {
            throw new PlanRefusal("ambiguous sized type " + declared.getName());
          }
          found = sized;
        }
      }
      if (found == null) {
        throw new PlanRefusal("no size validator for " + declared.getName());
      }
      return found;
    }

    boolean fits(Object value) {
      return this == PRIMITIVES ? value.getClass().isArray() && value.getClass().getComponentType().isPrimitive()
          : type.isInstance(value);
    }

    int size(Object value) {
      switch (this) {
        case CHARS:
          return ((CharSequence) value).length();
        case COLLECTION:
          return ((Collection<?>) value).size();
        case MAP:
          return ((Map<?, ?>) value).size();
        case OBJECTS:
          return ((Object[]) value).length;
        default:
          return Array.getLength(value);
      }
    }
  }

  /** The number types whose sign {@code @Positive} and {@code @PositiveOrZero} take, as Hibernate Validator does. */
  enum Signed {
    /** {@code Integer.signum(intValue())}. */
    INTEGER(Integer.class, int.class),
    /** {@code Long.signum(longValue())}. */
    LONG(Long.class, long.class),
    /** {@code compareTo(0)}. */
    SHORT(Short.class, short.class),
    /** {@code compareTo(0)}. */
    BYTE(Byte.class, byte.class),
    /** {@code signum()}. */
    BIG_DECIMAL(BigDecimal.class, null),
    /** {@code signum()}. */
    BIG_INTEGER(BigInteger.class, null);

    private final Class<?> boxed;
    private final Class<?> primitive;

    Signed(Class<?> boxed, Class<?> primitive) {
      this.boxed = boxed;
      this.primitive = primitive;
    }

    static Signed of(Class<?> declared) throws PlanRefusal {
      for (Signed signed : values()) {
        if (declared == signed.boxed || declared == signed.primitive) {
          return signed;
        }
      }
      throw new PlanRefusal("no supported sign validator for " + declared.getName());
    }

    boolean fits(Object value) {
      return boxed.isInstance(value);
    }

    int signum(Object value) {
      switch (this) {
        case INTEGER:
          return Integer.signum((Integer) value);
        case LONG:
          return Long.signum((Long) value);
        case SHORT:
          return ((Short) value).compareTo((short) 0);
        case BYTE:
          return ((Byte) value).compareTo((byte) 0);
        case BIG_DECIMAL:
          return ((BigDecimal) value).signum();
        default:
          return ((BigInteger) value).signum();
      }
    }
  }
}
