/**
 * Seeded generators: the same seed always gives the same values, on every machine and Java version.
 *
 * <p>Start from {@link io.github.jiceng.governance.testkit.Generator}; it depends on no test engine.
 */
package io.github.jiceng.governance.testkit;
