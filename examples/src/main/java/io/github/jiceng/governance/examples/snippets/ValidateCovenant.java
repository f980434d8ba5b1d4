package io.github.jiceng.governance.examples.snippets;

import io.github.jiceng.governance.core.covenant.*;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Validates one covenant (村规民约) with the Chongqing pack: 顶星村's 2024 village rules of docs/domain/covenants.md,
 * with its adoption record. Clause 6 sets a fine, which the rules flag for a human review of its legality.
 */
public final class ValidateCovenant {
  private ValidateCovenant() {
  }

  /** @param args not used */
  public static void main(String[] args) {
    Covenant rules = Covenant.builder().id("DX-2024").kind(CovenantKind.VILLAGE_RULES)
        .unit(DivisionCode.parse("500154101201")).unitName("顶星村").title("顶星村村规民约").version(2)
        .addClauses(Clause.of(1, "爱党爱国，遵纪守法，诚实守信，文明礼让。", ContentArea.DAILY_CONDUCT),
            Clause.of(2, "爱护公共设施，维护村容村貌和环境卫生。", ContentArea.PUBLIC_ORDER),
            Clause.of(3, "男女平等，保障妇女、儿童、老年人和残疾人的合法权益。", ContentArea.RIGHTS_AND_INTERESTS),
            Clause.of(4, "邻里纠纷先行协商，协商不成的，可以申请人民调解委员会调解。", ContentArea.DISPUTE_MEDIATION),
            Clause.of(5, "婚事新办，丧事简办，反对铺张浪费和天价彩礼。", ContentArea.CUSTOMS),
            Clause.of(6, "乱倒垃圾的，罚款200元。", ContentArea.PUBLIC_ORDER))
        .adoption(AdoptionRecord.builder()
            .solicitation(AdoptionStep.of(LocalDate.of(2024, 1, 10), "村民座谈会 3 场", "入户征求意见 86 户"))
            .drafting(AdoptionStep.of(LocalDate.of(2024, 1, 25), "草案文本"))
            .review(Review.of(LocalDate.of(2024, 2, 1), ReviewBody.TOWNSHIP, ReviewResult.APPROVED_WITH_CHANGES,
                LocalDate.of(2024, 2, 20)))
            .vote(AdoptionVote.of(LocalDate.of(2024, 3, 20), "DX-2024-03", MeetingType.VILLAGERS_MEETING, true))
            .filing(Filing.of(LocalDate.of(2024, 3, 28), FilingBody.TOWNSHIP_GOVERNMENT))
            .publication(AdoptionStep.of(LocalDate.of(2024, 4, 2), "村务公开栏"))
            .build())
        .addStatusHistory(StatusChange.of(CovenantStatus.ADOPTED, LocalDate.of(2024, 3, 20)),
            StatusChange.of(CovenantStatus.FILED, LocalDate.of(2024, 3, 28)),
            StatusChange.of(CovenantStatus.IN_FORCE, LocalDate.of(2024, 4, 2)))
        .build();

    Validator validator = Validator.of(StandardPacks.chongqing());
    System.out.println(rules);
    for (Finding finding : validator.validate(rules).findings()) {
      System.out.println(finding.code().value() + " " + finding.severity() + " " + finding.location().pointer()
          + "\n  " + finding.message(Locale.SIMPLIFIED_CHINESE) + "\n  " + finding.message(Locale.ENGLISH));
    }
  }
}
