package io.github.jiceng.governance.examples.spark;

import io.github.jiceng.governance.rules.Finding;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One finding as a flat row (问题行), the element type of the findings {@code Dataset} that {@link SparkValidation}
 * writes to Parquet or JSON: the finding code (a rule id, or a {@code json.*} code), severity, subject, where it is
 * (the input file, the record number, line and column in that file, the JSON Pointer: as the streaming validator's
 * {@code validate(List<Path>)} gives them, so that a row reads {@code service.ndjson:123:5}), both messages, the rule
 * pack and the message arguments. A Java bean, for {@code Encoders.bean}.
 */
public final class FindingRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long record;
  private String ruleId;
  private String severity;
  private String subjectType;
  private String subjectId;
  private String file;
  private Integer line;
  private Integer column;
  private String pointer;
  private String messageZh;
  private String messageEn;
  private String packId;
  private String packVersion;
  private Map<String, String> attributes = new LinkedHashMap<>();

  /** Creates an empty row, for Spark's bean encoder. */
  public FindingRow() {
    // bean
  }

  /**
   * Makes the row of a finding.
   *
   * @param file the name of the file of the record it is about, or null for a finding about a key across records
   * @param record the number of the record it is about in its file, or 0
   * @param finding the finding, whose line is the line in that file
   * @return the row
   */
  static FindingRow of(String file, long record, Finding finding) {
    Objects.requireNonNull(finding, "finding");
    FindingRow row = new FindingRow();
    row.record = record;
    row.ruleId = finding.code().value();
    row.severity = finding.severity().name();
    row.subjectType = finding.subject().type();
    row.subjectId = finding.subject().id().orElse(null);
    row.pointer = finding.location().pointer().toString();
    row.file = file;
    row.line = finding.location().line().isPresent() ? finding.location().line().getAsInt() : null;
    row.column = finding.location().column().isPresent() ? finding.location().column().getAsInt() : null;
    row.messageZh = finding.message(Locale.SIMPLIFIED_CHINESE);
    row.messageEn = finding.message(Locale.ENGLISH);
    row.packId = finding.packId().orElse(null);
    row.packVersion = finding.packVersion().orElse(null);
    row.attributes = new LinkedHashMap<>(finding.attributes());
    return row;
  }

  /**
   * Returns the number of the record the finding is about in its file (1 for the file's first record), or 0 for a
   * finding about a key across records.
   *
   * @return the record number
   */
  public long getRecord() {
    return record;
  }

  /**
   * Sets the record number.
   *
   * @param record the record number
   */
  public void setRecord(long record) {
    this.record = record;
  }

  /**
   * Returns the finding code: the rule id, or a {@code json.*} or {@code constraint.*} code.
   *
   * @return for example {@code territory.unit.parent-missing}
   */
  public String getRuleId() {
    return ruleId;
  }

  /**
   * Sets the finding code.
   *
   * @param ruleId the code
   */
  public void setRuleId(String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * Returns the severity.
   *
   * @return {@code ERROR}, {@code WARNING} or {@code INFO}
   */
  public String getSeverity() {
    return severity;
  }

  /**
   * Sets the severity.
   *
   * @param severity the severity name
   */
  public void setSeverity(String severity) {
    this.severity = severity;
  }

  /**
   * Returns the record type of the subject.
   *
   * @return for example {@code village}
   */
  public String getSubjectType() {
    return subjectType;
  }

  /**
   * Sets the record type of the subject.
   *
   * @param subjectType the type name
   */
  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  /**
   * Returns the id of the subject.
   *
   * @return the id, or null for a subject without id
   */
  public String getSubjectId() {
    return subjectId;
  }

  /**
   * Sets the id of the subject.
   *
   * @param subjectId the id, or null
   */
  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  /**
   * Returns the input file, named as the streaming validator names it: by its file name, or by the path as given
   * when two inputs share a file name.
   *
   * @return the name, or null for a finding about a key across records
   */
  public String getFile() {
    return file;
  }

  /**
   * Sets the input file.
   *
   * @param file the path, or null
   */
  public void setFile(String file) {
    this.file = file;
  }

  /**
   * Returns the 1-based line in the input file.
   *
   * @return the line, or null
   */
  public Integer getLine() {
    return line;
  }

  /**
   * Sets the line in the input file.
   *
   * @param line the line, or null
   */
  public void setLine(Integer line) {
    this.line = line;
  }

  /**
   * Returns the 1-based column, in characters.
   *
   * @return the column, or null
   */
  public Integer getColumn() {
    return column;
  }

  /**
   * Sets the column.
   *
   * @param column the column, or null
   */
  public void setColumn(Integer column) {
    this.column = column;
  }

  /**
   * Returns the JSON Pointer in the record.
   *
   * @return for example {@code /townshipCode}, or the empty string for the whole record
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Sets the JSON Pointer.
   *
   * @param pointer the pointer
   */
  public void setPointer(String pointer) {
    this.pointer = pointer;
  }

  /**
   * Returns the message in Chinese.
   *
   * @return the message
   */
  public String getMessageZh() {
    return messageZh;
  }

  /**
   * Sets the message in Chinese.
   *
   * @param messageZh the message
   */
  public void setMessageZh(String messageZh) {
    this.messageZh = messageZh;
  }

  /**
   * Returns the message in English.
   *
   * @return the message
   */
  public String getMessageEn() {
    return messageEn;
  }

  /**
   * Sets the message in English.
   *
   * @param messageEn the message
   */
  public void setMessageEn(String messageEn) {
    this.messageEn = messageEn;
  }

  /**
   * Returns the id of the rule pack of a rule's finding.
   *
   * @return the id, or null for findings of the input
   */
  public String getPackId() {
    return packId;
  }

  /**
   * Sets the rule pack id.
   *
   * @param packId the id, or null
   */
  public void setPackId(String packId) {
    this.packId = packId;
  }

  /**
   * Returns the version of the rule pack of a rule's finding.
   *
   * @return the version, or null
   */
  public String getPackVersion() {
    return packVersion;
  }

  /**
   * Sets the rule pack version.
   *
   * @param packVersion the version, or null
   */
  public void setPackVersion(String packVersion) {
    this.packVersion = packVersion;
  }

  /**
   * Returns the message arguments as attributes.
   *
   * @return the attributes
   */
  public Map<String, String> getAttributes() {
    return attributes;
  }

  /**
   * Sets the attributes.
   *
   * @param attributes the attributes
   */
  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }

  /** Returns for example {@code ERROR json.duplicate-id volunteer/V1 at a.ndjson:7:1 /: ...}. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + subjectType + (subjectId == null ? "" : "/" + subjectId) + " at "
        + file + ":" + line + ":" + column + " " + pointer + ": " + messageEn;
  }
}
