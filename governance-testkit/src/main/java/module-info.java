/**
 * Seeded generators of valid and deliberately invalid governance values, for any test framework and for JShell.
 */
module io.github.jiceng.governance.testkit {
  requires transitive io.github.jiceng.governance.core;
  requires static org.immutables.value.annotations;

  exports io.github.jiceng.governance.testkit;
}
