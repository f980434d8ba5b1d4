package io.github.jiceng.governance.core.linkage;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * One of the five actors of five-society linkage (五社联动的"五社"): the community, social organisations, social workers,
 * community volunteers and social charity resources.
 *
 * <p>The earlier "three-society linkage" (三社联动) had only the first three; five-society linkage adds volunteers and
 * charity resources. A project "links all five" when actors of every kind take part.
 */
public enum LinkageActor implements Displayable {
  /** 社区: the community, in practice its "two committees" (社区/村"两委"), which lead. */
  COMMUNITY("社区", "community"),
  /** 社会组织: social organisations, especially community social organisations, which carry the projects. */
  SOCIAL_ORGANISATION("社会组织", "social organisation"),
  /** 社会工作者: professional social workers, who support with needs assessment and project design. */
  SOCIAL_WORKER("社会工作者", "social worker"),
  /** 社区志愿者: community volunteers, who assist. */
  VOLUNTEER("社区志愿者", "community volunteer"),
  /** 社会慈善资源: social charity resources (community funds, donations, fundraising), which supplement. */
  CHARITY_RESOURCE("社会慈善资源", "social charity resource");

  private final BilingualText name;

  LinkageActor(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
