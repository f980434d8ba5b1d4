package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The five content areas a covenant "should generally include" (一般应包括的内容) under the 2018 seven-ministry
 * guidance 《关于做好村规民约和居民公约工作的指导意见》.
 */
public enum ContentArea implements Displayable {
  /** Regulating daily conduct (规范日常行为). */
  DAILY_CONDUCT("规范日常行为", "regulating daily conduct"),
  /** Maintaining public order (维护公共秩序). */
  PUBLIC_ORDER("维护公共秩序", "maintaining public order"),
  /** Protecting people's rights and interests (保障群众权益). */
  RIGHTS_AND_INTERESTS("保障群众权益", "protecting people's rights and interests"),
  /** Mediating disputes among the people (调解群众纠纷). */
  DISPUTE_MEDIATION("调解群众纠纷", "mediating disputes"),
  /** Guiding customs and folkways (引导民风民俗). */
  CUSTOMS("引导民风民俗", "guiding customs and folkways");

  private final BilingualText name;

  ContentArea(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
