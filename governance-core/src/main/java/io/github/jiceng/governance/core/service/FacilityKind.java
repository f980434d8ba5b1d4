package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A kind of other service facility a district counts beside the three tiers (其他社会服务设施), as in the figures
 * civil-affairs bureaus publish (Kaizhou: 619 elderly-care centres and stations, 535 children's service stations, 1
 * incubation base, 14 funeral service facilities).
 */
public enum FacilityKind implements Displayable {
  /** 养老服务中心（站）: an elderly-care service centre or station. */
  ELDERLY_CARE("养老服务中心（站）", "elderly-care service centre or station"),
  /** 儿童服务站: a children's service station (儿童之家 and similar). */
  CHILDREN_SERVICE("儿童服务站", "children's service station"),
  /** 社会组织孵化基地: a social-organisation incubation base. */
  INCUBATION_BASE("社会组织孵化基地", "social-organisation incubation base"),
  /** 殡葬服务设施: a funeral service facility (funeral home, public cemetery, memorial hall). */
  FUNERAL_SERVICE("殡葬服务设施", "funeral service facility");

  private final BilingualText name;

  FacilityKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
