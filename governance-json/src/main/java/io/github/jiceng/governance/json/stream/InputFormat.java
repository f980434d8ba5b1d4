package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How records are laid out in an input (输入格式).
 */
public enum InputFormat implements Displayable {
  /**
   * Chosen from the content: a JSON array if the first character that is not white space (after a byte order mark)
   * is {@code [}, NDJSON otherwise.
   */
  AUTO("自动识别", "detected from the content"),
  /** Newline-delimited JSON: one record per line; blank lines are skipped (NDJSON, JSON Lines). */
  NDJSON("每行一条记录（NDJSON）", "one record per line (NDJSON)"),
  /** One JSON array whose elements are the records. */
  JSON_ARRAY("JSON 数组", "a JSON array of records");

  private final BilingualText name;

  InputFormat(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
