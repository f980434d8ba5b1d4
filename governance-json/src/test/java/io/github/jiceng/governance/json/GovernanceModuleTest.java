package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.UrbanRuralClass;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wire format, written out by hand from docs/json-format.md, and the module on mappers other than ours. */
class GovernanceModuleTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final District KAIZHOU = District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT);
  private static final Township HANFENG = Township.of(DivisionCode.parse("500154001000"), "汉丰街道");
  private static final Village JINZHOU = ImmutableVillage.copyOf(Village.of(DivisionCode.parse("500154001001"), "金州社区"))
      .withUrbanRuralClass(UrbanRuralClass.MAIN_URBAN_AREA)
      .withEstablished(LocalDate.of(2018, 3, 1));

  @Test
  void theDocumentedWireFormat() throws Exception {
    assertThat(MAPPER.writeValueAsString(KAIZHOU))
        .isEqualTo("{\"type\":\"district\",\"code\":\"500154000000\",\"name\":\"开州区\",\"kind\":\"DISTRICT\"}");
    assertThat(MAPPER.writeValueAsString(HANFENG)).isEqualTo("{\"type\":\"township\",\"code\":\"500154001000\","
        + "\"name\":\"汉丰街道\",\"kind\":\"STREET\",\"districtCode\":\"500154000000\"}");
    assertThat(MAPPER.writeValueAsString(JINZHOU)).isEqualTo("{\"type\":\"village\",\"code\":\"500154001001\","
        + "\"name\":\"金州社区\",\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154001000\","
        + "\"urbanRuralClass\":\"MAIN_URBAN_AREA\",\"established\":\"2018-03-01\"}");
    assertThat(MAPPER.writeValueAsString(Territory.of(JINZHOU, KAIZHOU, HANFENG))).isEqualTo(
        "{\"districts\":[" + MAPPER.writeValueAsString(KAIZHOU) + "],\"townships\":["
            + MAPPER.writeValueAsString(HANFENG) + "],\"villages\":[" + MAPPER.writeValueAsString(JINZHOU) + "]}");
    assertThat(MAPPER.writeValueAsString(ResidentIdNumber.parse("11010519491231002X")))
        .isEqualTo("\"11010519491231002X\"");
  }

  @Test
  void theModuleWorksOnAPlainMapperAndIsFoundAsAService() throws Exception {
    ObjectMapper plain = JsonMapper.builder().addModule(new GovernanceModule()).build();
    String json = MAPPER.writeValueAsString(JINZHOU);
    assertThat(plain.writeValueAsString(JINZHOU)).isEqualTo(json);
    assertThat(plain.readValue(json, Village.class)).isEqualTo(JINZHOU);
    ObjectMapper discovered = JsonMapper.builder().findAndAddModules().build();
    assertThat(discovered.getRegisteredModuleIds()).contains(new GovernanceModule().getTypeId());
    assertThat(discovered.readValue(json, Village.class)).isEqualTo(JINZHOU);
  }

  @Test
  void theMapperThrowsJacksonExceptionsThatCarryTheIdentifierProblem() {
    assertThatThrownBy(() -> MAPPER.readValue("\"110105194912310021\"", ResidentIdNumber.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasCauseInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("110105********0021")
        .hasMessageNotContaining("110105194912310021");
    assertThatThrownBy(() -> MAPPER.readValue("500154", DivisionCode.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void theMapperIsStrict() {
    String village = "{\"code\":\"500154001001\",\"name\":\"金州社区\",\"kind\":\"COMMUNITY\","
        + "\"townshipCode\":\"500154001000\"";
    assertThatThrownBy(() -> MAPPER.readValue(village + ",\"name\":\"x\"}", Village.class))
        .hasMessageContaining("Duplicate field");
    assertThatThrownBy(() -> MAPPER.readValue(village + "} []", Village.class))
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> MAPPER.readValue(village.replace("\"金州社区\"", "12") + "}", Village.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> MAPPER.readValue(village.replace("\"COMMUNITY\"", "0") + "}", Village.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> MAPPER.readValue(village + ",\"established\":[2018,3,1]}", Village.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void lenientCreditCodesAreAModuleOption() {
    GovernanceModule module = new GovernanceModule();
    assertThat(module.lenientCreditCodes()).isFalse();
    assertThat(module.withLenientCreditCodes(true).lenientCreditCodes()).isTrue();
    assertThat(module.withLenientCreditCodes(true).getTypeId()).isNotEqualTo(module.getTypeId());
    assertThat(module.recordTypes()).isEqualTo(RecordTypes.standard());
  }
}
