package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of list a work item is on (清单类型). The common core is four lists (四张清单): self-governance items,
 * assistance items, the negative list and certificates; some districts keep more: 武隆区's six lists add management
 * and service items and the micro-power list, and 巴南区 splits certificates into those the community may issue and
 * those it may not.
 */
public enum ListKind implements Displayable {
  /** 依法自治事项: what the village or community does by law as a self-governing organisation. */
  SELF_GOVERNANCE("依法自治事项", "self-governance item"),
  /** 依法协助政府工作事项: work the village or community assists the government with. */
  ASSIST_GOVERNMENT("依法协助政府工作事项", "government assistance item"),
  /** 负面事项 (减负事项): work that must not be given to the village or community, such as administrative enforcement. */
  NEGATIVE("负面事项", "negative-list item"),
  /** 出具证明事项: a certificate the village or community may issue. */
  CERTIFICATE("可出具证明事项", "certificate that may be issued"),
  /** 不得出具的证明事项: a certificate the village or community may not issue (巴南区's fourth list). */
  CERTIFICATE_PROHIBITED("不得出具证明事项", "certificate that may not be issued"),
  /** 管理服务事项: management and service items of the village organisations (武隆区). */
  MANAGEMENT_SERVICE("管理服务事项", "management and service item"),
  /** 小微权力事项: the micro-power list of village officials' powers (武隆区). */
  MICRO_POWER("小微权力事项", "micro-power item");

  private final BilingualText name;

  ListKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether one item cannot be on both lists: the negative list excludes every list of work the village does
   * (self-governance, assistance, management and service, micro-power), and a certificate cannot be both issuable and
   * prohibited. The relation is symmetric.
   *
   * @param other the other kind, not null
   * @return true if an item on this list must not also be on {@code other}
   */
  public boolean isIncompatibleWith(ListKind other) {
    java.util.Objects.requireNonNull(other, "other");
    if (this == NEGATIVE || other == NEGATIVE) {
      return this != other && isWork(this) && isWork(other);
    }
    return this == CERTIFICATE && other == CERTIFICATE_PROHIBITED
        || this == CERTIFICATE_PROHIBITED && other == CERTIFICATE;
  }

  private static boolean isWork(ListKind kind) {
    return kind != CERTIFICATE && kind != CERTIFICATE_PROHIBITED;
  }

  /**
   * Returns whether this is a list of certificates ({@link #CERTIFICATE} or {@link #CERTIFICATE_PROHIBITED}).
   *
   * @return true for the certificate lists
   */
  public boolean isCertificateList() {
    return !isWork(this);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
