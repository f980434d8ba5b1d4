package io.github.jiceng.governance.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void kaizhouDistrictIsCountyLevelUnderChongqing() {
    DivisionCode kaizhou = DivisionCode.parse("500154");

    assertThat(kaizhou.value()).isEqualTo("500154000000");
    assertThat(kaizhou.gbCode()).isEqualTo("500154");
    assertThat(kaizhou.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(kaizhou.parent()).contains(DivisionCode.parse("500100"));
    assertThat(kaizhou.parent().flatMap(DivisionCode::parent)).contains(DivisionCode.parse("500000"));
    assertThat(DivisionCode.parse("500000").parent()).isEmpty();
    assertThat(kaizhou).isEqualTo(DivisionCode.parse("500154000000"));
  }

  @Test
  void publishedSampleCodesHaveTheirKinds() {
    // 653126100039 = 茶花社区 (a residents' community in a town), 469030202202 = 南平村委会 (a village in a township)
    DivisionCode chahua = DivisionCode.parse("653126100039");
    DivisionCode nanping = DivisionCode.parse("469030202202");

    assertThat(chahua.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(chahua.townshipKind()).contains(TownshipKind.TOWN);
    assertThat(chahua.villageKind()).contains(VillageKind.COMMUNITY);
    assertThat(nanping.townshipKind()).contains(TownshipKind.TOWNSHIP);
    assertThat(nanping.villageKind()).contains(VillageKind.VILLAGE);
    assertThat(DivisionCode.parse("500154001000").townshipKind()).contains(TownshipKind.STREET);
    assertThat(DivisionCode.parse("500154001000").villageKind()).isEmpty();
    assertThat(DivisionCode.parse("500154").townshipKind()).isEmpty();
  }

  @Test
  void ancestryFollowsThePrefixes() {
    DivisionCode county = DivisionCode.parse("500154");
    DivisionCode township = DivisionCode.parse("500154101000");
    DivisionCode village = DivisionCode.parse("500154101201");

    assertThat(county.isAncestorOf(village)).isTrue();
    assertThat(township.isAncestorOf(village)).isTrue();
    assertThat(village.isAncestorOf(township)).isFalse();
    assertThat(township.isAncestorOf(township)).isFalse();
    assertThat(township.contains(township)).isTrue();
    assertThat(DivisionCode.parse("500155").isAncestorOf(village)).isFalse();
    assertThat(village.ancestorAt(DivisionLevel.TOWNSHIP)).isEqualTo(township);
    assertThatThrownBy(() -> county.ancestorAt(DivisionLevel.VILLAGE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectionsSayWhatIsWrongAndWhere() {
    assertProblem("50015", IdentifierProblem.LENGTH, 0);
    assertProblem("", IdentifierProblem.EMPTY, 0);
    assertProblem("5001A4", IdentifierProblem.CHARACTER, 5);
    assertProblem("990154", IdentifierProblem.CODE_VALUE, 1);
    assertProblem("500054", IdentifierProblem.CODE_VALUE, 5);
    assertProblem("500154000001", IdentifierProblem.CODE_VALUE, 10);
    assertThatThrownBy(() -> DivisionCode.parse("5001A4"))
        .hasMessageContaining("'5001A4'")
        .hasMessageContaining("position 5");
    assertThat(DivisionCode.isValid(null)).isFalse();
    assertThat(DivisionCode.isValid("500154")).isTrue();
  }

  private static void assertProblem(String text, IdentifierProblem problem, int position) {
    assertThatThrownBy(() -> DivisionCode.parse(text))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.position().orElse(0)).isEqualTo(position);
        });
  }
}
