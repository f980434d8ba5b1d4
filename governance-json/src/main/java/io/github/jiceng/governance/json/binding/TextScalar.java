package io.github.jiceng.governance.json.binding;

/**
 * A deserializer of a value written as a JSON string (a date, a decimal, an identifier) that can also convert the
 * text alone, so that {@link DirectBinding} gives exactly the value that the deserializer gives for that string.
 */
public interface TextScalar {
  /**
   * Converts the text of a JSON string as the deserializer would.
   *
   * @param text the string's text, not null
   * @return the value, or null where the deserializer would report a problem
   */
  Object fromText(String text);
}
