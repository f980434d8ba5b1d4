package io.github.jiceng.governance.core.id;

/**
 * Why a parser rejects an input, recorded without throwing, so that {@code isValid} does not pay for an exception and
 * its stack trace. {@code parse} turns it into an {@link InvalidIdentifierException}.
 */
final class Rejection {
  private final IdentifierProblem problem;
  private final int position;
  private final String detail;

  /**
   * Creates a rejection.
   *
   * @param problem what is wrong
   * @param position the 1-based position, or 0
   * @param detail the sentence for the exception message, without personal data in clear
   */
  Rejection(IdentifierProblem problem, int position, String detail) {
    this.problem = problem;
    this.position = position;
    this.detail = detail;
  }

  /**
   * Returns the exception to throw.
   *
   * @param kind the identifier kind in English
   * @param displayedInput the input as it may be displayed (masked if personal)
   * @return the exception
   */
  InvalidIdentifierException toException(String kind, String displayedInput) {
    return new InvalidIdentifierException(kind, problem, position, displayedInput, detail);
  }
}
