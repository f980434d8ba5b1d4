package io.github.jiceng.governance.core.linkage;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of record an {@link ActorRef} points to (参与主体类型): a community committee, a social organisation, a
 * social worker, a volunteer or a team, a community fund or a fundraising campaign, a donor, a social-work station or
 * a government department.
 *
 * <p>Each type has the record type name its records have in data and reports ({@link #recordType()}, such as {@code
 * social-worker}) and, except for stations and government departments, the one of the five actors it belongs to
 * ({@link #society()}).
 */
public enum ActorType implements Displayable {
  /** A community committee (社区/村"两委": the party organisation or the villagers' or residents' committee). */
  COMMUNITY_COMMITTEE("community-committee", LinkageActor.COMMUNITY, "社区（村）\"两委\"", "community committee"),
  /** A social organisation (社会组织): a social group, a social service organisation, a foundation or a filed group. */
  SOCIAL_ORGANISATION("social-organisation", LinkageActor.SOCIAL_ORGANISATION, "社会组织", "social organisation"),
  /** A social worker (社会工作者). */
  SOCIAL_WORKER("social-worker", LinkageActor.SOCIAL_WORKER, "社会工作者", "social worker"),
  /** A registered volunteer (注册志愿者). */
  VOLUNTEER("volunteer", LinkageActor.VOLUNTEER, "志愿者", "volunteer"),
  /** A volunteer team (志愿服务队), such as an elderly culture-and-sports team. */
  VOLUNTEER_TEAM("volunteer-team", LinkageActor.VOLUNTEER, "志愿服务队", "volunteer team"),
  /** A community charity or public-welfare fund (社区慈善基金/社区公益基金). */
  COMMUNITY_FUND("community-fund", LinkageActor.CHARITY_RESOURCE, "社区慈善（公益）基金", "community fund"),
  /** A fundraising campaign (募捐活动). */
  FUNDRAISING_CAMPAIGN("fundraising-campaign", LinkageActor.CHARITY_RESOURCE, "募捐活动", "fundraising campaign"),
  /** A donor (捐赠人): an enterprise, a person or another body giving money or goods; not a record of this library. */
  DONOR("donor", LinkageActor.CHARITY_RESOURCE, "捐赠人", "donor"),
  /** A township or street social-work station (乡镇（街道）社工站); not one of the five actors itself. */
  SOCIAL_WORK_STATION("social-work-station", null, "社工站", "social-work station"),
  /** A government department (政府部门), for example one that purchases services; not one of the five actors. */
  GOVERNMENT_DEPARTMENT("government-department", null, "政府部门", "government department");

  private final String recordType;
  private final LinkageActor society;
  private final BilingualText name;

  ActorType(String recordType, LinkageActor society, String chinese, String english) {
    this.recordType = recordType;
    this.society = society;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the record type name of the records of this type, in data and in reports.
   *
   * @return a kebab-case name, for example {@code social-worker}
   */
  public String recordType() {
    return recordType;
  }

  /**
   * Returns which of the five actors this type belongs to.
   *
   * @return the actor, or empty for a social-work station or a government department
   */
  public Optional<LinkageActor> society() {
    return Optional.ofNullable(society);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
