package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/record-fields.md, the field tables of every record type, is made from the generated JSON Schemas, so it
 * cannot drift from the model: this test renders the page and compares it with the committed one. After a model
 * change, rewrite the page with
 * {@code ./mvnw -q -pl governance-json -am verify -Dtest=RecordFieldsPageTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djiceng.writeDocs=true}.
 */
class RecordFieldsPageTest {
  private static final Path PAGE = Path.of("..", "docs", "record-fields.md");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The shared definitions, described once at the top of the page. */
  private static final Map<String, String> SCALARS = Map.of(
      "notBlank", "string, not blank",
      "date", "date `yyyy-MM-dd`",
      "dateTime", "date-time `yyyy-MM-ddTHH:mm[:ss]`",
      "decimal", "decimal string",
      "divisionCode", "division code",
      "residentIdNumber", "resident ID number (personal data)",
      "unifiedSocialCreditCode", "credit code",
      "finding", "finding");

  @Test
  void pageMatchesTheSchemas() throws IOException {
    String rendered = render();
    if (Boolean.getBoolean("jiceng.writeDocs")) {
      Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/record-fields.md is out of date; rewrite it with -Djiceng.writeDocs=true (see this test's Javadoc)")
        .isEqualTo(rendered);
  }

  @Test
  void everyTypeAndPropertyIsOnThePage() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    for (RecordType<?> type : RecordTypes.standard().all()) {
      assertThat(page).contains("## `" + type.name() + "`");
      JsonNode schema = schema(type.name());
      schema.path("properties").fieldNames().forEachRemaining(property ->
          assertThat(page).as(type.name() + "." + property).contains("| `" + property + "` |"));
    }
  }

  private static String render() throws IOException {
    StringBuilder page = new StringBuilder();
    page.append("# Record fields (generated)\n\n")
        .append("The properties of every record type, made from the JSON Schemas that the build generates from the model\n")
        .append("(`schemas/<type>.schema.json` in the governance-json jar). Do not edit: `RecordFieldsPageTest` renders\n")
        .append("this page and fails when it differs; its Javadoc gives the command that rewrites it. The conventions\n")
        .append("(names, enum codes, dates, money, identifiers, `\"type\"`) are in [json-format.md](json-format.md); what the\n")
        .append("fields mean is in the domain pages under [domain/](domain/).\n\n")
        .append("Shared value forms:\n\n")
        .append("| Form | JSON |\n|---|---|\n");
    JsonNode anyDefs = schema("village").path("$defs");
    Set<String> described = new TreeSet<>();
    for (RecordType<?> type : RecordTypes.standard().all()) {
      schema(type.name()).path("$defs").fieldNames().forEachRemaining(name -> {
        if (SCALARS.containsKey(name)) {
          described.add(name);
        }
      });
    }
    for (String name : described) {
      JsonNode definition = definitionAnywhere(name, anyDefs);
      page.append("| ").append(SCALARS.get(name)).append(" | ")
          .append(escape(definition.path("description").asText())).append(pattern(definition)).append(" |\n");
    }
    page.append("\n| record type | model class |\n|---|---|\n");
    for (RecordType<?> type : RecordTypes.standard().all()) {
      page.append("| [`").append(type.name()).append("`](#").append(type.name()).append(") | `")
          .append(type.javaType().getName().replace("io.github.jiceng.governance.core.", "")).append("` |\n");
    }
    for (RecordType<?> type : RecordTypes.standard().all()) {
      JsonNode schema = schema(type.name());
      page.append("\n## `").append(type.name()).append("`\n\n");
      page.append("Model class `").append(type.javaType().getName()).append("`; schema `schemas/")
          .append(type.name()).append(".schema.json`.\n\n");
      table(page, schema, schema.path("$defs"));
      Set<String> nested = new LinkedHashSet<>();
      collectNested(schema, schema.path("$defs"), nested);
      for (String name : nested) {
        page.append("\n#### `").append(type.name()).append("` › `").append(name).append("`\n\n`")
            .append(schema.path("$defs").path(name).path("description").asText()).append("`\n\n");
        table(page, schema.path("$defs").path(name), schema.path("$defs"));
      }
    }
    return page.toString();
  }

  private static void table(StringBuilder page, JsonNode object, JsonNode defs) {
    page.append("| Property | JSON | Required |\n|---|---|---|\n");
    Set<String> required = new TreeSet<>();
    object.path("required").forEach(n -> required.add(n.asText()));
    for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
      String requirement = property.getKey().equals("type") && property.getValue().has("const")
          ? "when read by `\"type\"`" : required.contains(property.getKey()) ? "yes" : "no";
      page.append("| `").append(property.getKey()).append("` | ").append(form(property.getValue(), defs))
          .append(" | ").append(requirement).append(" |\n");
    }
  }

  private static String form(JsonNode node, JsonNode defs) {
    if (node.has("const")) {
      return "`\"" + node.get("const").asText() + "\"`";
    }
    if (node.has("$ref")) {
      String name = node.get("$ref").asText().substring("#/$defs/".length());
      return SCALARS.containsKey(name) ? SCALARS.get(name) : "object `" + name + "` (below)";
    }
    if (node.has("enum")) {
      List<String> codes = new ArrayList<>();
      node.get("enum").forEach(code -> codes.add("`" + code.asText() + "`"));
      return "code: " + String.join(", ", codes);
    }
    String type = node.path("type").asText();
    if (type.equals("array")) {
      String items = form(node.path("items"), defs);
      return "array of " + items + (node.path("uniqueItems").asBoolean() ? ", unique" : "");
    }
    StringBuilder form = new StringBuilder(type.isEmpty() ? "any" : type);
    if (node.has("minimum")) {
      form.append(" ≥ ").append(node.get("minimum").asText());
    }
    if (node.has("maximum")) {
      form.append(" ≤ ").append(node.get("maximum").asText());
    }
    if (node.has("minItems")) {
      form.append(", at least ").append(node.get("minItems").asText()).append(" items");
    }
    return form.toString();
  }

  private static void collectNested(JsonNode node, JsonNode defs, Set<String> out) {
    if (node.has("$ref")) {
      String name = node.get("$ref").asText().substring("#/$defs/".length());
      if (!SCALARS.containsKey(name) && out.add(name)) {
        collectNested(defs.path(name), defs, out);
      }
      return;
    }
    node.elements().forEachRemaining(child -> collectNested(child, defs, out));
  }

  private static JsonNode definitionAnywhere(String name, JsonNode first) throws IOException {
    if (first.has(name)) {
      return first.get(name);
    }
    for (RecordType<?> type : RecordTypes.standard().all()) {
      JsonNode defs = schema(type.name()).path("$defs");
      if (defs.has(name)) {
        return defs.get(name);
      }
    }
    throw new AssertionError("no schema defines " + name);
  }

  private static String pattern(JsonNode definition) {
    String pattern = definition.path("pattern").asText();
    return pattern.isEmpty() || pattern.length() > 40 ? "" : "; pattern `" + pattern + "`";
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }

  /** Each schema parsed once: the page reads every schema several times. */
  private static final Map<String, JsonNode> SCHEMAS = new java.util.HashMap<>();

  private static JsonNode schema(String type) throws IOException {
    JsonNode cached = SCHEMAS.get(type);
    if (cached == null) {
      cached = JSON.readTree(JsonSchemas.ofRecordType(type)
          .orElseThrow(() -> new AssertionError("no schema for " + type)));
      SCHEMAS.put(type, cached);
    }
    return cached;
  }
}
