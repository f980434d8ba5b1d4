/**
 * Internal: the JSON mapping of the Immutables value types of {@code governance-core}, derived from each type's
 * attributes and builder instead of hand-written mix-ins (decision 0009).
 */
package io.github.jiceng.governance.json.value;
