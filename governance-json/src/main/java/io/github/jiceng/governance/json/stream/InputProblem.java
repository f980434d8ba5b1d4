package io.github.jiceng.governance.json.stream;

/**
 * A problem of the input that belongs to no record (content after a JSON array, an array that is not closed, a
 * compressed stream that is damaged): a {@code json.syntax} finding about the subject {@code input}.
 */
final class InputProblem {
  /** The message variant of {@code json.syntax}. */
  final String variant;
  /** The 1-based line, or 0 if unknown. */
  final int line;
  /** The 1-based column, or 0 if unknown. */
  final int column;
  /** The detail for the message, or null. */
  final String detail;

  /**
   * Creates a problem.
   *
   * @param variant the variant
   * @param line the line, or 0
   * @param column the column, or 0
   * @param detail the detail, or null
   */
  InputProblem(String variant, int line, int column, String detail) {
    this.variant = variant;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}
