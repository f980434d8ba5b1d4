package io.github.jiceng.governance.rules.constraint;

import io.github.jiceng.governance.rules.JsonPointer;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Objects;

/**
 * Turns a Bean Validation property path into a JSON Pointer: {@code clauses[2].text} becomes {@code /clauses/2/text},
 * {@code tags[1].<list element>} becomes {@code /tags/1}, and {@code labels[a/b].<map value>} becomes
 * {@code /labels/a~1b} (RFC 6901 escaping).
 */
public final class PropertyPaths {
  private PropertyPaths() {}

  /**
   * Converts a path.
   *
   * @param path the property path of a violation, not null
   * @return the pointer; the root for a class-level constraint
   */
  public static JsonPointer toPointer(Path path) {
    Objects.requireNonNull(path, "path");
    JsonPointer pointer = JsonPointer.root();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          pointer = pointer.child(node.getIndex());
        } else if (node.getKey() != null) {
          pointer = pointer.child(String.valueOf(node.getKey()));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer = pointer.child(node.getName());
      }
    }
    return pointer;
  }

  /**
   * Returns the name of the last property of a path, for messages.
   *
   * @param path the property path, not null
   * @return the property name, or empty for a class-level constraint
   */
  public static String leafProperty(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }
}
