package io.github.jiceng.governance.core.linkage.organisation;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.id.OrganisationCategory;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a social organisation (社会组织类型): the three forms registered with civil affairs, whose credit codes
 * start with 51, 52 and 53, and the filed community social organisation, which is not registered.
 */
public enum SocialOrganisationKind implements Displayable {
  /** 社会团体: a membership association, society or federation (社会团体登记管理条例); credit codes start with 51. */
  SOCIAL_GROUP("社会团体", "social group", OrganisationCategory.SOCIAL_GROUP),
  /**
   * 社会服务机构 (民办非企业单位): a non-profit service provider founded with non-state assets; credit codes start with
   * 52.
   */
  SOCIAL_SERVICE_ORGANISATION("社会服务机构（民办非企业单位）", "social service organisation",
      OrganisationCategory.SOCIAL_SERVICE_ORGANISATION),
  /** 基金会: a foundation (基金会管理条例); credit codes start with 53. */
  FOUNDATION("基金会", "foundation", OrganisationCategory.FOUNDATION),
  /**
   * 备案的社区社会组织: a community social organisation filed with the street or township (备案) rather than registered;
   * it may act lawfully but has no legal personality and no credit code (民发〔2017〕191号 graded management).
   */
  FILED_COMMUNITY_ORGANISATION("备案的社区社会组织", "filed community social organisation", null);

  private final BilingualText name;
  private final OrganisationCategory category;

  SocialOrganisationKind(String chinese, String english, OrganisationCategory category) {
    this.name = BilingualText.of(chinese, english);
    this.category = category;
  }

  /**
   * Returns whether organisations of this kind are registered with civil affairs (登记) rather than filed (备案).
   *
   * @return true for social groups, social service organisations and foundations
   */
  public boolean isRegistered() {
    return category != null;
  }

  /**
   * Returns the credit-code category that organisations of this kind have.
   *
   * @return the category (its {@link OrganisationCategory#prefix()} is 51, 52 or 53), or empty for a filed
   *     organisation, which has no credit code
   */
  public Optional<OrganisationCategory> creditCodeCategory() {
    return Optional.ofNullable(category);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
