package io.github.jiceng.governance.json.record;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

/**
 * Thrown when a record's {@code "type"} property names another type than the one being read, for example
 * {@code "type": "township"} in an element of {@code "villages"}.
 */
public final class RecordTypeMismatchException extends InvalidTypeIdException {
  private static final long serialVersionUID = 1L;

  /** The type name of the record being read. */
  private final String expectedTypeName;

  /**
   * Creates the exception.
   *
   * @param parser the parser, at the value of the {@code "type"} property
   * @param recordType the type being read
   * @param actual the type name found
   * @param expected the type name of the record being read
   */
  RecordTypeMismatchException(JsonParser parser, JavaType recordType, String actual, String expected) {
    super(parser, "record type \"" + actual + "\" does not match \"" + expected + "\", the type of the "
        + recordType.getRawClass().getSimpleName() + " being read", recordType, actual);
    this.expectedTypeName = expected;
  }

  /**
   * Returns the type name of the record being read.
   *
   * @return for example {@code "village"}
   */
  public String expectedTypeName() {
    return expectedTypeName;
  }
}
