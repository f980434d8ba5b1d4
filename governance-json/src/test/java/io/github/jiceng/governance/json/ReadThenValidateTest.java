package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordResult;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The path of a record: JSON findings and validation findings land in one report. A constraint of the model (the
 * {@code @NotBlank} name) is checked by the validator only, once; the JSON layer accepts a blank name as a string.
 */
class ReadThenValidateTest {
  private static final RecordReader READER = RecordReader.create();
  private static final Validator VALIDATOR = Validator.of(RulePack.builder("cn", "2026.1", "500154").build());

  private static String village(String name, String extra) {
    return "{\"type\":\"village\",\"code\":\"500154001001\",\"name\":\"" + name + "\",\"kind\":\"COMMUNITY\","
        + "\"townshipCode\":\"500154001000\"" + extra + "}";
  }

  @Test
  void aBlankNameIsOneConstraintFindingAndNoJsonFinding() {
    for (String blank : List.of("", " ", "\\t")) {
      ReadResult<Village> read = READER.read(village(blank, ""), Village.class);
      assertThat(read.findings()).isEmpty();
      ValidationReport report = VALIDATOR.validate(read.value().orElseThrow());
      assertThat(report.findings()).singleElement().satisfies(finding -> {
        assertThat(finding.code().value()).isEqualTo("constraint.NotBlank");
        assertThat(finding.location().pointer()).isEqualTo(JsonPointer.of("name"));
      });
    }
  }

  @Test
  void jsonFindingsJoinTheReportAndCanBeWaived() {
    ReadResult<Village> read = READER.read(village("金州社区", ",\"households\":3000"), Village.class);
    Village village = read.value().orElseThrow();
    ValidationReport.Builder report = ValidationReport.builder();
    List<Finding> findings = new ArrayList<>(read.findings());
    findings.addAll(VALIDATOR.check(village).findings());
    report.add(VALIDATOR.applyWaivers(findings));
    ValidationReport merged = report.build();
    assertThat(merged.forCode(JsonFindingCodes.UNKNOWN_PROPERTY.value())).hasSize(1);
    assertThat(merged.invalidRecordCount()).isEqualTo(1);

    Validator waiving = Validator.builder(VALIDATOR.pack())
        .waivers(List.of(Waiver.forPath(JsonFindingCodes.UNKNOWN_PROPERTY.value(), JsonPointer.of("households"),
            "户数由统计口径另行维护")))
        .build();
    RecordResult waived = waiving.applyWaivers(read.findings());
    assertThat(waived.findings()).isEmpty();
    assertThat(waived.suppressed()).hasSize(1);
    assertThat(read.subject()).isEqualTo(Subject.ofType("village"));
  }

  /** Reads class files, whose constant pool names every annotation type, including CLASS-retention ones. */
  @Test
  void theGeneratedCodeReferencesNoJavaxAnnotations() throws IOException {
    for (String file : List.of("ImmutableVillage.class", "ImmutableVillage$Builder.class",
        "ImmutableTownship.class", "ImmutableDistrict.class")) {
      try (InputStream in = ImmutableVillage.class.getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(constants).as(file).contains("io/github/jiceng/governance/core/territory/Immutable")
            .doesNotContain("javax/").doesNotContain("com/google/errorprone");
      }
    }
  }
}
