/**
 * Outputs of a streaming validation (检查报告输出): the JSON report (format {@code jiceng-validation-report} version 1.1,
 * with a JSON Schema in the jar), NDJSON of findings for pipelines, and a text summary. JSON outputs are written in
 * RFC 8785 canonical form, so they are deterministic and hashable.
 */
package io.github.jiceng.governance.json.report;
