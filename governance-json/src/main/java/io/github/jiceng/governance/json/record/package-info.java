/**
 * Internal: the {@code "type"} property of registered records, written first and checked on reading.
 */
package io.github.jiceng.governance.json.record;
