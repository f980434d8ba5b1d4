package io.github.jiceng.governance.json.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.jiceng.governance.rules.JsonPointer;
import java.io.IOException;
import java.util.List;

/**
 * Finds the line and column of the value a JSON Pointer refers to in a record's text, for findings made from the
 * model value (constraints, rules, references), which know only the pointer. Used only for records that have such
 * findings, so the extra parse costs nothing for clean records.
 */
final class PointerPositions {
  private final JsonFactory factory;

  /**
   * Creates a locator.
   *
   * @param limits the parser limits
   */
  PointerPositions(StreamReadConstraints limits) {
    this.factory = JsonFactory.builder().streamReadConstraints(limits).build();
  }

  /**
   * Finds the position of a pointer's value, or of its nearest ancestor that exists.
   *
   * @param text the record's text, well-formed
   * @param pointer the pointer
   * @return {line, column} in the text (1-based), or null if not even the record's start is found
   */
  int[] locate(String text, JsonPointer pointer) {
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      JsonLocation found = parser.currentTokenLocation();
      List<String> tokens = pointer.tokens();
      for (String wanted : tokens) {
        JsonLocation next = child(parser, wanted);
        if (next == null) {
          break;
        }
        found = next;
      }
      return new int[] {found.getLineNr(), found.getColumnNr()};
    } catch (IOException e) {
      return null;
    }
  }

  private static JsonLocation child(JsonParser parser, String wanted) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        if (name.equals(wanted)) {
          return parser.currentTokenLocation();
        }
        parser.skipChildren();
      }
      return null;
    }
    if (token == JsonToken.START_ARRAY) {
      int index;
      try {
        index = Integer.parseInt(wanted);
      } catch (NumberFormatException e) {
        return null;
      }
      for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
        if (i == index) {
          return parser.currentTokenLocation();
        }
        parser.skipChildren();
      }
    }
    return null;
  }
}
