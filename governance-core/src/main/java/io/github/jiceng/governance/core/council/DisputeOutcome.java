package io.github.jiceng.governance.core.council;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The outcome of a dispute mediated by a council (调解结果).
 */
public enum DisputeOutcome implements Displayable {
  /** The parties reached an agreement (达成协议). */
  AGREEMENT_REACHED("达成协议", "agreement reached"),
  /** No agreement; the parties keep their legal remedies (未达成协议). */
  NO_AGREEMENT("未达成协议", "no agreement"),
  /** Referred to another body, such as the people's mediation committee or a court (移交处理). */
  REFERRED("移交处理", "referred"),
  /** Withdrawn by the parties (撤回). */
  WITHDRAWN("撤回", "withdrawn");

  private final BilingualText name;

  DisputeOutcome(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
