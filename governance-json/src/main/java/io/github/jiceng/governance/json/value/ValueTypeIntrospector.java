package io.github.jiceng.governance.json.value;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import io.github.jiceng.governance.json.decimal.DecimalJson;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every Immutables value type of {@code governance-core} its JSON mapping, as the mix-ins of decision 0005 did
 * by hand, from the {@link ValueType} derived from the type itself (decision 0009).
 *
 * <p>It is inserted before Jackson's own annotation introspector and answers only for value types, their
 * {@code Immutable<Name>} implementations and their builders; for every other class it answers nothing, so Jackson's
 * annotations and defaults apply there. For a value type:
 * <ul>
 *   <li>only the attributes are properties (a visibility per type), so a derived accessor never joins the wire
 *       format;</li>
 *   <li>each attribute's accessor is a property of the attribute's name, written in declaration order; absent
 *       optional attributes are omitted;</li>
 *   <li>{@code java.time} values are written as ISO-8601 strings, whatever the mapper's date settings, and
 *       {@code BigDecimal} values (money, hours) as decimal strings ({@link DecimalJson});</li>
 *   <li>reading goes through the generated builder ({@code build()}, setters without prefix): each attribute's
 *       setter is the property of the same name; {@code null} fails for plain attributes and for elements, and means
 *       absent for optional, collection and map attributes.</li>
 * </ul>
 */
final class ValueTypeIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;
  private static final JsonPOJOBuilder.Value BUILDER = new JsonPOJOBuilder.Value("build", "");
  private static final JsonFormat.Value ISO = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
  private static final JsonInclude.Value NON_ABSENT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS);

  /** Property orders that differ from the declaration order, by value type. */
  private final Map<Class<?>, List<String>> orders;
  /** The JSON names of the attributes. */
  private final PropertyNames names;

  /**
   * Creates the introspector.
   *
   * @param orders the property orders that differ from the declaration order, by abstract value type: the attribute
   *     names listed come first, in that order, and the other attributes follow in declaration order
   * @param names the JSON names of the attributes
   */
  ValueTypeIntrospector(Map<Class<?>, List<String>> orders, PropertyNames names) {
    this.orders = Map.copyOf(orders);
    this.names = names;
  }

  private static Optional<ValueType> valueType(Annotated annotated) {
    return annotated instanceof AnnotatedClass ? ValueType.of(annotated.getRawType()) : Optional.empty();
  }

  private Optional<PropertyName> nameOf(Annotated annotated, Optional<Attribute> attribute) {
    return attribute.map(a -> PropertyName.construct(
        names.of(ValueType.of(((AnnotatedMethod) annotated).getDeclaringClass()).orElseThrow(), a.name())));
  }

  private static Optional<Attribute> readBy(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMethod)) {
      return Optional.empty();
    }
    AnnotatedMethod method = (AnnotatedMethod) annotated;
    return ValueType.of(method.getDeclaringClass()).flatMap(type -> type.readBy(method.getAnnotated()));
  }

  private static Optional<Attribute> setBy(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMethod)) {
      return Optional.empty();
    }
    AnnotatedMethod method = (AnnotatedMethod) annotated;
    return ValueType.of(method.getDeclaringClass()).flatMap(type -> type.setBy(method.getAnnotated()));
  }

  /**
   * Auto-detection: the getters of a value type (and of its implementation) are visible if they read one of its
   * attributes, and nothing else is; its builder detects nothing. Other abstract types of core (such as
   * {@code TerritorialUnit}) detect nothing either, so that no derived accessor is written where such a type is the
   * static type.
   */
  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
    Class<?> raw = ac.getRawType();
    Optional<ValueType> type = ValueType.of(raw);
    if (type.isPresent() && type.get().isValue(raw)) {
      return new AttributeVisibility(type.get());
    }
    return type.isPresent() || isCoreAbstraction(raw) ? checker.with(Visibility.NONE) : checker;
  }

  /**
   * Names every accessor of a value type after itself, also one inherited from an interface of core (such as
   * {@code code()} of {@code TerritorialUnit}), which no other hook can tell apart from the accessors of other types;
   * the visibility of {@link #findAutoDetectVisibility} keeps only the attributes of the type being introspected.
   */
  @Override
  public String findImplicitPropertyName(AnnotatedMember member) {
    if (!(member instanceof AnnotatedMethod)) {
      return null;
    }
    Method method = ((AnnotatedMethod) member).getAnnotated();
    Class<?> declaring = method.getDeclaringClass();
    boolean accessor = method.getParameterCount() == 0 && method.getReturnType() != void.class
        && !Modifier.isStatic(method.getModifiers());
    boolean owner = ValueType.of(declaring).map(type -> type.isValue(declaring)).orElse(false)
        || isCoreAbstraction(declaring);
    return accessor && owner ? method.getName() : null;
  }

  private static boolean isCoreAbstraction(Class<?> type) {
    return (type.isInterface() || Modifier.isAbstract(type.getModifiers())) && !type.isArray() && !type.isPrimitive()
        && ValueType.isInCore(type);
  }

  @Override
  public PropertyName findNameForSerialization(Annotated a) {
    return nameOf(a, readBy(a)).orElse(null);
  }

  /**
   * A value type is written by its implementation's serializer, also where the abstract type is the static type (as
   * in {@code writerFor(Village.class)}), the way {@code @JsonSerialize(as = ImmutableVillage.class)} would.
   */
  @Override
  public JavaType refineSerializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
    Optional<ValueType> type = valueType(a);
    return type.isPresent() && type.get().valueClass() == baseType.getRawClass()
        ? config.getTypeFactory().constructSpecializedType(baseType, type.get().implementation())
        : baseType;
  }

  @Override
  public String[] findSerializationPropertyOrder(AnnotatedClass ac) {
    return valueType(ac).filter(type -> type.isValue(ac.getRawType()))
        .map(type -> order(type).toArray(String[]::new))
        .orElse(null);
  }

  private List<String> order(ValueType type) {
    Set<String> order = new LinkedHashSet<>(orders.getOrDefault(type.valueClass(), List.of()));
    type.attributes().forEach(attribute -> order.add(attribute.name()));
    return order.stream().map(attribute -> names.of(type, attribute)).collect(Collectors.toList());
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    return valueType(a).filter(type -> type.isValue(a.getRawType())).isPresent() ? NON_ABSENT
        : JsonInclude.Value.empty();
  }

  @Override
  public JsonFormat.Value findFormat(Annotated memberOrClass) {
    return readBy(memberOrClass).filter(attribute -> isTime(attribute.valueClass())).map(attribute -> ISO)
        .orElse(null);
  }

  private static boolean isTime(Class<?> type) {
    return type.getPackageName().equals("java.time");
  }

  @Override
  public Object findSerializer(Annotated a) {
    return readBy(a).filter(attribute -> attribute.isPlain() && isDecimal(attribute)).map(x -> DecimalJson.serializer())
        .orElse(null);
  }

  @Override
  public Object findContentSerializer(Annotated a) {
    return readBy(a).filter(attribute -> !attribute.isPlain() && isDecimal(attribute))
        .map(x -> DecimalJson.serializer()).orElse(null);
  }

  private static boolean isDecimal(Attribute attribute) {
    return attribute.valueClass() == BigDecimal.class;
  }

  @Override
  public Class<?> findPOJOBuilder(AnnotatedClass ac) {
    return valueType(ac).filter(type -> type.isValue(ac.getRawType())).map(ValueType::builder).orElse(null);
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass ac) {
    return valueType(ac).filter(type -> type.builder() == ac.getRawType()).map(type -> BUILDER).orElse(null);
  }

  @Override
  public PropertyName findNameForDeserialization(Annotated a) {
    return nameOf(a, setBy(a)).orElse(null);
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated a) {
    return setBy(a).map(Attribute::nulls).orElse(JsonSetter.Value.empty());
  }

  /**
   * A collection setter takes an {@code Iterable}, which Jackson reads as a list but does not treat as a collection
   * type everywhere (a {@code null} element would be reported without its expected type); it is read as a
   * {@code List} of the same elements.
   */
  @Override
  public JavaType refineDeserializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
    return setBy(a).filter(attribute -> attribute.kind() == Attribute.Kind.COLLECTION)
        .map(attribute -> config.getTypeFactory().constructSpecializedType(baseType, List.class))
        .orElse(baseType);
  }

  /** The setter of a plain or optional attribute takes the value itself; collections and maps take containers. */
  @Override
  public Object findDeserializer(Annotated a) {
    return setBy(a).filter(attribute -> isSingle(attribute) && isDecimal(attribute))
        .map(x -> DecimalJson.deserializer()).orElse(null);
  }

  @Override
  public Object findContentDeserializer(Annotated a) {
    return setBy(a).filter(attribute -> !isSingle(attribute) && isDecimal(attribute))
        .map(x -> DecimalJson.deserializer()).orElse(null);
  }

  private static boolean isSingle(Attribute attribute) {
    return attribute.kind() == Attribute.Kind.PLAIN || attribute.kind() == Attribute.Kind.OPTIONAL;
  }
}
