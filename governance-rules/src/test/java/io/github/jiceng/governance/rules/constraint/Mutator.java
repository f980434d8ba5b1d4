package io.github.jiceng.governance.rules.constraint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Changes one attribute of an Immutables record through its public {@code withX} methods, recursively into nested
 * values, lists and optionals: text becomes blank, Unicode spaces or short text, lists become empty or get one
 * changed element, optionals become empty or get a changed value, amounts become negative or zero. Changes that the
 * record's own invariants reject leave it as it was.
 */
final class Mutator {
  /** Texts around the edge of {@code @NotBlank}: empty, ASCII and Unicode spaces, controls and ordinary text. */
  static final List<String> TEXTS = List.of("", " ", "\t", "\n", "\u3000", " \u3000 ", "\u2003", "\u00a0",
      "\u200b", "\u001c", "\ufeff", "\u2028", "\u0085", "x", " x ", "村");
  /** Amounts around zero. */
  static final List<BigDecimal> AMOUNTS = List.of(new BigDecimal("-1"), new BigDecimal("-0.01"), BigDecimal.ZERO,
      new BigDecimal("0.00"), new BigDecimal("12.50"));
  private static final Object NONE = new Object();

  private final SplittableRandom random;

  Mutator(SplittableRandom random) {
    this.random = random;
  }

  /** Returns the value with one attribute changed at some depth, or the value itself if nothing could change. */
  Object mutate(Object value, int depth) {
    if (depth > 4) {
      return value;
    }
    List<Method> withers = new ArrayList<>();
    for (Method method : value.getClass().getMethods()) {
      if (method.getName().startsWith("with") && method.getName().length() > 4 && method.getParameterCount() == 1
          && !Modifier.isStatic(method.getModifiers()) && !method.getParameterTypes()[0].isArray()
          && method.getReturnType() == value.getClass()) {
        withers.add(method);
      }
    }
    if (withers.isEmpty()) {
      return value;
    }
    withers.sort((a, b) -> (a.getName() + a.getParameterTypes()[0].getName())
        .compareTo(b.getName() + b.getParameterTypes()[0].getName()));
    Method wither = withers.get(random.nextInt(withers.size()));
    String name = wither.getName().substring(4);
    String attribute = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    try {
      Object current = value.getClass().getMethod(attribute).invoke(value);
      Object replacement = replacement(wither.getParameterTypes()[0], current, depth);
      return replacement == NONE ? value : wither.invoke(value, replacement);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return value;
    } catch (InvocationTargetException e) {
      return value; // the record's invariants reject the change
    }
  }

  private Object replacement(Class<?> parameter, Object current, int depth) {
    if (parameter == String.class) {
      return TEXTS.get(random.nextInt(TEXTS.size()));
    }
    if (parameter == BigDecimal.class) {
      return AMOUNTS.get(random.nextInt(AMOUNTS.size()));
    }
    if (parameter == Optional.class && current instanceof Optional) {
      Optional<?> optional = (Optional<?>) current;
      if (optional.isEmpty() || random.nextInt(3) == 0) {
        return optional.isEmpty() ? NONE : Optional.empty();
      }
      Object changed = element(optional.get(), depth);
      return changed == NONE ? Optional.empty() : Optional.of(changed);
    }
    if (parameter == Iterable.class && current instanceof Iterable) {
      List<Object> elements = new ArrayList<>();
      ((Iterable<?>) current).forEach(elements::add);
      if (elements.isEmpty() || random.nextInt(3) == 0) {
        return List.of();
      }
      int index = random.nextInt(elements.size());
      Object changed = element(elements.get(index), depth);
      if (changed == NONE) {
        return List.of();
      }
      elements.set(index, changed);
      return elements;
    }
    if (current != null && parameter.isInstance(current)) {
      Object changed = mutate(current, depth + 1);
      return changed == current ? NONE : changed;
    }
    return NONE;
  }

  private Object element(Object element, int depth) {
    if (element instanceof String) {
      return TEXTS.get(random.nextInt(TEXTS.size()));
    }
    if (element instanceof BigDecimal) {
      return AMOUNTS.get(random.nextInt(AMOUNTS.size()));
    }
    Object changed = mutate(element, depth + 1);
    return changed == element ? NONE : changed;
  }
}
