package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of a reason in an admission decision (准入理由类型), with the bilingual text the reason is rendered from.
 *
 * <p>Templates name the reason's values in braces: {@code {id}} and {@code {item}} (the listed item), {@code {list}}
 * (its list), {@code {catalogue}} (the catalogue versions, such as {@code yubei@2023+chongqing@2019}), {@code
 * {basis}} (the item's legal basis or the catalogue's source) and {@code {approver}} (the approving jurisdiction).
 */
public enum ReasonKind implements Displayable {
  /** The task falls under a negative-list item. */
  NEGATIVE_LIST("负面事项", "negative list",
      "属于{catalogue}负面事项清单第{id}项“{item}”，不得交由村（社区）承担（依据：{basis}）",
      "falls under negative-list item {id} \"{item}\" of {catalogue} and must not be given to villages or"
          + " communities (basis: {basis})"),
  /** The task is an item of the assistance list. */
  ON_ASSISTANCE_LIST("清单内协助事项", "on the assistance list",
      "属于{catalogue}依法协助政府工作事项清单第{id}项“{item}”（依据：{basis}）",
      "is assistance item {id} \"{item}\" of {catalogue} (basis: {basis})"),
  /** The task is on another list (self-governance, management and service, micro-power), not an assistance item. */
  OTHER_LIST("其他清单事项", "on another list",
      "属于{catalogue}{list}第{id}项“{item}”，不是依法协助政府工作事项",
      "is {list} {id} \"{item}\" of {catalogue}, not a government assistance item"),
  /** An assistance task comes without funding. */
  FUNDING_MISSING("经费未随事转", "no funding",
      "协助事项未提供经费，应当权随责走、费随事转（依据：{basis}）",
      "no funding comes with the assistance task; funding must follow the task (basis: {basis})"),
  /** The task is on no assistance list in force. */
  NOT_ON_ASSISTANCE_LIST("清单外事项", "not on the assistance list",
      "未列入{catalogue}依法协助政府工作事项清单，村（社区）有权拒绝",
      "is not on the assistance list of {catalogue}; the village or community may refuse it"),
  /** The unlisted task is bought as a service. */
  PURCHASE_OF_SERVICES("政府购买服务", "purchase of services",
      "清单外事项以政府购买服务方式实施",
      "the unlisted task is carried out through purchase of services"),
  /** The request proposes to add the task to the lists, which the approving level decides. */
  REFERRED("报请审定", "referred",
      "申请将该事项纳入清单，须报{approver}审定后实施",
      "asks to add the task to the lists, which {approver} must approve first"),
  /** An unlisted task is ordered by administrative command. */
  ADMINISTRATIVE_ORDER("以行政命令交办", "administrative command",
      "以行政命令方式交办清单外事项，不符合规定",
      "an unlisted task is ordered by administrative command, which is not allowed"),
  /** A claimed item id is on no list in force. */
  UNKNOWN_ITEM("所称事项不在清单", "unknown item",
      "所称清单事项{id}不在现行清单中",
      "the claimed item {id} is not on the lists in force"),
  /** No catalogue is in force for the target on the request date. */
  NO_CATALOGUE("无现行清单", "no lists in force",
      "申请日无现行清单，无法按清单审查",
      "no lists are in force for the target on the request date, so the task cannot be checked against them");

  private final BilingualText name;
  private final BilingualText template;

  ReasonKind(String chinese, String english, String chineseTemplate, String englishTemplate) {
    this.name = BilingualText.of(chinese, english);
    this.template = BilingualText.of(chineseTemplate, englishTemplate);
  }

  /**
   * Returns the template the reason's text is made from.
   *
   * @return the template in both languages
   */
  public BilingualText template() {
    return template;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
