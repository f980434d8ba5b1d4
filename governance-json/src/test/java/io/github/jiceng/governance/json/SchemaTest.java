package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The record schemas under {@code schemas/} match the model both ways: every schema property is a JSON property of
 * the model and the reverse, required properties are the model's required attributes, enums list the constants, every
 * generated sample validates (and a blank name fails exactly as {@code @NotBlank} does), and broken records fail.
 */
class SchemaTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final int SAMPLES = 300;

  static Schema schema(String fileName) {
    return REGISTRY.getSchema(JsonSchemas.named(fileName).orElseThrow());
  }

  private static Schema recordSchema(String typeName) {
    return REGISTRY.getSchema(JsonSchemas.ofRecordType(typeName).orElseThrow(
        () -> new AssertionError("no schemas/" + typeName + ".schema.json for the registered type " + typeName)));
  }

  private static JsonNode schemaTree(String typeName) {
    try {
      return MAPPER.readTree(JsonSchemas.ofRecordType(typeName).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<BeanPropertyDefinition> modelProperties(Class<?> type) {
    JavaType javaType = MAPPER.constructType(type);
    BeanDescription description = MAPPER.getSerializationConfig().introspect(javaType);
    return description.findProperties().stream().filter(BeanPropertyDefinition::hasGetter)
        .collect(Collectors.toList());
  }

  private static Set<String> names(Iterator<String> names) {
    Set<String> set = new TreeSet<>();
    names.forEachRemaining(set::add);
    return set;
  }

  @Test
  void everyRecordTypeHasASchemaWithTheModelsPropertiesAndNoOthers() {
    assertThat(RecordTypes.standard().all()).isNotEmpty();
    for (RecordType<?> type : RecordTypes.standard().all()) {
      JsonNode schema = schemaTree(type.name());
      Set<String> model = modelProperties(type.javaType()).stream().map(BeanPropertyDefinition::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      model.add(GovernanceJson.TYPE_PROPERTY);
      assertThat(names(schema.get("properties").fieldNames())).as(type.name()).isEqualTo(model);
      assertThat(schema.get("additionalProperties").booleanValue()).as(type.name()).isFalse();
      assertThat(schema.get("properties").get("type").get("const").textValue()).isEqualTo(type.name());
    }
  }

  @Test
  void requiredPropertiesAreTheAttributesThatAreNotOptional() {
    for (RecordType<?> type : RecordTypes.standard().all()) {
      Set<String> required = new TreeSet<>();
      schemaTree(type.name()).get("required").forEach(n -> required.add(n.textValue()));
      Set<String> expected = modelProperties(type.javaType()).stream()
          .filter(p -> p.getGetter().getRawType() != Optional.class).map(BeanPropertyDefinition::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(required).as(type.name()).isEqualTo(expected);
    }
  }

  @Test
  void enumsListExactlyTheConstants() {
    for (RecordType<?> type : RecordTypes.standard().all()) {
      JsonNode properties = schemaTree(type.name()).get("properties");
      for (BeanPropertyDefinition property : modelProperties(type.javaType())) {
        JavaType javaType = property.getGetter().getType();
        Class<?> raw = javaType.getRawClass() == Optional.class ? javaType.containedType(0).getRawClass()
            : javaType.getRawClass();
        if (!raw.isEnum()) {
          assertThat(properties.get(property.getName()).has("enum")).as(property.getName()).isFalse();
          continue;
        }
        Set<String> listed = new TreeSet<>();
        properties.get(property.getName()).get("enum").forEach(n -> listed.add(n.textValue()));
        Set<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
            .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as(type.name() + "." + property.getName()).isEqualTo(constants);
      }
    }
  }

  @Test
  void everySampleValidatesUnlessItsNameIsBlank() {
    check("district", Samples::district);
    check("township", Samples::township);
    check("village", Samples::village);
  }

  private static void check(String typeName, LongFunction<Object> samples) {
    Schema schema = recordSchema(typeName);
    int blank = 0;
    for (long seed = 0; seed < SAMPLES; seed++) {
      Object record = samples.apply(seed);
      JsonNode json = MAPPER.valueToTree(record);
      List<Error> errors = schema.validate(json);
      String name = json.get("name").textValue();
      if (name.isBlank()) {
        blank++;
        assertThat(errors).as("%s seed %d, blank name %s", typeName, seed, json).isNotEmpty()
            .allSatisfy(e -> assertThat(e.getInstanceLocation().toString()).isEqualTo("/name"));
      } else {
        assertThat(errors).as("%s seed %d: %s", typeName, seed, json).isEmpty();
      }
    }
    assertThat(blank).as("some samples have blank names").isPositive().isLessThan(SAMPLES);
  }

  @Test
  void brokenRecordsFail() {
    Schema village = recordSchema("village");
    ObjectNode good = (ObjectNode) MAPPER.valueToTree(Samples.village(1));
    good.put("name", "金州社区");
    assertThat(village.validate(good)).isEmpty();
    assertThat(village.validate(good.deepCopy().put("households", 3000))).isNotEmpty();
    assertThat(village.validate(good.deepCopy().put("kind", "TOWN"))).isNotEmpty();
    assertThat(village.validate(good.deepCopy().put("code", "5001540O1001"))).isNotEmpty();
    assertThat(village.validate(good.deepCopy().put("established", "2018/03/01"))).isNotEmpty();
    assertThat(village.validate(good.deepCopy().put("type", "township"))).isNotEmpty();
    ObjectNode missing = good.deepCopy();
    missing.remove("townshipCode");
    assertThat(village.validate(missing)).isNotEmpty();
  }
}
