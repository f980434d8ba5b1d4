/**
 * The rule engine: {@code Rule}, {@code Finding}, {@code RulePack}, {@code ValidationReport} and their metadata.
 */
package io.github.jiceng.governance.rules;
