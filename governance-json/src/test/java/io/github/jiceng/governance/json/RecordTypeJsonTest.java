package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import org.junit.jupiter.api.Test;

/** How the JSON layer uses the record types (the registry itself is tested in governance-rules). */
class RecordTypeJsonTest {
  private static final District KAIZHOU = District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT);

  @Test
  void aModuleWritesTheTypeOfItsRegisteredTypesOnly() throws Exception {
    RecordTypes villagesOnly = RecordTypes.of(RecordType.of("village", Village.class, v -> v.code().value()));
    ObjectMapper mapper = GovernanceJson.mapper(new GovernanceModule().withRecordTypes(villagesOnly));
    assertThat(mapper.writeValueAsString(KAIZHOU)).isEqualTo(
        "{\"code\":\"500154000000\",\"name\":\"开州区\",\"kind\":\"DISTRICT\"}");
    assertThat(GovernanceJson.mapper().writeValueAsString(KAIZHOU)).isEqualTo(
        "{\"type\":\"district\",\"code\":\"500154000000\",\"name\":\"开州区\",\"kind\":\"DISTRICT\"}");
  }

  @Test
  void aReaderKnowsOnlyItsTypes() {
    RecordReader reader = RecordReader.builder()
        .recordTypes(RecordTypes.of(RecordType.of("township", Township.class, t -> t.code().value()))).build();
    ReadResult<Object> result = reader.readRecord(
        "{\"type\":\"district\",\"code\":\"500154\",\"name\":\"开州区\",\"kind\":\"DISTRICT\"}");
    assertThat(result.value()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo(JsonFindingCodes.UNKNOWN_TYPE);
      assertThat(finding.attribute("known")).contains("[township]");
    });
  }

  @Test
  void committeeIsNoLongerARecordTypeAndReadsAsAnUnknownType() {
    String oldCommittee = "{\"type\":\"committee\",\"id\":\"DX-2021\",\"kind\":\"VILLAGERS_COMMITTEE\","
        + "\"unit\":\"500154101201\",\"termStart\":\"2021-03-15\",\"members\":5,\"womenMembers\":1}";
    ReadResult<Object> result = RecordReader.create().readRecord(oldCommittee);
    assertThat(result.value()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo(JsonFindingCodes.UNKNOWN_TYPE);
      assertThat(finding.attribute("known")).hasValueSatisfying(known -> assertThat(known)
          .contains("community-committee").doesNotContain(" committee,").doesNotContain("[committee,"));
    });
    assertThat(RecordTypes.standard().names()).contains("community-committee").doesNotContain("committee");
  }
}
