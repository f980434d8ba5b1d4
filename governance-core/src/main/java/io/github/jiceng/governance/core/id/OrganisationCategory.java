package io.github.jiceng.governance.core.id;

import static io.github.jiceng.governance.core.id.RegistrationAuthority.AGRICULTURE;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.CIVIL_AFFAIRS;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.CULTURE;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.FOREIGN_AFFAIRS;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.INSTITUTIONAL_STAFFING;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.JUDICIAL_ADMINISTRATION;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.MARKET_REGULATION;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.MILITARY_STAFFING;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.RELIGIOUS_AFFAIRS;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.TOURISM;
import static io.github.jiceng.governance.core.id.RegistrationAuthority.TRADE_UNION;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation category (机构类别) coded by the first two characters of a unified social credit code
 * (GB 32100-2015): the registration authority (position 1) and the category under it (position 2).
 *
 * <p>The pairs under 机构编制 (1x), 民政 (5x) and 工商 (9x) are confirmed; the others are from the fuller table that
 * several independent code libraries agree on (single secondary source, marked [S]). A pair that is not listed is
 * not an error: {@link #of(char, char)} returns empty for it.
 */
public enum OrganisationCategory implements Displayable {
  /** 机关 (11): a state organ. */
  STATE_ORGAN(INSTITUTIONAL_STAFFING, '1', "机关", "state organ"),
  /** 事业单位 (12): a public institution. */
  PUBLIC_INSTITUTION(INSTITUTIONAL_STAFFING, '2', "事业单位", "public institution"),
  /** 群众团体 (13): a mass organisation whose staffing the staffing office manages directly. */
  MASS_ORGANISATION(INSTITUTIONAL_STAFFING, '3', "群众团体", "mass organisation"),
  /** 其他 (19): another organisation registered by the staffing authority. */
  OTHER_STAFFING(INSTITUTIONAL_STAFFING, '9', "其他（机构编制）", "other (institutional staffing)"),
  /** 外国常驻新闻机构 (21): a resident foreign news agency. [S] */
  FOREIGN_NEWS_AGENCY(FOREIGN_AFFAIRS, '1', "外国常驻新闻机构", "resident foreign news agency"),
  /** 其他 (29): another organisation registered by foreign affairs. [S] */
  OTHER_FOREIGN_AFFAIRS(FOREIGN_AFFAIRS, '9', "其他（外交）", "other (foreign affairs)"),
  /** 律师执业机构 (31): a law firm. [S] */
  LAW_FIRM(JUDICIAL_ADMINISTRATION, '1', "律师执业机构", "law firm"),
  /** 公证处 (32): a notary office. [S] */
  NOTARY_OFFICE(JUDICIAL_ADMINISTRATION, '2', "公证处", "notary office"),
  /** 基层法律服务所 (33): a grassroots legal service office. [S] */
  GRASSROOTS_LEGAL_SERVICE(JUDICIAL_ADMINISTRATION, '3', "基层法律服务所", "grassroots legal service office"),
  /** 司法鉴定机构 (34): a forensic appraisal institution. [S] */
  FORENSIC_APPRAISAL(JUDICIAL_ADMINISTRATION, '4', "司法鉴定机构", "forensic appraisal institution"),
  /** 仲裁委员会 (35): an arbitration commission. [S] */
  ARBITRATION_COMMISSION(JUDICIAL_ADMINISTRATION, '5', "仲裁委员会", "arbitration commission"),
  /** 其他 (39): another organisation registered by judicial administration. [S] */
  OTHER_JUDICIAL(JUDICIAL_ADMINISTRATION, '9', "其他（司法行政）", "other (judicial administration)"),
  /** 外国在华文化中心 (41): a foreign cultural centre in China. [S] */
  FOREIGN_CULTURAL_CENTRE(CULTURE, '1', "外国在华文化中心", "foreign cultural centre"),
  /** 其他 (49): another organisation registered by culture. [S] */
  OTHER_CULTURE(CULTURE, '9', "其他（文化）", "other (culture)"),
  /** 社会团体 (51): a social group (association, society, federation). */
  SOCIAL_GROUP(CIVIL_AFFAIRS, '1', "社会团体", "social group"),
  /** 民办非企业单位 / 社会服务机构 (52): a private non-enterprise unit, called social service organisation since 2016. */
  SOCIAL_SERVICE_ORGANISATION(CIVIL_AFFAIRS, '2', "民办非企业单位/社会服务机构", "social service organisation"),
  /** 基金会 (53): a foundation. */
  FOUNDATION(CIVIL_AFFAIRS, '3', "基金会", "foundation"),
  /** 其他 (59): another organisation registered by civil affairs. */
  OTHER_CIVIL_AFFAIRS(CIVIL_AFFAIRS, '9', "其他（民政）", "other (civil affairs)"),
  /** 外国旅游部门常驻代表机构 (61): a representative office of a foreign tourism body. [S] */
  FOREIGN_TOURISM_OFFICE(TOURISM, '1', "外国旅游部门常驻代表机构", "foreign tourism office"),
  /** 港澳台地区旅游部门常驻内地（大陆）代表机构 (62): an office of a Hong Kong, Macao or Taiwan tourism body. [S] */
  REGIONAL_TOURISM_OFFICE(TOURISM, '2', "港澳台地区旅游部门常驻内地（大陆）代表机构",
      "Hong Kong, Macao or Taiwan tourism office"),
  /** 其他 (69): another organisation registered by tourism. [S] */
  OTHER_TOURISM(TOURISM, '9', "其他（旅游）", "other (tourism)"),
  /** 宗教活动场所 (71): a place of religious activity. [S] */
  RELIGIOUS_VENUE(RELIGIOUS_AFFAIRS, '1', "宗教活动场所", "place of religious activity"),
  /** 宗教院校 (72): a religious college. [S] */
  RELIGIOUS_COLLEGE(RELIGIOUS_AFFAIRS, '2', "宗教院校", "religious college"),
  /** 其他 (79): another organisation registered by religious affairs. [S] */
  OTHER_RELIGIOUS(RELIGIOUS_AFFAIRS, '9', "其他（宗教）", "other (religious affairs)"),
  /** 基层工会 (81): a grassroots trade union. [S] */
  GRASSROOTS_TRADE_UNION(TRADE_UNION, '1', "基层工会", "grassroots trade union"),
  /** 其他 (89): another trade-union organisation. [S] */
  OTHER_TRADE_UNION(TRADE_UNION, '9', "其他（工会）", "other (trade union)"),
  /** 企业 (91): an enterprise. */
  ENTERPRISE(MARKET_REGULATION, '1', "企业", "enterprise"),
  /** 个体工商户 (92): an individual business. */
  INDIVIDUAL_BUSINESS(MARKET_REGULATION, '2', "个体工商户", "individual business"),
  /** 农民专业合作社 (93): a farmers' specialised cooperative. */
  FARMERS_COOPERATIVE(MARKET_REGULATION, '3', "农民专业合作社", "farmers' specialised cooperative"),
  /** 军队事业单位 (A1): a military public institution. [S] */
  MILITARY_INSTITUTION(MILITARY_STAFFING, '1', "军队事业单位", "military public institution"),
  /** 其他 (A9): another organisation registered by the military staffing office. [S] */
  OTHER_MILITARY(MILITARY_STAFFING, '9', "其他（军队）", "other (military)"),
  /** 组级集体经济组织 (N1): a villagers' group collective economic organisation. [S] */
  GROUP_COLLECTIVE_ECONOMY(AGRICULTURE, '1', "组级集体经济组织", "villagers' group collective economic organisation"),
  /** 村级集体经济组织 (N2): a village collective economic organisation. [S] */
  VILLAGE_COLLECTIVE_ECONOMY(AGRICULTURE, '2', "村级集体经济组织", "village collective economic organisation"),
  /** 乡镇级集体经济组织 (N3): a township collective economic organisation. [S] */
  TOWNSHIP_COLLECTIVE_ECONOMY(AGRICULTURE, '3', "乡镇级集体经济组织", "township collective economic organisation"),
  /** 其他 (N9): another organisation registered by agriculture. [S] */
  OTHER_AGRICULTURE(AGRICULTURE, '9', "其他（农业）", "other (agriculture)"),
  /** 其他 (Y1): an organisation registered by another authority. */
  OTHER(RegistrationAuthority.OTHER, '1', "其他", "other");

  private final RegistrationAuthority authority;
  private final char code;
  private final BilingualText name;

  OrganisationCategory(RegistrationAuthority authority, char code, String chinese, String english) {
    this.authority = authority;
    this.code = code;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the category for the first two characters of a credit code.
   *
   * @param authorityCode the character at position 1, for example {@code '5'}
   * @param categoryCode the character at position 2, for example {@code '1'}
   * @return the category, or empty if the pair is not in the table
   */
  public static Optional<OrganisationCategory> of(char authorityCode, char categoryCode) {
    for (OrganisationCategory category : values()) {
      if (category.authority.code() == authorityCode && category.code == categoryCode) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the category for a two-character prefix such as {@code "52"}.
   *
   * @param prefix the first two characters of a credit code, not null
   * @return the category, or empty if the prefix is not two characters or not in the table
   */
  public static Optional<OrganisationCategory> ofPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.length() == 2 ? of(prefix.charAt(0), prefix.charAt(1)) : Optional.empty();
  }

  /**
   * Returns the registration authority that registers organisations of this category.
   *
   * @return the authority (position 1 of the code)
   */
  public RegistrationAuthority authority() {
    return authority;
  }

  /**
   * Returns the category character (position 2 of the code).
   *
   * @return the character, for example {@code '2'} for {@link #SOCIAL_SERVICE_ORGANISATION}
   */
  public char code() {
    return code;
  }

  /**
   * Returns the two-character prefix that a credit code of this category starts with.
   *
   * @return the prefix, for example {@code "52"}
   */
  public String prefix() {
    return new String(new char[] {authority.code(), code});
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
