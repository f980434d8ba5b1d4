/**
 * JSON for the governance model (治理模型 JSON): the wire format, a strict mapper, and reading that reports problems of
 * the input as findings.
 *
 * <ul>
 *   <li>{@link io.github.jiceng.governance.json.GovernanceModule}: the Jackson module that gives every model type its
 *       JSON form, derived from the Immutables value types and kept in this module, so that
 *       {@code governance-core} has no Jackson dependency;</li>
 *   <li>{@link io.github.jiceng.governance.json.GovernanceJson#mapper()}: a mapper with the module and strict reading;
 *   </li>
 *   <li>{@link io.github.jiceng.governance.json.RecordReader}: reads one document into a
 *       {@link io.github.jiceng.governance.json.ReadResult} of a value and {@code json.*} findings
 *       ({@link io.github.jiceng.governance.json.JsonFindingCodes}) with JSON Pointer, line and column;</li>
 *   <li>{@link io.github.jiceng.governance.rules.RecordTypes}: the record type names of the {@code "type"}
 *       property.</li>
 * </ul>
 *
 * <p>The wire format of each type and the finding codes are described in {@code docs/json-format.md}.
 */
package io.github.jiceng.governance.json;
