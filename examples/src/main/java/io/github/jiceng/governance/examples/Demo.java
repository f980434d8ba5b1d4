package io.github.jiceng.governance.examples;

import java.io.PrintStream;

/**
 * The demo that the README's first command runs.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("Jiceng governance SDK demo");
  }
}
