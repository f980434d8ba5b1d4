package io.github.jiceng.governance.core.id;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a string is not a valid identifier: it says which identifier, what is wrong and at which position.
 *
 * <p>The message never contains personal data in clear: the input of a personal identifier (a resident identity
 * number) is masked. The {@link #problem()} and {@link #position()} let a program react without parsing the message.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The kind of identifier, in English. */
  private final String identifierKind;
  /** What is wrong. */
  private final IdentifierProblem problem;
  /** The 1-based position of the offending character, or 0. */
  private final int position;
  /** The input as it may be displayed (masked if personal). */
  private final String displayedInput;

  /**
   * Creates an exception.
   *
   * @param identifierKind the kind of identifier in English, for example {@code "unified social credit code"}
   * @param problem what is wrong
   * @param position the 1-based position of the offending character, or 0 if the problem has no single position
   * @param displayedInput the input as it may be displayed (masked if it is personal data)
   * @param detail a sentence that says what is wrong, with the actual and expected values
   */
  public InvalidIdentifierException(
      String identifierKind, IdentifierProblem problem, int position, String displayedInput, String detail) {
    super(message(identifierKind, position, displayedInput, detail));
    this.identifierKind = Objects.requireNonNull(identifierKind, "identifierKind");
    this.problem = Objects.requireNonNull(problem, "problem");
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0: " + position);
    }
    this.position = position;
    this.displayedInput = Objects.requireNonNull(displayedInput, "displayedInput");
  }

  private static String message(String kind, int position, String input, String detail) {
    return "Invalid " + kind + " '" + input + "'" + (position > 0 ? " at position " + position : "") + ": " + detail;
  }

  /**
   * Returns the kind of identifier, in English.
   *
   * @return for example {@code "resident identity number"}
   */
  public String identifierKind() {
    return identifierKind;
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public IdentifierProblem problem() {
    return problem;
  }

  /**
   * Returns the 1-based position of the offending character, if the problem has one.
   *
   * @return the position, or empty
   */
  public OptionalInt position() {
    return position == 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * Returns the input as it may be displayed: masked if the identifier is personal data.
   *
   * @return the displayable input
   */
  public String displayedInput() {
    return displayedInput;
  }
}
