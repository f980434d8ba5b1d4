package io.github.jiceng.governance.core.linkage.volunteer;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A circumstance of a volunteer engagement that calls for a written service agreement under the Chongqing volunteer
 * service regulation (重庆市志愿服务条例 Art 21). Full-time service of three consecutive months or more, the other
 * circumstance of that article, follows from the engagement's dates and is not stated here.
 */
public enum EngagementCircumstance implements Displayable {
  /** 风险性较大: the service carries considerable risk. */
  HIGH_RISK("风险性较大", "considerable risk"),
  /** 大型社会公益活动: a large public event. */
  LARGE_EVENT("大型社会公益活动", "large public event"),
  /** 在本市行政区域外: the service is outside Chongqing. */
  OUTSIDE_CHONGQING("在本市行政区域外", "outside Chongqing"),
  /** 涉外: foreign organisations or persons are involved. */
  FOREIGN_PARTIES("涉外", "foreign parties involved"),
  /** 任何一方要求: a party asked for a written agreement. */
  REQUESTED_BY_PARTY("一方要求签订书面协议", "a party asked for a written agreement");

  private final BilingualText name;

  EngagementCircumstance(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
