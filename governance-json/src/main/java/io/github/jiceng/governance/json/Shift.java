package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.Location;
import java.util.Locale;
import java.util.Map;

/**
 * Moves the position of a finding about a document into a larger text that holds the document, such as an NDJSON
 * file: lines move by the document's first line; columns on the document's first line move by its first column.
 */
final class Shift {
  private Shift() {
  }

  /**
   * Returns a finding whose line and column are in the larger text.
   *
   * @param finding the finding, with a position in the document or none
   * @param line the 1-based line of the document's first character in the larger text
   * @param column the 1-based column of the document's first character in the larger text
   * @return the finding, unchanged if it has no position
   */
  static Finding finding(Finding finding, int line, int column) {
    Location location = finding.location();
    if (location.line().isEmpty()) {
      return finding;
    }
    int innerLine = location.line().getAsInt();
    int innerColumn = location.column().orElse(1);
    int outerLine = innerLine + line - 1;
    int outerColumn = innerLine == 1 ? innerColumn + column - 1 : innerColumn;
    return rebuild(finding, Location.of(location.pointer()).withPosition(outerLine, outerColumn));
  }

  /**
   * Returns a copy of a finding at another location.
   *
   * @param finding the finding
   * @param location the new location
   * @return the copy
   */
  static Finding rebuild(Finding finding, Location location) {
    Finding.Builder builder = Finding.builder(finding.code(), finding.severity(), finding.subject())
        .location(location)
        .message(finding.message(Locale.SIMPLIFIED_CHINESE), finding.message(Locale.ENGLISH));
    for (Map.Entry<String, String> attribute : finding.attributes().entrySet()) {
      builder.attribute(attribute.getKey(), attribute.getValue());
    }
    for (LegalBasis basis : finding.legalBases()) {
      builder.basis(basis);
    }
    if (finding.packId().isPresent() && finding.packVersion().isPresent()) {
      builder.pack(finding.packId().get(), finding.packVersion().get());
    }
    return builder.build();
  }
}
