package io.github.jiceng.governance.json.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.deser.std.CollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.EnumDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringCollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.github.jiceng.governance.rules.RecordTypes;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Works out the {@link ObjectBinding} of a class from databind's deserializer for it: the direct binding is planned
 * from the mapper's own metadata, so that it cannot disagree with databind about names, setters or value conversions.
 * Only the Immutables value types of {@code governance-core} are bound (they carry no Jackson annotations: the
 * governance module alone configures them); a property whose deserializer it does not know gets a reader that always
 * gives up. Thread-safe (planning is synchronized; plans are immutable once made).
 */
final class BindingPlan {
  private static final String CORE = "io.github.jiceng.governance.core.";
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private final ObjectMapper mapper;
  private final RecordTypes types;
  private final int maxDepth;
  private final Map<Class<?>, Optional<ObjectBinding>> planned = new HashMap<>();

  /**
   * Creates a plan.
   *
   * @param mapper the mapper
   * @param types the record types
   * @param maxDepth the parser's maximum nesting depth
   */
  BindingPlan(ObjectMapper mapper, RecordTypes types, int maxDepth) {
    this.mapper = mapper;
    this.types = types;
    this.maxDepth = maxDepth;
  }

  /**
   * Returns the binding of a class as a record.
   *
   * @param type the class
   * @return the binding, or empty if databind must read its records
   */
  synchronized Optional<ObjectBinding> objectBinding(Class<?> type) {
    if (!type.getName().startsWith(CORE)) {
      return Optional.empty();
    }
    try {
      DeserializationContext context = context();
      JsonDeserializer<Object> deserializer = context.findRootValueDeserializer(mapper.constructType(type));
      return objectBinding(deserializer);
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty(); // databind reads the class and reports why it cannot
    }
  }

  private DeserializationContext context() {
    return ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createDummyInstance(mapper.getDeserializationConfig());
  }

  private Optional<ObjectBinding> objectBinding(JsonDeserializer<?> deserializer) {
    if (deserializer == null || deserializer.getClass() != BuilderBasedDeserializer.class) {
      return Optional.empty();
    }
    BuilderBasedDeserializer beans = (BuilderBasedDeserializer) deserializer;
    Class<?> builderClass = beans.handledType(); // a builder-based deserializer handles its builder
    Optional<ObjectBinding> known = planned.get(builderClass);
    if (known != null) {
      return known;
    }
    planned.put(builderClass, Optional.empty()); // until it is known to be bound
    if (!builderClass.getName().startsWith(CORE) || beans.getObjectIdReader() != null
        || beans.getPropertyCount() > Long.SIZE || beans.getValueInstantiator().getValueClass() != builderClass) {
      return Optional.empty();
    }
    ObjectBinding binding;
    try {
      Method buildMethod = builderClass.getMethod("build");
      Class<?> valueClass = buildMethod.getReturnType();
      binding = new ObjectBinding(valueClass, types.nameOf(valueClass).orElse(null), maxDepth,
          supplier(builderClass), function(buildMethod));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
    planned.put(builderClass, Optional.of(binding)); // before the properties: a property may nest the same class
    try {
      List<ObjectBinding.Property> properties = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = beans.properties(); it.hasNext(); ) {
        SettableBeanProperty property = it.next();
        BiConsumer<Object, Object> setter = setter(property);
        ValueReader reader = setter == null || !(property instanceof MethodProperty)
            || property.getValueTypeDeserializer() != null ? ValueReader.NEVER
            : reader(property.getValueDeserializer());
        properties.add(new ObjectBinding.Property(property.getName(), reader, setter));
      }
      binding.complete(properties);
      return Optional.of(binding);
    } catch (RuntimeException e) {
      planned.put(builderClass, Optional.empty()); // not half a binding: databind reads the class
      throw e;
    }
  }

  /** The reader of the values of a deserializer, or {@link ValueReader#NEVER}. */
  private ValueReader reader(JsonDeserializer<?> deserializer) {
    if (deserializer == null) {
      return ValueReader.NEVER;
    }
    Class<?> kind = deserializer.getClass();
    if (deserializer instanceof TextScalar) {
      return ValueReader.text((TextScalar) deserializer);
    } else if (kind == StringDeserializer.class) {
      return ValueReader.STRING;
    } else if (kind == NumberDeserializers.IntegerDeserializer.class) {
      return ValueReader.INT;
    } else if (kind == NumberDeserializers.LongDeserializer.class) {
      return ValueReader.LONG;
    } else if (kind == NumberDeserializers.BooleanDeserializer.class) {
      return ValueReader.BOOLEAN;
    } else if (kind == EnumDeserializer.class) {
      return enumReader(deserializer.handledType());
    } else if (kind == CollectionDeserializer.class) {
      CollectionDeserializer list = (CollectionDeserializer) deserializer;
      ValueReader element = reader(list.getContentDeserializer());
      return element == ValueReader.NEVER || list.getValueInstantiator().getValueClass() != ArrayList.class
          ? ValueReader.NEVER : ValueReader.list(element, maxDepth);
    } else if (kind == StringCollectionDeserializer.class) {
      StringCollectionDeserializer strings = (StringCollectionDeserializer) deserializer;
      JsonDeserializer<?> content = strings.getContentDeserializer();
      return (content == null || content.getClass() == StringDeserializer.class)
          && strings.getValueInstantiator().getValueClass() == ArrayList.class
          ? ValueReader.list(ValueReader.STRING, maxDepth) : ValueReader.NEVER;
    } else if (kind == BuilderBasedDeserializer.class) {
      return objectBinding(deserializer).<ValueReader>map(b -> b).orElse(ValueReader.NEVER);
    }
    return ValueReader.NEVER;
  }

  /**
   * The constants of an enum by the names that the mapper writes them under, each checked to read back as itself, so
   * that a name found here is read as databind reads it.
   */
  private ValueReader enumReader(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    if (constants == null) {
      return ValueReader.NEVER;
    }
    Map<String, Object> byName = new HashMap<>();
    try {
      for (Object constant : constants) {
        String json = mapper.writeValueAsString(constant);
        if (json.length() < 2 || json.charAt(0) != '"' || json.indexOf('\\') >= 0
            || mapper.readValue(json, type) != constant) {
          return ValueReader.NEVER;
        }
        byName.put(json.substring(1, json.length() - 1), constant);
      }
    } catch (JsonProcessingException | RuntimeException e) {
      return ValueReader.NEVER;
    }
    return ValueReader.named(Map.copyOf(byName));
  }

  /** The builder setter of a property as a lambda, or null. */
  @SuppressWarnings("unchecked")
  private static BiConsumer<Object, Object> setter(SettableBeanProperty property) {
    if (!(property.getMember() != null && property.getMember().getMember() instanceof Method)) {
      return null;
    }
    Method method = (Method) property.getMember().getMember();
    if (method.getParameterCount() != 1 || !Modifier.isPublic(method.getModifiers())) {
      return null;
    }
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      Class<?> parameter = MethodType.methodType(method.getParameterTypes()[0]).wrap().returnType();
      return (BiConsumer<Object, Object>) LambdaMetafactory.metafactory(LOOKUP, "accept",
          MethodType.methodType(BiConsumer.class), MethodType.methodType(void.class, Object.class, Object.class),
          target, MethodType.methodType(void.class, method.getDeclaringClass(), parameter))
          .getTarget().invokeExact();
    } catch (Throwable e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Supplier<Object> supplier(Class<?> builderClass) throws ReflectiveOperationException {
    MethodHandle constructor = LOOKUP.findConstructor(builderClass, MethodType.methodType(void.class));
    try {
      return (Supplier<Object>) LambdaMetafactory.metafactory(LOOKUP, "get", MethodType.methodType(Supplier.class),
          MethodType.methodType(Object.class), constructor, MethodType.methodType(builderClass))
          .getTarget().invokeExact();
    } catch (Throwable e) {
      throw new ReflectiveOperationException("no supplier of " + builderClass.getName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Function<Object, Object> function(Method build) throws ReflectiveOperationException {
    MethodHandle target = LOOKUP.unreflect(build);
    try {
      return (Function<Object, Object>) LambdaMetafactory.metafactory(LOOKUP, "apply",
          MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
          MethodType.methodType(build.getReturnType(), build.getDeclaringClass())).getTarget().invokeExact();
    } catch (Throwable e) {
      throw new ReflectiveOperationException("no function of " + build, e);
    }
  }

  /** Returns for example {@code BindingPlan[12 classes]}. */
  @Override
  public String toString() {
    return "BindingPlan[" + planned.size() + " classes]";
  }
}
