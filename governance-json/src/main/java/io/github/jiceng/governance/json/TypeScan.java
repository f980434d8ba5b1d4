package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass of reading a record whose class is given by its {@code "type"} property: a scan of the top-level
 * properties that stops at {@code "type"} (the first property of a record this module writes), skipping the values
 * before it. The second pass then reads the document as that class, so that every finding has an exact position; a
 * buffering polymorphic reader would lose positions when {@code "type"} is not first.
 */
final class TypeScan {
  private static final JsonPointer TYPE = JsonPointer.of(GovernanceJson.TYPE_PROPERTY);

  /** The class found, or the findings that say why there is none. */
  static final class Outcome {
    private final String name;
    private final List<Finding> findings;

    private Outcome(String name, List<Finding> findings) {
      this.name = name;
      this.findings = findings;
    }

    /**
     * Returns the type name found.
     *
     * @return the name, or null if there are findings
     */
    String name() {
      return name;
    }

    /**
     * Returns the findings.
     *
     * @return the findings, empty if a type was found
     */
    List<Finding> findings() {
      return findings;
    }
  }

  private TypeScan() {
  }

  /**
   * Finds the record type of a document.
   *
   * @param mapper the mapper, for its parser configuration
   * @param text the document, not blank
   * @param allowed the type names allowed here
   * @param problems makes the findings
   * @return the outcome
   */
  static Outcome scan(ObjectMapper mapper, String text, Set<String> allowed, ReadProblems problems) {
    JsonParser parser = null;
    try {
      parser = mapper.createParser(text);
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        Map<String, Object> arguments = JsonFindings.about(JsonPointer.root());
        arguments.put("actual", ValueDescriptions.actual(token));
        arguments.put("expected", ValueDescriptions.expected(mapper.constructType(Map.class)));
        return failed(problems.make(JsonFindingCodes.WRONG_TYPE, null,
            Pointers.location(JsonPointer.root(), parser.currentTokenLocation()), arguments));
      }
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        if (!GovernanceJson.TYPE_PROPERTY.equals(name)) {
          parser.skipChildren();
          continue;
        }
        Map<String, Object> arguments = JsonFindings.about(TYPE);
        if (value == JsonToken.VALUE_STRING && allowed.contains(parser.getText())) {
          return new Outcome(parser.getText(), List.of());
        }
        if (value == JsonToken.VALUE_STRING) {
          arguments.put("typeName", Redaction.value(parser.getText()));
          arguments.put("known", List.copyOf(allowed));
          return failed(problems.make(JsonFindingCodes.UNKNOWN_TYPE, null,
              Pointers.location(TYPE, parser.currentTokenLocation()), arguments));
        }
        arguments.put("expected", ValueDescriptions.expected(mapper.constructType(String.class)));
        if (value == JsonToken.VALUE_NULL) {
          return failed(problems.make(JsonFindingCodes.NULL_VALUE, null,
              Pointers.location(TYPE, parser.currentTokenLocation()), arguments));
        }
        arguments.put("actual", ValueDescriptions.actual(value));
        return failed(problems.make(JsonFindingCodes.WRONG_TYPE, null,
            Pointers.location(TYPE, parser.currentTokenLocation()), arguments));
      }
      Map<String, Object> arguments = JsonFindings.about(TYPE);
      arguments.put("name", GovernanceJson.TYPE_PROPERTY);
      arguments.put("recordType", "record");
      return failed(problems.make(JsonFindingCodes.MISSING_PROPERTY, null,
          Pointers.location(TYPE, parser.currentTokenLocation()), arguments));
    } catch (JacksonException e) {
      return new Outcome(null, problems.translate(e, parser));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      RecordReader.closeQuietly(parser);
    }
  }

  private static Outcome failed(Finding finding) {
    return new Outcome(null, List.of(finding));
  }
}
