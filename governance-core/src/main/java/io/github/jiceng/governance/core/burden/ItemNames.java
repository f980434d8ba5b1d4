package io.github.jiceng.governance.core.burden;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How names and ids of list items are compared and checked: names match when they are equal after removing white
 * space (including the ideographic space U+3000), so {@code "行政 执法"} matches {@code "行政执法"}; nothing else is
 * normalised, because list texts are compared as published.
 */
final class ItemNames {
  /** A stable id: letters, digits, dots, hyphens and underscores, starting with a letter or digit. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private ItemNames() {
  }

  /**
   * Returns a name without white space, for comparison.
   *
   * @param name the name, not null
   * @return the name without white space
   */
  static String normalise(String name) {
    Objects.requireNonNull(name, "name");
    int length = name.length();
    int first = 0;
    while (first < length && !isSpace(name.charAt(first))) {
      first++;
    }
    if (first == length) {
      return name; // most names: nothing to remove, nothing to copy
    }
    StringBuilder text = new StringBuilder(length);
    text.append(name, 0, first);
    for (int i = first + 1; i < length; i++) {
      char c = name.charAt(i);
      if (!isSpace(c)) {
        text.append(c);
      }
    }
    return text.toString();
  }

  /**
   * Whether a character is white space or a space character. Every such character is in the Basic Multilingual Plane,
   * so the halves of a surrogate pair are never removed.
   */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Requires a stable id.
   *
   * @param what what the id identifies, for the message, such as "work item"
   * @param id the id
   * @return the id
   * @throws IllegalArgumentException if the id is not letters, digits, dots, hyphens and underscores
   */
  static String requireId(String what, String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " id '" + id + "' must be letters, digits, '.', '-' and '_',"
          + " starting with a letter or digit, such as 'cq.a01'");
    }
    return id;
  }
}
