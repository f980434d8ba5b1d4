package io.github.jiceng.governance.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples with the places named in the Kaizhou notes; the township and village codes are illustrative. */
class KaizhouTerritoryTest {
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  private static final DivisionCode HANFENG = DivisionCode.parse("500154001000");
  private static final DivisionCode YUNFENG = DivisionCode.parse("500154002000");
  private static final DivisionCode MANYUE = DivisionCode.parse("500154120000");
  private static final DivisionCode JINZHOU = DivisionCode.parse("500154001001");
  private static final DivisionCode HAOYUE = DivisionCode.parse("500154120001");
  private static final DivisionCode DINGXING = DivisionCode.parse("500154120201");

  private static final District kaizhou = District.of(KAIZHOU, "开州区", DistrictKind.DISTRICT);
  private static final Township hanfeng = Township.of(HANFENG, "汉丰街道");
  private static final Township yunfeng = Township.of(YUNFENG, "云枫街道");
  private static final Township manyue = Township.of(MANYUE, "满月镇");
  private static final Village jinzhou = Village.of(JINZHOU, "金州社区");
  private static final Village haoyue = Village.of(HAOYUE, "皓月社区");
  private static final Village dingxing = Village.of(DINGXING, "顶星村");

  private static Territory territory() {
    // deliberately not in code order
    return Territory.of(dingxing, manyue, jinzhou, kaizhou, haoyue, yunfeng, hanfeng);
  }

  @Test
  void factoriesReadKindAndParentFromTheCode() {
    assertThat(hanfeng.kind()).isEqualTo(TownshipKind.STREET);
    assertThat(manyue.kind()).isEqualTo(TownshipKind.TOWN);
    assertThat(hanfeng.districtCode()).isEqualTo(KAIZHOU);
    assertThat(hanfeng.parentCode()).contains(KAIZHOU);
    assertThat(jinzhou.kind()).isEqualTo(VillageKind.COMMUNITY);
    assertThat(dingxing.kind()).isEqualTo(VillageKind.VILLAGE);
    assertThat(dingxing.townshipCode()).isEqualTo(MANYUE);
    assertThat(kaizhou.parentCode()).isEmpty();
    assertThat(List.of(kaizhou.level(), manyue.level(), haoyue.level()))
        .containsExactly(DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE);
  }

  @Test
  void answersWhichTownshipAVillageIsIn() {
    Territory territory = territory();

    assertThat(territory.townshipOf(jinzhou)).contains(hanfeng);
    assertThat(territory.townshipOf(haoyue)).contains(manyue);
    assertThat(territory.townshipOf(DINGXING)).contains(manyue);
    assertThat(territory.townshipOf(MANYUE)).contains(manyue);
    assertThat(territory.townshipOf(KAIZHOU)).isEmpty();
    assertThat(territory.districtOf(dingxing)).contains(kaizhou);
    assertThat(territory.districtOf(kaizhou)).contains(kaizhou);
    assertThat(territory.districtOf(DivisionCode.parse("500155001001"))).isEmpty();
    assertThat(territory.find(JINZHOU)).contains(jinzhou);
    assertThat(territory.find(JINZHOU, Village.class)).contains(jinzhou);
    assertThat(territory.find(JINZHOU, Township.class)).isEmpty();
    assertThat(territory.find(DivisionCode.parse("500154001002"))).isEmpty();
  }

  @Test
  void listsChildrenAndDescendantsInCodeOrder() {
    Territory territory = territory();

    assertThat(territory.children(KAIZHOU)).containsExactly(hanfeng, yunfeng, manyue);
    assertThat(territory.children(MANYUE)).containsExactly(haoyue, dingxing);
    assertThat(territory.children(YUNFENG)).isEmpty();
    assertThat(territory.children(DivisionCode.parse("500100"))).containsExactly(kaizhou);
    assertThat(territory.descendants(KAIZHOU))
        .containsExactly(hanfeng, jinzhou, yunfeng, manyue, haoyue, dingxing);
    assertThat(territory.descendants(MANYUE)).containsExactly(haoyue, dingxing);
    assertThat(territory.descendants(DINGXING)).isEmpty();
    assertThat(territory.units()).containsExactly(kaizhou, hanfeng, jinzhou, yunfeng, manyue, haoyue, dingxing);
    assertThat(territory.units(DivisionLevel.TOWNSHIP)).containsExactly(hanfeng, yunfeng, manyue);
    assertThat(territory.districts()).containsExactly(kaizhou);
    assertThat(territory.townships()).containsExactly(hanfeng, yunfeng, manyue);
    assertThat(territory.villages()).containsExactly(jinzhou, haoyue, dingxing);
    assertThat(territory.size()).isEqualTo(7);
    assertThat(territory.toString()).isEqualTo("Territory[1 district, 3 townships, 3 villages]");
    assertThat(Territory.of(List.of()).toString()).isEqualTo("Territory[0 districts, 0 townships, 0 villages]");
  }

  @Test
  void linksByCodeNotByTheStatedParent() {
    // 顶星村's record names 汉丰街道, but its code lies under 满月镇: the index follows the code
    Village misfiled = ImmutableVillage.copyOf(dingxing).withTownshipCode(HANFENG);
    Territory territory = Territory.of(kaizhou, hanfeng, manyue, misfiled);

    assertThat(territory.townshipOf(misfiled)).contains(manyue);
    assertThat(territory.children(MANYUE)).containsExactly(misfiled);
    assertThat(territory.children(HANFENG)).isEmpty();
  }

  @Test
  void acceptsInconsistentRecordsThatRulesReport() {
    Village orphan = Village.of(DivisionCode.parse("500154199001"), "新城社区");
    Village wrongKind = ImmutableVillage.copyOf(haoyue).withKind(VillageKind.VILLAGE);
    Township otherDistrict = Township.builder().code(DivisionCode.parse("500155101000")).name("某镇")
        .kind(TownshipKind.STREET).districtCode(DivisionCode.parse("500155")).build();

    Territory territory = Territory.of(kaizhou, manyue, orphan, wrongKind, otherDistrict);

    assertThat(territory.size()).isEqualTo(5);
    assertThat(territory.townshipOf(orphan)).isEmpty();
    assertThat(territory.districtOf(otherDistrict)).isEmpty();
    assertThat(territory.find(HAOYUE, Village.class).map(Village::kind)).contains(VillageKind.VILLAGE);
  }

  @Test
  void mergedVillageDropsOutOfLaterSnapshots() {
    LocalDate merger = LocalDate.of(2021, 6, 30);
    Village oldVillage = Village.builder().code(DivisionCode.parse("500154120202")).name("老屋村")
        .kind(VillageKind.VILLAGE).townshipCode(MANYUE).abolished(merger).build();
    Village renamed = Village.builder().code(DINGXING).name("顶星村").kind(VillageKind.VILLAGE)
        .townshipCode(MANYUE).established(merger).build();
    Village beforeRename = ImmutableVillage.copyOf(renamed).withName("顶新村").withEstablished(Optional.empty())
        .withAbolished(merger);
    Territory territory = Territory.of(kaizhou, manyue, haoyue, oldVillage, renamed, beforeRename);

    Territory before = territory.asOf(merger.minusDays(1));
    Territory after = territory.asOf(merger);

    assertThat(before.children(MANYUE)).containsExactly(haoyue, beforeRename, oldVillage);
    assertThat(after.children(MANYUE)).containsExactly(haoyue, renamed);
    assertThat(territory.versions(DINGXING)).containsExactly(beforeRename, renamed);
    assertThat(territory.find(DINGXING)).contains(renamed);
    assertThat(before.find(DINGXING).map(TerritorialUnit::name)).contains("顶新村");
    assertThat(territory.children(MANYUE)).containsExactly(haoyue, beforeRename, renamed, oldVillage);
  }
}
