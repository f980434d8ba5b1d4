package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.RegistrationAuthority;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import org.junit.jupiter.api.Test;

/** The README's "short example", kept compiling and true. Change both together. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleDoesWhatItsCommentsSay() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91310110666007217T");
    assertThat(code.registrationAuthority()).contains(RegistrationAuthority.MARKET_REGULATION);
    assertThat(code.registrationDivision()).contains(DivisionCode.parse("310110000000"));

    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    assertThat(id.toString()).isEqualTo("110105********002X");

    Village jinzhou = Village.of(DivisionCode.parse("500154001001"), "金州社区");
    assertThat(jinzhou.kind()).isEqualTo(VillageKind.COMMUNITY);
    Township hanfeng = Township.of(DivisionCode.parse("500154001000"), "汉丰街道");
    Territory territory = Territory.of(District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT),
        hanfeng, jinzhou);
    assertThat(territory.townshipOf(jinzhou)).contains(hanfeng);

    Validator validator = Validator.builder(StandardPacks.forJurisdiction("500154"))
        .lookup(RecordLookup.ofRecords(territory.units()))
        .build();
    ValidationReport report = validator.validate(territory.units());
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).isEmpty();
    assertThat(report.recordCount()).isEqualTo(3);
  }
}
