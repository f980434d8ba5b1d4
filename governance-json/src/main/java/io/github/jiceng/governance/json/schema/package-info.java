/**
 * Generation of the JSON Schemas (2020-12) of the record types from the wire format itself (internal; not exported).
 *
 * <p>The build runs {@link io.github.jiceng.governance.json.schema.SchemaGenerator} after compiling this module, so
 * {@code schemas/<type>.schema.json} in the jar always describes what {@code GovernanceJson.mapper()} writes and reads.
 */
package io.github.jiceng.governance.json.schema;
