package io.github.jiceng.governance.rules.constraint;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks once, against the Hibernate Validator actually present, that every {@link ValueCheck} answers as HV's own
 * validator for probe values (语义探测): blank and Unicode-space text, empty and sized containers, numbers around
 * zero, null. HV's validators have changed between versions (an older {@code NotBlankValidator} trims, 9.1 calls
 * {@code isBlank()}, and the two differ on Unicode spaces); if any answer differs, the fast path stays off.
 */
final class SemanticsProbe {
  private SemanticsProbe() {
  }

  /** One property per supported constraint and declared type; HV only reads the metadata and never calls them. */
  static final class Probe {
    @NotBlank CharSequence notBlank() { return null; }
    @NotEmpty CharSequence notEmptyText() { return null; }
    @NotEmpty Collection<?> notEmptyCollection() { return null; }
    @NotEmpty Map<?, ?> notEmptyMap() { return null; }
    @NotEmpty Object[] notEmptyObjects() { return null; }
    @NotEmpty int[] notEmptyInts() { return null; }
    @Size(min = 1, max = 2) CharSequence sizedText() { return null; }
    @Size(min = 1, max = 2) Collection<?> sizedCollection() { return null; }
    @Size(min = 1, max = 2) Map<?, ?> sizedMap() { return null; }
    @Size(min = 1, max = 2) Object[] sizedObjects() { return null; }
    @Size(min = 1, max = 2) int[] sizedInts() { return null; }
    @NotNull Object notNull() { return null; }
    @Positive Integer positiveInteger() { return null; }
    @Positive Long positiveLong() { return null; }
    @Positive Short positiveShort() { return null; }
    @Positive Byte positiveByte() { return null; }
    @Positive BigDecimal positiveDecimal() { return null; }
    @Positive BigInteger positiveBig() { return null; }
    @PositiveOrZero Integer zeroInteger() { return null; }
    @PositiveOrZero Long zeroLong() { return null; }
    @PositiveOrZero Short zeroShort() { return null; }
    @PositiveOrZero Byte zeroByte() { return null; }
    @PositiveOrZero BigDecimal zeroDecimal() { return null; }
    @PositiveOrZero BigInteger zeroBig() { return null; }
  }

  /**
   * Probes a validator.
   *
   * @param validator the validator of the factory the fast path stands in for
   * @return empty if every check agrees with it, or the first disagreement
   */
  static Optional<String> disagreement(Validator validator) {
    try {
      int probed = 0;
      for (PropertyDescriptor property : validator.getConstraintsForClass(Probe.class).getConstrainedProperties()) {
        String name = property.getPropertyName();
        Method accessor = Probe.class.getDeclaredMethod(name);
        for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
          probed++;
          ValueCheck check = ValueCheck.compile(constraint, accessor.getReturnType());
          boolean blank = constraint.getAnnotation().annotationType() == NotBlank.class;
          for (Object value : values(accessor.getReturnType(), blank)) {
            boolean expected = validator.validateValue(Probe.class, name, value).isEmpty();
            if (check.passes(value) != expected) {
              return Optional.of(name + " of " + describe(value) + ": Hibernate Validator says " + expected);
            }
          }
        }
      }
      int declared = Probe.class.getDeclaredMethods().length;
      return probed == declared ? Optional.empty()
          : Optional.of("Hibernate Validator sees " + probed + " of the " + declared + " probe constraints");
    } catch (PlanRefusal | NoSuchMethodException | RuntimeException e) {
      return Optional.of("probe failed: " + e);
    }
  }

  private static List<Object> values(Class<?> type, boolean blank) {
    List<Object> values = new ArrayList<>();
    values.add(null);
    if (type == CharSequence.class || type == Object.class) {
      values.addAll(List.of("", " ", "x", "xy", "xyz", " x ", "村", new StringBuilder(" "), new StringBuilder("x")));
      for (char c = 0; blank && c < 0x3001; c++) {
        if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
            || c == '\u200b') {
          values.add(String.valueOf(c));
          values.add("\u3000" + c + ' ');
        }
      }
      if (blank) {
        values.add("\ufeff");
      }
    } else if (type == Collection.class) {
      values.addAll(List.of(List.of(), List.of("a"), List.of("a", "b"), List.of("a", "b", "c")));
    } else if (type == Map.class) {
      values.addAll(List.of(Map.of(), Map.of("a", 1), Map.of("a", 1, "b", 2), Map.of("a", 1, "b", 2, "c", 3)));
    } else if (type == Object[].class) {
      values.addAll(List.of(new Object[0], new Object[1], new Object[2], new String[3]));
    } else if (type == int[].class) {
      values.addAll(List.of(new int[0], new int[1], new int[2], new int[3]));
    } else if (type == Integer.class) {
      values.addAll(List.of(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE));
    } else if (type == Long.class) {
      values.addAll(List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE));
    } else if (type == Short.class) {
      values.addAll(List.of(Short.MIN_VALUE, (short) -1, (short) 0, (short) 1, Short.MAX_VALUE));
    } else if (type == Byte.class) {
      values.addAll(List.of(Byte.MIN_VALUE, (byte) -1, (byte) 0, (byte) 1, Byte.MAX_VALUE));
    } else if (type == BigDecimal.class) {
      values.addAll(List.of(new BigDecimal("-1E-40"), new BigDecimal("-0.01"), BigDecimal.ZERO,
          new BigDecimal("0.000"), new BigDecimal("0E+5"), new BigDecimal("1E-40"), BigDecimal.TEN));
    } else if (type == BigInteger.class) {
      values.addAll(List.of(BigInteger.valueOf(-1), BigInteger.ZERO, BigInteger.ONE));
    }
    return values;
  }

  private static String describe(Object value) {
    if (value instanceof CharSequence) {
      return "text " + value.toString().codePoints().mapToObj(c -> String.format("U+%04X", c)).toList();
    }
    return value != null && value.getClass().isArray() ? "an array of " + java.lang.reflect.Array.getLength(value)
        : String.valueOf(value);
  }
}
