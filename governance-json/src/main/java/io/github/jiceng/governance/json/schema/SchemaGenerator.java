package io.github.jiceng.governance.json.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the JSON Schema (2020-12) of every standard record type, derived from how {@link GovernanceJson#mapper()}
 * serialises it: one property per JSON property, {@code required} for every property that is not {@code Optional},
 * {@code additionalProperties: false}, enums as their constants, identifiers, dates and decimals as patterned strings,
 * nested value types as {@code $defs}. Run by the build after compilation (see this module's pom); {@code SchemaTest}
 * checks the result against the model both ways and validates samples against it.
 */
public final class SchemaGenerator {
  /** The base of the schemas' {@code $id}. */
  public static final String ID_BASE = "https://jiceng.github.io/governance/schemas/";
  private static final String CORE_PACKAGE = "io.github.jiceng.governance.core";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  private SchemaGenerator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Writes {@code <type>.schema.json} for every standard record type into a folder.
   *
   * @param args one argument: the output folder (created if missing)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator <output folder>");
    }
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    ObjectMapper printer = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    for (RecordType<?> type : RecordTypes.standard().all()) {
      String json = printer.writeValueAsString(schemaOf(type)) + "\n";
      Files.writeString(folder.resolve(type.name() + ".schema.json"), json, StandardCharsets.UTF_8);
    }
  }

  /**
   * Returns the schema of a record type.
   *
   * @param type the record type, not null
   * @return the schema document
   */
  public static ObjectNode schemaOf(RecordType<?> type) {
    SchemaGenerator generator = new SchemaGenerator(GovernanceJson.mapper());
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID_BASE + type.name() + ".schema.json");
    schema.put("title", type.name());
    schema.put("description", "Record type '" + type.name() + "' (" + type.javaType().getName()
        + "): wire format of governance-json, see docs/json-format.md. Generated from the model; do not edit.");
    ObjectNode typeProperty = NODES.objectNode();
    typeProperty.put("const", type.name());
    typeProperty.put("description", "the record type; written first, optional when the type is known");
    generator.describeObject(type.javaType(), schema, typeProperty);
    if (!generator.definitions.isEmpty()) {
      ObjectNode defs = schema.putObject("$defs");
      generator.definitions.forEach(defs::set);
    }
    return schema;
  }

  private void describeObject(Class<?> type, ObjectNode target, ObjectNode typeProperty) {
    target.put("type", "object");
    ObjectNode properties = target.putObject("properties");
    if (typeProperty != null) {
      properties.set(GovernanceJson.TYPE_PROPERTY, typeProperty);
    }
    ArrayNode required = NODES.arrayNode();
    JavaType javaType = mapper.constructType(type);
    BeanDescription description = mapper.getSerializationConfig().introspect(javaType);
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (!property.hasGetter()) {
        continue;
      }
      AnnotatedMember getter = property.getGetter();
      JavaType propertyType = getter.getType();
      boolean optional = propertyType.getRawClass() == Optional.class;
      ObjectNode schema = describe(optional ? propertyType.containedType(0) : propertyType,
          getter.hasAnnotation(NotBlank.class));
      properties.set(property.getName(), schema);
      if (!optional) {
        required.add(property.getName());
      }
    }
    target.set("required", required);
    target.put("additionalProperties", false);
  }

  private ObjectNode describe(JavaType type, boolean notBlank) {
    Class<?> raw = type.getRawClass();
    ObjectNode schema = NODES.objectNode();
    if (raw == String.class) {
      return notBlank ? ref("notBlank", SchemaGenerator::notBlank) : schema.put("type", "string");
    } else if (raw == DivisionCode.class) {
      return ref("divisionCode", d -> patterned(d, "行政区划代码 division code: 12 digits (6 are accepted on reading)",
          "^[0-9]{6}([0-9]{6})?$"));
    } else if (raw == UnifiedSocialCreditCode.class) {
      return ref("unifiedSocialCreditCode", d -> patterned(d, "统一社会信用代码 unified social credit code, GB 32100",
          "^[0-9A-HJ-NPQRTUWXY]{18}$"));
    } else if (raw == ResidentIdNumber.class) {
      return ref("residentIdNumber", d -> patterned(d, "居民身份证号码 resident identity number, GB 11643 (personal data)",
          "^[0-9]{17}[0-9Xx]$"));
    } else if (raw == LocalDate.class) {
      return ref("date", d -> patterned(d, "ISO-8601 calendar date yyyy-MM-dd", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
          .put("format", "date"));
    } else if (raw == LocalDateTime.class) {
      return ref("dateTime", d -> patterned(d, "ISO-8601 local date-time yyyy-MM-ddTHH:mm[:ss[.fff]]",
          "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$"));
    } else if (raw == BigDecimal.class) {
      return ref("decimal", d -> patterned(d, "a decimal number written as a string, such as money in yuan",
          "^-?[0-9]+(\\.[0-9]+)?$"));
    } else if (raw == boolean.class || raw == Boolean.class) {
      return schema.put("type", "boolean");
    } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
        || raw == short.class || raw == Short.class) {
      return schema.put("type", "integer");
    } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return schema.put("type", "number");
    } else if (raw.isEnum()) {
      ArrayNode constants = schema.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        constants.add(((Enum<?>) constant).name());
      }
      return schema;
    } else if (Collection.class.isAssignableFrom(raw)) {
      schema.put("type", "array");
      schema.set("items", describe(type.getContentType(), false));
      if (Set.class.isAssignableFrom(raw)) {
        schema.put("uniqueItems", true);
      }
      return schema;
    } else if (Map.class.isAssignableFrom(raw)) {
      schema.put("type", "object");
      JavaType key = type.getKeyType();
      if (key.isEnumType()) {
        ObjectNode names = schema.putObject("propertyNames");
        ArrayNode constants = names.putArray("enum");
        for (Object constant : key.getRawClass().getEnumConstants()) {
          constants.add(((Enum<?>) constant).name());
        }
      }
      schema.set("additionalProperties", describe(type.getContentType(), false));
      return schema;
    } else if (raw.getPackageName().startsWith(CORE_PACKAGE)) {
      String name = raw.getSimpleName();
      if (!definitions.containsKey(name)) {
        ObjectNode definition = NODES.objectNode();
        definitions.put(name, definition);
        definition.put("description", raw.getName());
        describeObject(raw, definition, null);
      }
      return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }
    return schema.put("description", "any JSON value (" + raw.getName() + ")");
  }

  private ObjectNode ref(String name, java.util.function.UnaryOperator<ObjectNode> definition) {
    definitions.computeIfAbsent(name, n -> definition.apply(NODES.objectNode()));
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  private static ObjectNode patterned(ObjectNode node, String description, String pattern) {
    return node.put("description", description).put("type", "string").put("pattern", pattern);
  }

  private static ObjectNode notBlank(ObjectNode node) {
    return patterned(node, "not blank (@NotBlank, Java's String.isBlank): at least one character that Java does not"
            + " count as white space", "[^\\t\\n\\u000b\\f\\r\\u001c-\\u001f \\u1680\\u2000-\\u2006\\u2008-\\u200a"
            + "\\u2028\\u2029\\u205f\\u3000]");
  }
}
