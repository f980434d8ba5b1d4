package io.github.jiceng.governance.core.id;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * What is wrong with a string that failed to parse as an identifier (标识码错误类型).
 *
 * <p>The constant is the machine-readable part of an {@link InvalidIdentifierException}; rules turn it into a finding
 * code such as {@code id.uscc.check-character}.
 */
public enum IdentifierProblem implements Displayable {
  /** The string is empty or blank. */
  EMPTY("空值", "empty", "empty"),
  /** The string has the wrong number of characters. */
  LENGTH("长度错误", "wrong length", "length"),
  /** A character is not allowed at its position. */
  CHARACTER("非法字符", "character not allowed", "character"),
  /** The final check character does not match the one computed from the other characters. */
  CHECK_CHARACTER("校验码错误", "wrong check character", "check-character"),
  /** An embedded code (such as the GB 11714 organisation code in a credit code) has a wrong check character. */
  EMBEDDED_CHECK_CHARACTER("内嵌代码校验码错误", "wrong check character of an embedded code", "embedded-check-character"),
  /** An embedded date (such as a birth date) does not exist or is out of range. */
  DATE("日期无效", "invalid date", "date"),
  /** A coded part (such as a division code's level digits) has a value outside its defined ranges. */
  CODE_VALUE("代码值无效", "code value not defined", "code-value"),
  /** The string is in a superseded format (such as a 15-digit resident identity number) that must be converted. */
  LEGACY_FORMAT("旧格式", "legacy format", "legacy-format");

  private final BilingualText name;
  private final String code;

  IdentifierProblem(String chinese, String english, String code) {
    this.name = BilingualText.of(chinese, english);
    this.code = code;
  }

  /**
   * Returns the stable, lower-case, kebab-case code of the problem, used as the last part of rule ids.
   *
   * @return the code, for example {@code "check-character"}
   */
  public String code() {
    return code;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
