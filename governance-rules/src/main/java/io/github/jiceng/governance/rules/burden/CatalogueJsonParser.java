package io.github.jiceng.governance.rules.burden;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.jiceng.governance.core.burden.ApplicableLevel;
import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.ImmutableApprovalPath;
import io.github.jiceng.governance.core.burden.ImmutableListCatalogue;
import io.github.jiceng.governance.core.burden.ImmutableWorkItem;
import io.github.jiceng.governance.core.burden.ItemFunding;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The strict streaming reader behind {@link CatalogueJson}: reads exactly the JSON form of a {@code list-catalogue}
 * record that {@code GovernanceJson.mapper()} writes and reads (docs/json-format.md), with the same rules: unknown
 * properties, wrong types, a property given twice, a {@code null} for a required or defaulted attribute and content
 * after the catalogue are errors; {@code null} for an optional attribute means absent and for a collection means empty.
 * A test of {@code governance-json} checks that both readers give equal catalogues.
 */
final class CatalogueJsonParser {
  /** The record type name of a catalogue, the value of an optional {@code "type"} property. */
  static final String TYPE_NAME = "list-catalogue";
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final List<String> CATALOGUE_PROPERTIES = List.of("type", "id", "version", "jurisdiction", "title",
      "sourceDocument", "sourceUrl", "issuedBy", "effectiveFrom", "effectiveUntil", "previousVersion", "approvalPath",
      "approvedBy", "items", "statedCounts", "note");
  private static final List<String> ITEM_PROPERTIES = List.of("id", "kind", "name", "description", "level",
      "legalBasis", "responsibleDepartment", "funding", "commitmentReplaces", "illustrative", "note");
  private static final List<String> PATH_PROPERTIES = List.of("proposer", "approver", "description");

  private final String source;
  private final JsonParser parser;
  /** Where the property being read starts: its name. */
  private JsonLocation propertyAt;

  private CatalogueJsonParser(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  static ListCatalogue read(String source, Reader reader) {
    try (JsonParser parser = FACTORY.createParser(reader)) {
      CatalogueJsonParser json = new CatalogueJsonParser(source, parser);
      try {
        return json.document();
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        throw new CatalogueFormatException(source, at.getLineNr(), at.getColumnNr(),
            "not well-formed JSON: " + e.getOriginalMessage().replaceAll("\\[Source: .*?\\); line", "[line"), e);
      } catch (CharacterCodingException e) {
        JsonLocation at = parser.currentLocation();
        throw new CatalogueFormatException(source, at.getLineNr(), at.getColumnNr(),
            "the text is not UTF-8 (" + e + "); save the file as UTF-8", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private ListCatalogue document() throws IOException {
    ListCatalogue catalogue = catalogue(parser.nextToken());
    JsonToken after = parser.nextToken();
    if (after != null) {
      throw error("content after the catalogue: " + describe(after) + "; a file holds one catalogue");
    }
    return catalogue;
  }

  private ListCatalogue catalogue(JsonToken first) throws IOException {
    if (first != JsonToken.START_OBJECT) {
      throw error(first == null ? "the file is empty, expected a JSON object (a list-catalogue record)"
          : "found " + describe(first) + ", expected a JSON object (a list-catalogue record)");
    }
    JsonLocation start = parser.currentTokenLocation();
    ImmutableListCatalogue.Builder catalogue = ListCatalogue.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      propertyAt = parser.currentTokenLocation();
      parser.nextToken();
      catalogueProperty(catalogue, name);
    }
    return build(start, "list catalogue", catalogue::build);
  }

  private void catalogueProperty(ImmutableListCatalogue.Builder catalogue, String name) throws IOException {
    switch (name) {
      case "type":
        String type = string(name);
        if (!type.equals(TYPE_NAME)) {
          throw error("property \"type\" is \"" + type + "\", expected \"" + TYPE_NAME + "\" (or no \"type\")");
        }
        break;
      case "id":
        catalogue.id(string(name));
        break;
      case "version":
        catalogue.version(string(name));
        break;
      case "jurisdiction":
        catalogue.jurisdiction(code(name));
        break;
      case "title":
        catalogue.title(string(name));
        break;
      case "sourceDocument":
        catalogue.sourceDocument(string(name));
        break;
      case "sourceUrl":
        optionalString(name).ifPresent(catalogue::sourceUrl);
        break;
      case "issuedBy":
        optionalString(name).ifPresent(catalogue::issuedBy);
        break;
      case "effectiveFrom":
        catalogue.effectiveFrom(date(name));
        break;
      case "effectiveUntil":
        if (!isNull()) {
          catalogue.effectiveUntil(date(name));
        }
        break;
      case "previousVersion":
        optionalString(name).ifPresent(catalogue::previousVersion);
        break;
      case "approvalPath":
        if (!isNull()) {
          catalogue.approvalPath(approvalPath());
        }
        break;
      case "approvedBy":
        if (!isNull()) {
          catalogue.approvedBy(code(name));
        }
        break;
      case "items":
        items(catalogue);
        break;
      case "statedCounts":
        statedCounts(catalogue);
        break;
      case "note":
        optionalString(name).ifPresent(catalogue::note);
        break;
      default:
        throw unknown(name, "a list catalogue", CATALOGUE_PROPERTIES);
    }
  }

  private void items(ImmutableListCatalogue.Builder catalogue) throws IOException {
    if (isNull()) {
      return;
    }
    expect(JsonToken.START_ARRAY, "items", "an array of work items");
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      catalogue.addItems(item());
    }
  }

  private WorkItem item() throws IOException {
    expect(JsonToken.START_OBJECT, "items", "a work item (a JSON object) in the array");
    JsonLocation start = parser.currentTokenLocation();
    ImmutableWorkItem.Builder item = WorkItem.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      propertyAt = parser.currentTokenLocation();
      parser.nextToken();
      switch (name) {
        case "id" -> item.id(string(name));
        case "kind" -> item.kind(constant(name, ListKind.class));
        case "name" -> item.name(string(name));
        case "description" -> optionalString(name).ifPresent(item::description);
        case "level" -> item.level(constant(name, ApplicableLevel.class));
        case "legalBasis" -> optionalString(name).ifPresent(item::legalBasis);
        case "responsibleDepartment" -> optionalString(name).ifPresent(item::responsibleDepartment);
        case "funding" -> item.funding(constant(name, ItemFunding.class));
        case "commitmentReplaces" -> item.commitmentReplaces(bool(name));
        case "illustrative" -> item.illustrative(bool(name));
        case "note" -> optionalString(name).ifPresent(item::note);
        default -> throw unknown(name, "a work item", ITEM_PROPERTIES);
      }
    }
    return build(start, "work item", item::build);
  }

  private ApprovalPath approvalPath() throws IOException {
    expect(JsonToken.START_OBJECT, "approvalPath", "a JSON object with proposer, approver and description");
    JsonLocation start = parser.currentTokenLocation();
    ImmutableApprovalPath.Builder path = ApprovalPath.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      propertyAt = parser.currentTokenLocation();
      parser.nextToken();
      switch (name) {
        case "proposer" -> path.proposer(code(name));
        case "approver" -> path.approver(code(name));
        case "description" -> optionalString(name).ifPresent(path::description);
        default -> throw unknown(name, "an approval path", PATH_PROPERTIES);
      }
    }
    return build(start, "approval path", path::build);
  }

  private void statedCounts(ImmutableListCatalogue.Builder catalogue) throws IOException {
    if (isNull()) {
      return;
    }
    expect(JsonToken.START_OBJECT, "statedCounts", "a JSON object of list kinds and counts, such as {\"NEGATIVE\": 7}");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      ListKind kind = constantOf("statedCounts", key, ListKind.class);
      JsonToken value = parser.nextToken();
      if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
        throw error("stated count of " + kind + " is " + describe(value) + ", expected a whole number");
      }
      catalogue.putStatedCounts(kind, parser.getIntValue());
    }
  }

  private <T> T build(JsonLocation start, String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new CatalogueFormatException(source, start.getLineNr(), start.getColumnNr(),
          "the " + what + " starting here is invalid: " + e.getMessage(), e);
    }
  }

  private boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  private String string(String name) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error("property \"" + name + "\" is " + describe(parser.currentToken()) + ", expected a string");
    }
    return parser.getText();
  }

  private Optional<String> optionalString(String name) throws IOException {
    return isNull() ? Optional.empty() : Optional.of(string(name));
  }

  private boolean bool(String name) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error("property \"" + name + "\" is " + describe(token) + ", expected true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private DivisionCode code(String name) throws IOException {
    String text = string(name);
    try {
      return DivisionCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw error("property \"" + name + "\" is \"" + text + "\", expected a division code of 6 or 12 digits: "
          + e.getMessage());
    }
  }

  private LocalDate date(String name) throws IOException {
    String text = string(name);
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw error("property \"" + name + "\" is \"" + text + "\", expected an ISO date yyyy-MM-dd");
    }
  }

  private <E extends Enum<E>> E constant(String name, Class<E> type) throws IOException {
    return constantOf(name, string(name), type);
  }

  private <E extends Enum<E>> E constantOf(String name, String text, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error("property \"" + name + "\" has \"" + text + "\", expected one of "
        + Arrays.toString(type.getEnumConstants()));
  }

  private void expect(JsonToken expected, String name, String what) {
    JsonToken token = parser.currentToken();
    if (token != expected) {
      throw error("property \"" + name + "\" has " + describe(token) + ", expected " + what);
    }
  }

  private CatalogueFormatException unknown(String name, String what, List<String> known) {
    JsonLocation at = propertyAt;
    return new CatalogueFormatException(source, at.getLineNr(), at.getColumnNr(),
        "unknown property \"" + name + "\" of " + what + "; expected one of " + known, null);
  }

  private CatalogueFormatException error(String problem) {
    JsonLocation at = parser.currentTokenLocation();
    return new CatalogueFormatException(source, at.getLineNr(), at.getColumnNr(), problem, null);
  }

  private String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case VALUE_STRING:
        return "the string \"" + text() + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + text();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + text();
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return "'" + token.asString() + "'";
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }
}
