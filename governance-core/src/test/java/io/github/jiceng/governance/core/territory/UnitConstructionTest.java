package io.github.jiceng.governance.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitConstructionTest {
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  private static final DivisionCode HANFENG = DivisionCode.parse("500154001000");
  private static final DivisionCode JINZHOU = DivisionCode.parse("500154001001");

  @Test
  void aCodeAtTheWrongLevelIsRejectedWithTheCodeAndTheExpectedLevel() {
    assertThatThrownBy(() -> Township.of(JINZHOU, "汉丰街道"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Township '汉丰街道'")
        .hasMessageContaining("500154001001 is a village-level code")
        .hasMessageContaining("expected a township-level code");
    assertThatThrownBy(() -> Village.of(HANFENG, "金州社区"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500154001000 is a township-level code, expected a village-level code");
    assertThatThrownBy(() -> District.of(HANFENG, "开州区", DistrictKind.DISTRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a county-level code");
    assertThatThrownBy(() -> Village.builder().code(JINZHOU).name("金州社区").kind(VillageKind.COMMUNITY)
        .townshipCode(KAIZHOU).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stated township code 500154000000 is a county-level code");
    assertThatThrownBy(() -> Township.builder().code(HANFENG).name("汉丰街道").kind(TownshipKind.STREET)
        .districtCode(HANFENG).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stated district code 500154001000 is a township-level code");
  }

  @Test
  void aWitherIsCheckedLikeTheBuilder() {
    ImmutableVillage jinzhou = ImmutableVillage.copyOf(Village.of(JINZHOU, "金州社区"));

    assertThatThrownBy(() -> jinzhou.withCode(HANFENG)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void abolitionMustFollowEstablishment() {
    LocalDate day = LocalDate.of(2020, 1, 1);
    assertThatThrownBy(() -> ImmutableVillage.copyOf(Village.of(JINZHOU, "金州社区")).withEstablished(day).withAbolished(day))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Village '金州社区' (500154001001): abolished 2020-01-01 is not after established 2020-01-01");

    Village valid = ImmutableVillage.copyOf(Village.of(JINZHOU, "金州社区")).withEstablished(day).withAbolished(day.plusDays(1));
    assertThat(valid.isInForceOn(day)).isTrue();
    assertThat(valid.isInForceOn(day.plusDays(1))).isFalse();
    assertThat(valid.isInForceOn(day.minusDays(1))).isFalse();
  }

  @Test
  void stateableInconsistenciesAreAccepted() {
    Village mismatch = Village.builder().code(JINZHOU).name("金州社区").kind(VillageKind.VILLAGE)
        .townshipCode(DivisionCode.parse("500154120000")).build();

    assertThat(mismatch.kind()).isNotEqualTo(mismatch.code().villageKind().orElseThrow());
    assertThat(mismatch.parentCode()).isNotEqualTo(mismatch.code().parent());
  }

  @Test
  void aBlankNameIsLeftToTheRules() {
    Village unnamed = Village.of(JINZHOU, " ");

    assertThat(unnamed.name()).isBlank();
  }

  @Test
  void toStringReadsWell() {
    Village jinzhou = Village.builder().code(JINZHOU).name("金州社区").kind(VillageKind.COMMUNITY)
        .townshipCode(HANFENG).urbanRuralClass(UrbanRuralClass.MAIN_URBAN_AREA)
        .established(LocalDate.of(2017, 3, 1)).build();

    assertThat(jinzhou.toString()).isEqualTo(
        "Village[500154001001 金州社区 COMMUNITY, township 500154001000, urban-rural 111, from 2017-03-01]");
    assertThat(Township.of(HANFENG, "汉丰街道").toString())
        .isEqualTo("Township[500154001000 汉丰街道 STREET, district 500154000000]");
    assertThat(ImmutableDistrict.copyOf(District.of(KAIZHOU, "开州区", DistrictKind.DISTRICT)).withAbolished(LocalDate.of(2030, 1, 1))
        .toString()).isEqualTo("District[500154000000 开州区 DISTRICT, until 2030-01-01]");
  }

  @Test
  void urbanRuralClassesRoundTripAndSplitIntoUrbanAndRural() {
    for (UrbanRuralClass value : UrbanRuralClass.values()) {
      assertThat(UrbanRuralClass.parse(value.code())).isSameAs(value);
    }
    List<String> urban = Arrays.stream(UrbanRuralClass.values()).filter(UrbanRuralClass::isUrban)
        .map(UrbanRuralClass::code).collect(Collectors.toList());
    List<String> rural = Arrays.stream(UrbanRuralClass.values()).filter(c -> !c.isUrban())
        .map(UrbanRuralClass::code).collect(Collectors.toList());
    assertThat(urban).containsExactly("111", "112", "121", "122", "123");
    assertThat(rural).containsExactly("210", "220");
    assertThat(UrbanRuralClass.find("130")).isEmpty();
    assertThatThrownBy(() -> UrbanRuralClass.parse("130"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'130'")
        .hasMessageContaining("111, 112, 121, 122, 123");
    assertThat(UrbanRuralClass.VILLAGE.displayName(Locale.CHINA)).isEqualTo("村庄");
    assertThat(UrbanRuralClass.VILLAGE.displayName(Locale.ENGLISH)).isEqualTo("village");
  }

  @Test
  void districtKindsHaveBilingualNames() {
    assertThat(DistrictKind.AUTONOMOUS_COUNTY.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("自治县");
    assertThat(DistrictKind.COUNTY_LEVEL_CITY.displayName(Locale.ENGLISH)).isEqualTo("county-level city");
    for (DistrictKind kind : DistrictKind.values()) {
      assertThat(kind.displayName(Locale.CHINESE)).isNotEqualTo(kind.displayName(Locale.ENGLISH));
    }
  }

  @Test
  void duplicateCodesWithOverlappingValidityCannotBeIndexed() {
    ImmutableVillage jinzhou = ImmutableVillage.copyOf(Village.of(JINZHOU, "金州社区"));
    Village renamed = ImmutableVillage.copyOf(Village.of(JINZHOU, "新金州社区")).withEstablished(LocalDate.of(2020, 1, 1));

    assertThatThrownBy(() -> Territory.of(jinzhou, renamed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same code 500154001001")
        .hasMessageContaining("'金州社区' (no dates: always in force)")
        .hasMessageContaining("'新金州社区' (from 2020-01-01)");
    assertThat(Territory.of(jinzhou.withAbolished(LocalDate.of(2020, 1, 1)), renamed).size()).isEqualTo(2);
    assertThatThrownBy(() -> Territory.of(jinzhou, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("index 1");
  }
}
