package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns Jackson's paths and parser positions into JSON Pointers and locations. Property names that look like
 * personal data are masked ({@link Redaction}).
 */
final class Pointers {
  private Pointers() {
  }

  /**
   * Returns the pointer of a Jackson reference path, such as {@code Territory["villages"]->ArrayList[3]}.
   *
   * @param path the references from the root
   * @return the pointer, for example {@code /villages/3}
   */
  static JsonPointer of(List<Reference> path) {
    List<String> tokens = new ArrayList<>(path.size());
    for (Reference reference : path) {
      if (reference.getFieldName() != null) {
        tokens.add(Redaction.redact(reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        tokens.add(Integer.toString(reference.getIndex()));
      }
    }
    return JsonPointer.of(tokens);
  }

  /**
   * Returns the pointer of the value a parser context is at: the current property of an object context, the current
   * element of an array context (the first one before any element is read).
   *
   * @param context the context, may be null
   * @return the pointer
   */
  static JsonPointer of(JsonStreamContext context) {
    List<String> tokens = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.getCurrentName() != null) {
          tokens.add(Redaction.redact(c.getCurrentName()));
        }
      } else if (c.inArray()) {
        tokens.add(Integer.toString(Math.max(c.getCurrentIndex(), 0)));
      }
    }
    Collections.reverse(tokens);
    return JsonPointer.of(tokens);
  }

  /**
   * Returns a location with the line and column of a parser location, if known.
   *
   * @param pointer the pointer
   * @param position the parser location, may be null
   * @return the location
   */
  static Location location(JsonPointer pointer, JsonLocation position) {
    Location location = Location.of(pointer);
    if (position != null && position.getLineNr() > 0 && position.getColumnNr() > 0) {
      return location.withPosition(position.getLineNr(), position.getColumnNr());
    }
    return location;
  }
}
