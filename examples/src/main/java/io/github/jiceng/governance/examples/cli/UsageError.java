package io.github.jiceng.governance.examples.cli;

/**
 * A mistake of the user or an input that cannot be read: printed as one line on standard error, exit code 2.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message the one line to print, in the chosen language
   */
  UsageError(String message) {
    super(message, null, false, false);
  }
}
