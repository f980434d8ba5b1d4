/**
 * Internal: the JSON form of the {@code Territory} index.
 */
package io.github.jiceng.governance.json.territory;
