package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.DISTRICT;
import static io.github.jiceng.governance.json.stream.Streams.JINZHOU;
import static io.github.jiceng.governance.json.stream.Streams.SECOND;
import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static io.github.jiceng.governance.json.stream.Streams.TOWNSHIP;
import static io.github.jiceng.governance.json.stream.Streams.VALIDATOR;
import static io.github.jiceng.governance.json.stream.Streams.at;
import static io.github.jiceng.governance.json.stream.Streams.run;
import static io.github.jiceng.governance.json.stream.Streams.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Duplicate ids, references across the dataset and aggregates. */
class CrossRecordTest {
  private static final String OTHER_TOWNSHIP_VILLAGE = "{\"type\":\"village\",\"code\":\"500154130001\","
      + "\"name\":\"皓月社区\",\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154130000\"}";

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void duplicateIdIsReportedOnTheSecondRecord() {
    String text = lines(TOWNSHIP, JINZHOU, SECOND, JINZHOU.replace("金州社区", "金州"));
    StreamReport report = run(STREAMING, text);
    assertThat(withCode(report, "json.duplicate-id")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(Subject.of("village", "500154001001"));
      assertThat(f.location()).isEqualTo(io.github.jiceng.governance.rules.Location.root().withPosition(4, 1));
      assertThat(f.attribute("firstLine")).hasValue("2");
    });
    assertThat(report.summary().withErrors()).isEqualTo(1);
    assertThat(report.summary().distinctIds()).isEqualTo(3);
  }

  @Test
  void missingParentIsReportedOnceWithTheRuleIdAsInBatch() {
    String text = lines(DISTRICT, TOWNSHIP, JINZHOU, OTHER_TOWNSHIP_VILLAGE);
    StreamReport report = run(STREAMING, text);
    assertThat(withCode(report, "territory.unit.parent-missing")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(Subject.of("village", "500154130001"));
      assertThat(f.location()).isEqualTo(at("/townshipCode", text, "\"500154130000\""));
      assertThat(f.packId()).hasValue("cn");
      assertThat(f.legalBases()).isNotEmpty();
    });
    assertThat(report.findings().get(report.findings().size() - 1).record()).isEqualTo(4);
    assertThat(report.summary().withErrors()).isEqualTo(1);
    assertThat(report.summary().valid()).isEqualTo(3);

    // the same records in batch, with a lookup over all of them: the rule reports the same problem once
    RecordReader reader = RecordReader.create();
    List<Object> records = new ArrayList<>();
    for (String line : List.of(DISTRICT, TOWNSHIP, JINZHOU, OTHER_TOWNSHIP_VILLAGE)) {
      records.add(reader.readRecord(line).value().orElseThrow());
    }
    ValidationReport batch = io.github.jiceng.governance.rules.Validator.builder(VALIDATOR.pack())
        .asOf(java.time.LocalDate.of(2026, 6, 1)).lookup(RecordLookup.ofRecords(records)).build().validate(records);
    assertThat(batch.forCode("territory.unit.parent-missing")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(Subject.of("village", "500154130001"));
      assertThat(f.message(java.util.Locale.ENGLISH)).isEqualTo(
          withCode(report, "territory.unit.parent-missing").get(0).message(java.util.Locale.ENGLISH));
    });
  }

  @Test
  void parentThatComesLaterIsFound() {
    StreamReport report = run(STREAMING, lines(JINZHOU, TOWNSHIP, DISTRICT));
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().pendingReferences()).isEqualTo(2);
  }

  @Test
  void withoutAnyRecordOfTheTargetTypeNothingIsSaid() {
    StreamReport report = run(STREAMING, lines(JINZHOU, OTHER_TOWNSHIP_VILLAGE));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void anExternalLookupMakesTheCheckApplyAndCanResolve() {
    RecordLookup register = new RecordLookup() {
      @Override
      public Optional<Object> find(Subject subject) {
        return subject.equals(Subject.of("township", "500154001000")) ? Optional.of("汉丰街道") : Optional.empty();
      }

      @Override
      public boolean covers(String typeName) {
        return typeName.equals("township");
      }
    };
    RecordStreamValidator withRegister = RecordStreamValidator.builder(VALIDATOR).lookup(register).build();
    StreamReport report = run(withRegister, lines(JINZHOU, OTHER_TOWNSHIP_VILLAGE));
    assertThat(withCode(report, "territory.unit.parent-missing")).singleElement()
        .satisfies(f -> assertThat(f.subject().id()).hasValue("500154130001"));
  }

  @Test
  void referenceWithoutRuleIsAMissingReferenceFinding() {
    RecordReference<Village> sister = RecordReference.of(Village.class, "name", "village",
        v -> v.name().equals("南河社区") ? Optional.of("500154009999") : Optional.empty());
    RecordStreamValidator custom = RecordStreamValidator.builder(VALIDATOR)
        .references(RecordReferences.none().with(sister)).build();
    String text = lines(JINZHOU, SECOND);
    StreamReport report = run(custom, text);
    assertThat(withCode(report, "json.missing-reference")).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(at("/name", text, "\"南河社区\""));
      assertThat(f.attribute("id")).hasValue("500154009999");
      assertThat(f.attribute("targetType")).hasValue("village");
    });
  }

  @Test
  void sumPerKeyReportsKeysOverTheMaximum() {
    SumPerKey<Village> perTownship = SumPerKey.builder(Village.class, "test.villages.too-many")
        .key(v -> Optional.of(v.townshipCode().value()))
        .amount(v -> BigDecimal.ONE)
        .maximum(BigDecimal.ONE)
        .subjectType("township")
        .message("{key}下有{records}个村级单位，超过{maximum}个", "{key} has {total} village-level units, more than {maximum}")
        .build();
    RecordStreamValidator counting = RecordStreamValidator.builder(VALIDATOR).check(perTownship).build();
    StreamReport report = run(counting, lines(TOWNSHIP, JINZHOU, SECOND, OTHER_TOWNSHIP_VILLAGE));
    assertThat(withCode(report, "test.villages.too-many")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(Subject.of("township", "500154001000"));
      assertThat(f.attribute("total")).hasValue("2");
      assertThat(f.message(java.util.Locale.ENGLISH)).isEqualTo("500154001000 has 2 village-level units, more than 1");
    });
    assertThat(report.summary().datasetKeys()).isEqualTo(2);
    assertThat(report.findings().get(report.findings().size() - 1).record()).isZero();
  }

  @Test
  void sameInputGivesTheSameReport() {
    String text = lines(TOWNSHIP, "{", JINZHOU, JINZHOU, OTHER_TOWNSHIP_VILLAGE, "[1,2]");
    StreamReport first = run(STREAMING, text);
    StreamReport second = run(STREAMING, text);
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.summary().toString()).isEqualTo(first.summary().toString());
    assertThat(second.summary().findingsByCode()).isEqualTo(first.summary().findingsByCode());
  }
}
