package io.github.jiceng.governance.rules.pack;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.burden.BundledCatalogues;
import io.github.jiceng.governance.rules.burden.BurdenParameters;
import io.github.jiceng.governance.rules.burden.BurdenRules;
import io.github.jiceng.governance.rules.council.CouncilRules;
import io.github.jiceng.governance.rules.covenant.CovenantRules;
import io.github.jiceng.governance.rules.id.IdentifierRules;
import io.github.jiceng.governance.rules.linkage.LinkageRules;
import io.github.jiceng.governance.rules.meeting.MeetingParameters;
import io.github.jiceng.governance.rules.meeting.MeetingRules;
import io.github.jiceng.governance.rules.service.ServiceRules;
import io.github.jiceng.governance.rules.territory.TerritoryRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule packs that ship with the library (标准规则包).
 *
 * <ul>
 *   <li>{@link #national()} ({@code cn}): every rule of the library, for the whole country.
 *   <li>{@link #chongqing()} ({@code cn.chongqing}): the national pack overlaid with Chongqing's local rules and
 *       decisions (as they are added).
 *   <li>{@link #forJurisdiction(Jurisdiction)}: the pack that judges one district or other division: a child of the
 *       Chongqing pack inside Chongqing, of the national pack elsewhere, with no decisions of its own. A district with
 *       local decisions overlays this pack.
 * </ul>
 *
 * <p>Packs are immutable and may be shared. Their version names the state of the library's rules, not a law.
 */
public final class StandardPacks {
  /** The version of the standard packs. */
  public static final String VERSION = "2026.11";
  private static final Jurisdiction CHONGQING = Jurisdiction.of(DivisionCode.parse("500000"));
  private static final RulePack NATIONAL = RulePack.builder("cn", VERSION, Jurisdiction.national())
      .rules(nationalRules())
      .build();
  private static final RulePack CHONGQING_PACK = RulePack.builder("cn.chongqing", VERSION, CHONGQING)
      .parent(NATIONAL)
      .rules(LinkageRules.chongqing())
      .parameter(MeetingParameters.EXCLUSIONS_ALLOWED, true, ValidityPeriod.from(LocalDate.of(2013, 11, 1)),
          "重庆市实施《中华人民共和国村民委员会组织法》办法（2013年修订）第七条")
      .parameter(MeetingParameters.REPRESENTATIVE_MEETING_NOTICE_DAYS, 3,
          ValidityPeriod.from(LocalDate.of(2013, 11, 1)),
          "重庆市实施《中华人民共和国村民委员会组织法》办法（2013年修订）第十二条")
      .parameter(MeetingParameters.REQUISITION_CONVENING_DAYS, 15, ValidityPeriod.from(LocalDate.of(2013, 11, 1)),
          "重庆市实施《中华人民共和国村民委员会组织法》办法（2013年修订）第十一条")
      .overrideSeverity("covenant.adoption.delegated", Severity.WARNING,
          "重庆市实施《中华人民共和国村民委员会组织法》办法 第八条第一项、第十条: 制定村规民约不得授权村民代表会议")
      .parameter(BurdenParameters.CATALOGUES, BundledCatalogues.CHONGQING, ValidityPeriod.always(),
          "bundled Chongqing lists (city 2019/2024, 渝北区 2023, 巴南区 2024); illustrative items marked in the data")
      .parameter(BurdenParameters.TIMING_CHECKED, true, ValidityPeriod.always(),
          "local admission practice: apply about 30 working days ahead, decision within 15 working days [U]")
      .build();

  private StandardPacks() {
  }

  private static List<Rule<?>> nationalRules() {
    List<Rule<?>> rules = new ArrayList<>();
    rules.addAll(IdentifierRules.all());
    rules.addAll(TerritoryRules.all());
    rules.addAll(LinkageRules.all());
    rules.addAll(ServiceRules.all());
    rules.addAll(MeetingRules.all());
    rules.addAll(CovenantRules.all());
    rules.addAll(CouncilRules.all());
    rules.addAll(BurdenRules.all());
    return rules;
  }

  /**
   * Returns the national pack.
   *
   * @return the pack {@code cn}
   */
  public static RulePack national() {
    return NATIONAL;
  }

  /**
   * Returns the Chongqing pack.
   *
   * @return the pack {@code cn.chongqing}
   */
  public static RulePack chongqing() {
    return CHONGQING_PACK;
  }

  /**
   * Returns the standard pack for a jurisdiction: the national or Chongqing pack itself, or for a division under
   * them a pack {@code cn[.chongqing].d<code>} (for example {@code cn.chongqing.d500154} for Kaizhou) whose parent is
   * the nearest of the two.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the pack
   */
  public static RulePack forJurisdiction(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (jurisdiction.isNational()) {
      return NATIONAL;
    }
    if (jurisdiction.equals(CHONGQING)) {
      return CHONGQING_PACK;
    }
    RulePack parent = CHONGQING.contains(jurisdiction) ? CHONGQING_PACK : NATIONAL;
    return RulePack.builder(parent.id() + ".d" + jurisdiction.code(), VERSION, jurisdiction).parent(parent).build();
  }

  /**
   * Returns the standard pack for a jurisdiction given by its code, as {@link #forJurisdiction(Jurisdiction)}.
   *
   * @param jurisdictionCode {@code 100000} or a division code such as {@code 500154}
   * @return the pack
   * @throws io.github.jiceng.governance.core.id.InvalidIdentifierException if the code is malformed
   */
  public static RulePack forJurisdiction(String jurisdictionCode) {
    return forJurisdiction(Jurisdiction.parse(jurisdictionCode));
  }
}
