package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;
import java.util.Objects;

/**
 * One figure of a {@link DistrictProfile} (区县社会工作概况指标), in the shape civil-affairs bureaus publish: stock
 * figures are counted on the period's reference day, flow figures over the period.
 */
public enum ProfileFigure implements Displayable {
  /** Townships, towns and streets in force (乡镇（街道）数); stock. */
  TOWNSHIPS("乡镇（街道）数", "townships and streets"),
  /** Townships with an open station (已建社工站的乡镇（街道）); stock. */
  TOWNSHIPS_WITH_STATION("已建站乡镇（街道）数", "townships with a station"),
  /** Open social-work stations (社工站); stock. */
  STATIONS("社工站", "social-work stations"),
  /** Village-level units in force (村（社区）数); stock. */
  VILLAGES("村（社区）数", "villages and communities"),
  /** Village-level units with an open room (已建社工室的村（社区）); stock. */
  VILLAGES_WITH_ROOM("已建室村（社区）数", "villages and communities with a room"),
  /** Open social-work rooms (社工室); stock. */
  ROOMS("社工室", "social-work rooms"),
  /** Open guidance centres (社会工作指导中心); stock. */
  GUIDANCE_CENTRES("社会工作指导中心", "guidance centres"),
  /** Social workers employed in the district (社会工作者); stock. */
  SOCIAL_WORKERS("社会工作者", "social workers"),
  /** Certified social workers (持证社会工作者); stock. */
  CERTIFIED_SOCIAL_WORKERS("持证社会工作者", "certified social workers"),
  /** People trained (培训人次), person-times; flow. */
  PEOPLE_TRAINED("培训人次", "people trained (person-times)"),
  /** Social organisations engaged in grassroots governance (参与基层治理的社会组织); stock. */
  ORGANISATIONS_ENGAGED("参与基层治理的社会组织", "social organisations engaged"),
  /** Service activities delivered by all units (服务场次); flow. */
  SERVICES_DELIVERED("服务场次", "service activities"),
  /** People served by all units (服务人次); flow. */
  BENEFICIARIES("服务人次", "people served"),
  /** Elderly-care service centres and stations (养老服务中心（站）); stock. */
  ELDERLY_CARE_FACILITIES("养老服务中心（站）", "elderly-care service centres and stations"),
  /** Children's service stations (儿童服务站); stock. */
  CHILDREN_SERVICE_STATIONS("儿童服务站", "children's service stations"),
  /** Social-organisation incubation bases (社会组织孵化基地); stock. */
  INCUBATION_BASES("社会组织孵化基地", "social-organisation incubation bases"),
  /** Funeral service facilities (殡葬服务设施); stock. */
  FUNERAL_FACILITIES("殡葬服务设施", "funeral service facilities");

  private final BilingualText name;

  ProfileFigure(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the figure that counts facilities of a kind.
   *
   * @param kind the kind, not null
   * @return the figure
   * @throws NullPointerException if {@code kind} is null
   */
  public static ProfileFigure of(FacilityKind kind) {
    switch (Objects.requireNonNull(kind, "kind")) {
      case ELDERLY_CARE:
        return ELDERLY_CARE_FACILITIES;
      case CHILDREN_SERVICE:
        return CHILDREN_SERVICE_STATIONS;
      case INCUBATION_BASE:
        return INCUBATION_BASES;
      default:
        return FUNERAL_FACILITIES;
    }
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
