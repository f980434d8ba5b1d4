package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Where the number a finding applied comes from (数值来源): the text in force before 2026, a rule pack's setting, or
 * a provisional default carried over from the earlier text. It is a message argument and the attribute {@code source}
 * of the findings of this package and of {@code rules.covenant}.
 */
public enum ThresholdSource implements Displayable {
  /** The text in force before 2026-01-01, confirmed (2026年前施行文本). */
  TEXT_BEFORE_2026("2026年前施行的法律文本", "text in force before 2026"),
  /** A number that the rule pack sets (规则包设定), for example a confirmed 2026 number or a local standard. */
  PACK("规则包设定的数值", "number set by the rule pack"),
  /** The earlier number carried into the 2026 text provisionally, not yet confirmed (暂沿用原数值，待核实). */
  PROVISIONAL("2026年施行文本，暂沿用原数值，待核实", "2026 text, earlier number carried provisionally, to be confirmed");

  private final BilingualText name;

  ThresholdSource(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether findings based on this source rest on unconfirmed numbers.
   *
   * @return true for {@link #PROVISIONAL}
   */
  public boolean isProvisional() {
    return this == PROVISIONAL;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
