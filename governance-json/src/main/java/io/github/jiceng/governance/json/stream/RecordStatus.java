package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * What became of one input record in a streaming validation (记录检查状态). Every record read has exactly one status,
 * so the counts of a {@link StreamSummary} add up to the records read.
 */
public enum RecordStatus implements Displayable {
  /** The record was read into a model value and has no active error (it may have warnings). */
  VALID("有效", "valid"),
  /**
   * The record was read into a model value but has at least one active error: an unknown property (when reported as
   * an error), a constraint, a rule, a duplicate id or a missing reference.
   */
  WITH_ERRORS("有错误", "with errors"),
  /**
   * No model value could be built: the text is not well-formed JSON, exceeds a limit, is not UTF-8, or has a value of
   * the wrong type, an invalid or missing value, or an unknown record type.
   */
  UNREADABLE("无法读取", "unreadable");

  private final BilingualText name;

  RecordStatus(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
