package io.github.jiceng.governance.json.value;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

/**
 * The auto-detection of a value type: a getter is visible if it reads one of the type's attributes; setters, fields,
 * creators and is-getters are not detected. It ignores the mapper's visibility settings, because the wire format of
 * a value type is not configurable.
 */
final class AttributeVisibility extends VisibilityChecker.Std {
  private static final long serialVersionUID = 1L;
  /** The names of the attributes. */
  private final Set<String> attributes = new HashSet<>();

  /**
   * Creates the visibility of a value type.
   *
   * @param type the value type
   */
  AttributeVisibility(ValueType type) {
    super(Visibility.NONE);
    type.attributes().forEach(attribute -> attributes.add(attribute.name()));
  }

  /** Keeps this visibility whatever the mapper's settings or per-type overrides ask for. */
  @Override
  protected VisibilityChecker.Std _with(Visibility getter, Visibility isGetter, Visibility setter, Visibility creator,
      Visibility field) {
    return this;
  }

  @Override
  public boolean isGetterVisible(Method method) {
    return method.getParameterCount() == 0 && attributes.contains(method.getName());
  }

  @Override
  public boolean isGetterVisible(AnnotatedMethod method) {
    return isGetterVisible(method.getAnnotated());
  }
}
