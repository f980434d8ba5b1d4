package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the mix-ins complete: every public accessor of every registered record type is either a JSON property or
 * explicitly ignored in its mix-in, and the builder reads exactly the properties that are written. A new attribute
 * added to a model type without a JSON mapping fails this test.
 */
class MappingCompletenessTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass");

  /** Public instance methods without parameters that return a value: the accessors a user sees. */
  private static List<Method> accessors(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> m.getReturnType() != void.class && !OBJECT_METHODS.contains(m.getName()))
        .collect(Collectors.toList());
  }

  private static Map<String, Class<?>> registered() {
    Map<String, Class<?>> types = new java.util.LinkedHashMap<>();
    RecordTypes.standard().all().forEach(t -> types.put(t.name(), t.javaType()));
    return types;
  }

  @Test
  void everyRegisteredTypeIsChecked() {
    assertThat(registered()).isNotEmpty();
    for (Class<?> type : registered().values()) {
      assertThat(accessors(type)).as(type.getName()).isNotEmpty();
    }
  }

  @Test
  void everyAccessorIsAJsonPropertyOrExplicitlyIgnored() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Class<?>> entry : registered().entrySet()) {
      Class<?> type = entry.getValue();
      BeanDescription description = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type));
      Set<String> getters = description.findProperties().stream().filter(BeanPropertyDefinition::hasGetter)
          .map(p -> p.getGetter().getName()).collect(Collectors.toSet());
      for (Method accessor : accessors(type)) {
        boolean ignored = false;
        for (AnnotatedMethod method : description.getClassInfo().memberMethods()) {
          if (method.getName().equals(accessor.getName()) && method.getParameterCount() == 0) {
            ignored |= method.hasAnnotation(JsonIgnore.class);
          }
        }
        if (!getters.contains(accessor.getName()) && !ignored) {
          problems.add(entry.getKey() + ": " + accessor.getName() + "() has no JSON property and is not @JsonIgnore");
        }
        if (getters.contains(accessor.getName()) && ignored) {
          problems.add(entry.getKey() + ": " + accessor.getName() + "() is both a property and ignored");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theBuilderReadsExactlyThePropertiesThatAreWritten() {
    DeserializationConfig config = MAPPER.getDeserializationConfig();
    for (Map.Entry<String, Class<?>> entry : registered().entrySet()) {
      JavaType type = MAPPER.constructType(entry.getValue());
      Set<String> written = new TreeSet<>();
      MAPPER.getSerializationConfig().introspect(type).findProperties().stream()
          .filter(BeanPropertyDefinition::hasGetter).forEach(p -> written.add(p.getName()));
      BeanDescription value = config.introspect(type);
      Class<?> builder = config.getAnnotationIntrospector().findPOJOBuilder(value.getClassInfo());
      assertThat(builder).as(entry.getKey() + " has a builder").isNotNull();
      Set<String> read = new TreeSet<>();
      config.introspectForBuilder(MAPPER.constructType(builder), value).findProperties().stream()
          .filter(p -> p.hasSetter() || p.hasField() || p.hasConstructorParameter()).forEach(p -> read.add(p.getName()));
      assertThat(read).as(entry.getKey()).isEqualTo(written);
      assertThat(written).as(entry.getKey() + ": the type property is reserved").doesNotContain(GovernanceJson.TYPE_PROPERTY);
    }
  }
}
