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
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "short example", kept compiling and true. Change both together. */
class ReadmeExampleTest {

  @Test
  void theReadmeStreamingExampleValidatesAFile(@TempDir Path folder) throws Exception {
    Path export = folder.resolve("export.ndjson");
    Files.writeString(export, "{\"type\":\"village\",\"code\":\"500154001001\",\"name\":\"金州社区\","
        + "\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154001000\"}\n"
        + "{\"type\":\"village\",\"code\":\"500154001002\",\"name\":\" \",\"kind\":\"COMMUNITY\","
        + "\"townshipCode\":\"500154001000\"}\n"
        + "{not json\n", StandardCharsets.UTF_8);

    RecordStreamValidator validator =
        RecordStreamValidator.builder(Validator.of(StandardPacks.forJurisdiction("500154"))).build();
    StreamReport report = validator.validate(export);

    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(report.summary().valid()).isEqualTo(1);
    assertThat(report.summary().withErrors()).isEqualTo(1);
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(report.summary().findingsByCode()).containsKeys("constraint.NotBlank", "json.syntax");
    assertThat(report.hasErrors()).isTrue();
  }

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
