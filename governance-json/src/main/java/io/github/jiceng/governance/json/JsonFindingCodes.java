package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.FindingCode;
import java.util.List;

/**
 * The codes of the findings that reading JSON makes (JSON 读取问题代码), all in the reserved area {@code json}. Every
 * such finding has severity {@code ERROR} (an unknown property may be configured as a {@code WARNING}), a JSON Pointer
 * and, when the parser knows it, the line and column of the value.
 */
public final class JsonFindingCodes {
  /** The document is not well-formed JSON, is empty, has content after the record, is not UTF-8 or exceeds a limit. */
  public static final FindingCode SYNTAX = FindingCode.of("json.syntax");
  /** A property that the record type does not have. */
  public static final FindingCode UNKNOWN_PROPERTY = FindingCode.of("json.unknown-property");
  /** A value of the wrong JSON type: a number where a string is expected, an array where an object is expected. */
  public static final FindingCode WRONG_TYPE = FindingCode.of("json.wrong-type");
  /**
   * A value of the right JSON type that is not valid: an identifier that fails to parse (with the identifier problem
   * and position), an enum constant that does not exist, a date that does not exist, or a record whose attributes
   * contradict each other.
   */
  public static final FindingCode INVALID_VALUE = FindingCode.of("json.invalid-value");
  /** A required property is missing: one finding per property, whose pointer names it. */
  public static final FindingCode MISSING_PROPERTY = FindingCode.of("json.missing-property");
  /** A {@code null} where a value is required. */
  public static final FindingCode NULL_VALUE = FindingCode.of("json.null-value");
  /** A {@code "type"} that names no registered record type, or another type than the one being read. */
  public static final FindingCode UNKNOWN_TYPE = FindingCode.of("json.unknown-type");

  /** Every code, in the order above. */
  public static final List<FindingCode> ALL = List.of(
      SYNTAX, UNKNOWN_PROPERTY, WRONG_TYPE, INVALID_VALUE, MISSING_PROPERTY, NULL_VALUE, UNKNOWN_TYPE);

  private JsonFindingCodes() {
  }
}
