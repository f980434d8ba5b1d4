package io.github.jiceng.governance.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names of the missing attributes from the message of an Immutables builder that cannot build, such as
 * {@code Cannot build Village, some of required attributes are not set [name, kind]}.
 *
 * <p>This message is the only place that names them: Jackson reports the failure as a
 * {@code ValueInstantiationException} whose path ends at the object (toolchain notes F7, P9). The format is that of
 * Immutables 2.12; {@code MissingAttributesTest} builds a real builder and fails if it changes.
 */
final class MissingAttributes {
  private static final Pattern MESSAGE =
      Pattern.compile("Cannot build [\\w$.]+, some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

  private MissingAttributes() {
  }

  /**
   * Returns the names of the missing attributes.
   *
   * @param message the message of the builder's {@code IllegalStateException}, may be null
   * @return the names in the message's order, or null if the message does not have the expected form
   */
  static List<String> parse(String message) {
    if (message == null) {
      return null;
    }
    Matcher matcher = MESSAGE.matcher(message);
    if (!matcher.find()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String part : matcher.group(1).split(",")) {
      String name = part.trim();
      if (!NAME.matcher(name).matches()) {
        return null;
      }
      names.add(name);
    }
    return names;
  }
}
