/**
 * Internal: the serializers and deserializers of the identifiers of {@code core.id} (canonical strings).
 */
package io.github.jiceng.governance.json.id;
