package io.github.jiceng.governance.core.council;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of a deliberation council (议事协商组织类型), including the four councils of "一约四会".
 */
public enum CouncilKind implements Displayable {
  /** Residents' council (居民议事会). */
  RESIDENTS_COUNCIL("居民议事会", "residents' council"),
  /** Villagers' council (村民议事会), acting on the villagers' meeting's authorisation. */
  VILLAGERS_COUNCIL("村民议事会", "villagers' council"),
  /** Moral review council (道德评议会). */
  MORAL_REVIEW_COUNCIL("道德评议会", "moral review council"),
  /** Weddings-and-funerals council (红白理事会). */
  WEDDINGS_AND_FUNERALS_COUNCIL("红白理事会", "weddings-and-funerals council"),
  /** Anti-drug and anti-gambling council (禁毒禁赌会). */
  ANTI_DRUG_AND_GAMBLING_COUNCIL("禁毒禁赌会", "anti-drug and anti-gambling council"),
  /** Neighbourhood deliberation room (邻里议事室). */
  NEIGHBOURHOOD_DELIBERATION_ROOM("邻里议事室", "neighbourhood deliberation room");

  private final BilingualText name;

  CouncilKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
