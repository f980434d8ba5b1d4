package io.github.jiceng.governance.rules.constraint;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator treat record-style accessors such as {@code name()} as properties: every method without
 * parameters that returns a value, except {@code hashCode}, {@code toString} and {@code getClass}, is a property
 * named like the method. Without it, HV validates nothing on such accessors (their constraints count only as
 * return-value constraints).
 */
public final class AccessorPropertyStrategy implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass");

  /** Creates the strategy. */
  public AccessorPropertyStrategy() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
