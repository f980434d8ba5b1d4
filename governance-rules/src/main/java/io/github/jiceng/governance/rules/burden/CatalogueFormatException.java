package io.github.jiceng.governance.rules.burden;

import java.util.Objects;

/**
 * A catalogue file that is not a well-formed {@code list-catalogue} record (清单文件格式错误): malformed JSON, an unknown
 * property, a value of the wrong type, a missing property or a value the model rejects. The message names the source,
 * the line and the column, what is wrong, the actual value and what was expected, such as {@code yubei-2023.json line
 * 10, column 20: property "effectiveFrom" is "2023-2-1", expected an ISO date yyyy-MM-dd}.
 */
public final class CatalogueFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The source name. */
  private final String source;
  /** The line, from 1. */
  private final int line;
  /** The column, from 1. */
  private final int column;
  /** The problem, without the position. */
  private final String problem;

  CatalogueFormatException(String source, int line, int column, String problem, Throwable cause) {
    super(Objects.requireNonNull(source, "source") + " line " + Math.max(1, line) + ", column " + Math.max(1, column)
        + ": " + Objects.requireNonNull(problem, "problem"), cause);
    this.source = source;
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
    this.problem = problem;
  }

  /**
   * Returns the name of the source: the file name or the name the caller gave.
   *
   * @return the source, such as {@code yubei-2023.json}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem, in characters.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * Returns the problem without the source and position.
   *
   * @return the problem, such as {@code unknown property "sourceDoc" of a list catalogue; expected one of [...]}
   */
  public String problem() {
    return problem;
  }
}
