/**
 * Streaming validation of records (流式记录校验): NDJSON or JSON arrays, optionally gzip, read record by record with
 * constant memory; binding, Bean Validation and rule packs per record; duplicate ids, references between records
 * and aggregates across the dataset with compact per-key state; a summary that accounts for every input record.
 *
 * <p>Start with {@link io.github.jiceng.governance.json.stream.RecordStreamValidator}. See docs/json-format.md for the
 * findings and limits.
 */
package io.github.jiceng.governance.json.stream;
