package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How sure we are that a legal basis says what a rule relies on (依据可信度).
 */
public enum Confidence implements Displayable {
  /** Checked against the official text of the instrument (已核实). */
  CONFIRMED("已核实", "confirmed"),
  /** Taken from one secondary source (for example a government web page quoting the text) and not yet cross-checked. */
  SINGLE_SOURCE("单一来源", "single source"),
  /** Believed but not yet checked; a rule resting only on provisional bases should not produce errors in production. */
  PROVISIONAL("待核实", "provisional");

  private final BilingualText name;

  Confidence(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
