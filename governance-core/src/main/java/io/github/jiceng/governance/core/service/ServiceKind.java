package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of service a unit delivers (服务类型), in the usual categories of social-work reporting.
 */
public enum ServiceKind implements Displayable {
  /** 个案服务: casework with one person or family. */
  CASEWORK("个案服务", "casework"),
  /** 小组工作: group work. */
  GROUP_WORK("小组工作", "group work"),
  /** 社区活动: community activities (talks, events, mutual aid). */
  COMMUNITY_ACTIVITY("社区活动", "community activity"),
  /** 议事协商: facilitating residents' consultation and deliberation. */
  CONSULTATION("议事协商", "consultation and deliberation"),
  /** 其他: another kind of service. */
  OTHER("其他", "other");

  private final BilingualText name;

  ServiceKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
