package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTypesTest {
  private static final District KAIZHOU = District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT);

  @Test
  void theStandardTypes() {
    RecordTypes types = RecordTypes.standard();
    assertThat(types.names()).containsExactly("district", "township", "village");
    assertThat(types.classOf("village")).contains(Village.class);
    assertThat(types.classOf("community")).isEmpty();
    assertThat(types.nameOf(ImmutableVillage.class)).contains("village");
    assertThat(types.nameOf(Village.class)).contains("village");
    assertThat(types.nameOf(Territory.class)).isEmpty();
    assertThat(types.namesOfSubtypes(TerritorialUnit.class)).containsExactly("district", "township", "village");
    assertThat(types.namesOfSubtypes(Object.class)).containsExactly("district", "township", "village");
    assertThat(types.namesOfSubtypes(String.class)).isEmpty();
    assertThat(types).hasToString("RecordTypes[district, township, village]");
  }

  @Test
  void namesMustBeKebabCaseAndClassesMustNotOverlap() {
    for (String name : List.of("Village", "social_organisation", "", "-village", "village-", "a--b", "村")) {
      assertThatThrownBy(() -> RecordTypes.builder().add(name, Village.class))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kebab-case");
    }
    assertThatThrownBy(() -> RecordTypes.builder().addAll(RecordTypes.standard()).add("village", String.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
    assertThatThrownBy(() -> RecordTypes.builder().addAll(RecordTypes.standard()).add("unit", TerritorialUnit.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subtype or supertype");
    assertThatThrownBy(() -> RecordTypes.builder().addAll(RecordTypes.standard()).add("community", Village.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
  }

  @Test
  void aModuleWritesTheTypeOfItsRegisteredTypesOnly() throws Exception {
    RecordTypes villagesOnly = RecordTypes.builder().add("village", Village.class).build();
    ObjectMapper mapper = GovernanceJson.mapper(new GovernanceModule().withRecordTypes(villagesOnly));
    assertThat(mapper.writeValueAsString(KAIZHOU)).isEqualTo(
        "{\"code\":\"500154000000\",\"name\":\"开州区\",\"kind\":\"DISTRICT\"}");
    assertThat(GovernanceJson.mapper().writeValueAsString(KAIZHOU)).isEqualTo(
        "{\"type\":\"district\",\"code\":\"500154000000\",\"name\":\"开州区\",\"kind\":\"DISTRICT\"}");
  }

  @Test
  void aReaderKnowsOnlyItsTypes() {
    RecordReader reader = RecordReader.builder()
        .recordTypes(RecordTypes.builder().add("township", Township.class).build()).build();
    ReadResult<Object> result = reader.readRecord(
        "{\"type\":\"district\",\"code\":\"500154\",\"name\":\"开州区\",\"kind\":\"DISTRICT\"}");
    assertThat(result.value()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo(JsonFindingCodes.UNKNOWN_TYPE);
      assertThat(finding.attribute("known")).contains("[township]");
    });
  }
}
