package io.github.jiceng.governance.examples.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the command line writes: standard output, standard error, and whether standard error is a terminal (only
 * then is a progress bar drawn).
 */
final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  /**
   * Creates a console.
   *
   * @param out standard output, UTF-8
   * @param err standard error, UTF-8
   * @param terminal whether standard error is a terminal
   */
  Console(PrintStream out, PrintStream err, boolean terminal) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.terminal = terminal;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  boolean terminal() {
    return terminal;
  }
}
