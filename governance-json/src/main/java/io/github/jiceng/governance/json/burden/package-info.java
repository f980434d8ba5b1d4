/**
 * Bulk admission (批量准入审查): decides every admission request of a file of records (NDJSON or a JSON array, optionally
 * gzip, possibly mixed with other records) against the four lists of a rule pack, streaming, with an account of the
 * outcomes, and writes the decisions as NDJSON; and shows what changed for one village or community between two days.
 *
 * <p>{@link io.github.jiceng.governance.json.burden.AdmissionBatch} is the entry point; the line format is described
 * there and in docs/domain/four-lists.md.
 */
package io.github.jiceng.governance.json.burden;
