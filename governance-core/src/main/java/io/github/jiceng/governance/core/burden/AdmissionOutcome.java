package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The outcome of an admission review (准入审查结论).
 */
public enum AdmissionOutcome implements Displayable {
  /** Admitted as an item of the assistance list (列入清单，准予进入). */
  ADMITTED_ON_LIST("准予进入（清单内事项）", "admitted: on the assistance list"),
  /** Admitted through purchase of services (通过政府购买服务实施). */
  ADMITTED_BY_PURCHASE_OF_SERVICES("准予以政府购买服务方式实施", "admitted through purchase of services"),
  /** Referred to the level that approves list changes (报上级审定), such as from the district to the city. */
  REFERRED_FOR_APPROVAL("报请审定", "referred for approval"),
  /** Refused (不予准入). */
  REFUSED("不予准入", "refused");

  private final BilingualText name;

  AdmissionOutcome(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether the task may be given to villages or communities under this outcome.
   *
   * @return true for {@link #ADMITTED_ON_LIST} and {@link #ADMITTED_BY_PURCHASE_OF_SERVICES}
   */
  public boolean isAdmitted() {
    return this == ADMITTED_ON_LIST || this == ADMITTED_BY_PURCHASE_OF_SERVICES;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
