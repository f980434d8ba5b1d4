package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.organisation.PublicFundraisingQualification;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.Map;

/**
 * A charity applied for the public-fundraising qualification before it had been a charity for long enough
 * (慈善组织申请公开募捐资格时登记未满法定年限): one year under the 2023 text (from 2024-09-05), two years under the 2016
 * text (慈善法 Art 22). The years are counted from the day the organisation was registered or recognised as a charity
 * ({@link SocialOrganisation#charityRecognisedOn()}; the 2024 公开募捐管理办法 counts "登记或者认定为慈善组织满一年").
 *
 * <p>The law in force on the application day decides (the grant day if no application day is recorded). Counting
 * follows 民法典 Art 201-202: the period starts the day after recognition and ends on the anniversary, so the
 * period is complete ("满") only after the anniversary: the earliest lawful application day is the day after it.
 * Applications before the 2016 law are not judged.
 */
@RuleDefinition(
    id = "linkage.organisation.qualification-too-early",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十二条", version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED, note = "依法登记满二年的慈善组织，可以向其登记的民政部门申请公开募捐资格"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十二条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "依法登记满一年的慈善组织 (reference.md §6.2); the count from recognition follows the 2024"
                + " 慈善组织公开募捐管理办法 [S]")})
public final class QualificationTooEarlyRule implements Rule<SocialOrganisation> {
  private static final long serialVersionUID = 1L;
  private static final LocalDate LAW_2016 = LocalDate.parse(Instruments.CHARITY_LAW_2016_FROM);
  private static final LocalDate LAW_2023 = LocalDate.parse(Instruments.CHARITY_LAW_2023_FROM);

  /** Creates the rule. */
  public QualificationTooEarlyRule() {
    // stateless
  }

  /**
   * Returns the number of years a charity must have been registered before applying, under the law in force on the
   * application day.
   *
   * @param applicationDay the day of the application, not null
   * @return 1 from 2024-09-05, 2 before
   */
  public static int requiredYears(LocalDate applicationDay) {
    return applicationDay.isBefore(LAW_2023) ? 2 : 1;
  }

  /**
   * Returns the earliest lawful application day for a charity recognised on a day: the day after the anniversary.
   *
   * @param recognisedOn the day the organisation was registered or recognised as a charity, not null
   * @param years the required years
   * @return the earliest application day
   */
  public static LocalDate earliestApplicationDay(LocalDate recognisedOn, int years) {
    return recognisedOn.plusYears(years).plusDays(1);
  }

  @Override
  public Class<SocialOrganisation> subjectType() {
    return SocialOrganisation.class;
  }

  @Override
  public void check(SocialOrganisation organisation, RuleContext context, FindingCollector out) {
    if (organisation.publicFundraising().isEmpty() || organisation.charityRecognisedOn().isEmpty()) {
      return;
    }
    PublicFundraisingQualification qualification = organisation.publicFundraising().get();
    boolean applicationKnown = qualification.appliedOn().isPresent();
    LocalDate applied = qualification.appliedOn().orElse(qualification.grantedOn());
    if (applied.isBefore(LAW_2016)) {
      return;
    }
    LocalDate recognised = organisation.charityRecognisedOn().get();
    int years = requiredYears(applied);
    LocalDate earliest = earliestApplicationDay(recognised, years);
    if (applied.isBefore(earliest)) {
      out.report(JsonPointer.of("publicFundraising", applicationKnown ? "appliedOn" : "grantedOn"), Map.of(
          "name", organisation.name(),
          "applied", applied,
          "recognised", recognised,
          "years", years,
          "earliest", earliest));
    }
  }
}
