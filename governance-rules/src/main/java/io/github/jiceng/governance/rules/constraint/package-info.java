/**
 * The bridge from Bean Validation (Hibernate Validator) to findings: constraint violations of a record become findings
 * with codes {@code constraint.<ConstraintName>}, JSON Pointer locations and messages from this package's bundles.
 * Internal to the module: not exported.
 */
package io.github.jiceng.governance.rules.constraint;
