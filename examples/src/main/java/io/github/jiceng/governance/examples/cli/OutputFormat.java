package io.github.jiceng.governance.examples.cli;

/** The output formats of {@code validate --format}. */
public enum OutputFormat {
  /** A readable summary and the findings, in the chosen language. */
  TEXT,
  /** The JSON report, format {@code jiceng-validation-report} 1.1 (schemas/validation-report-1.1.schema.json). */
  JSON,
  /** The findings, one JSON object per line (schemas/finding-1.1.schema.json). */
  NDJSON,
  /** The HTML report: not in this build yet (the writer is wired in {@link ValidateCommand#htmlOutput}). */
  HTML
}
