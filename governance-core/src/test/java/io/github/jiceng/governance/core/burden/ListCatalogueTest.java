package io.github.jiceng.governance.core.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.VillageKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListCatalogueTest {
  private static final DivisionCode CITY = DivisionCode.parse("500000");
  private static final DivisionCode YUBEI = DivisionCode.parse("500112");
  private static final DivisionCode VILLAGE = DivisionCode.parse("500112101201");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("500112001001");

  private static ImmutableListCatalogue.Builder catalogue(String id, String version, DivisionCode jurisdiction,
      LocalDate from) {
    return ListCatalogue.builder().id(id).version(version).jurisdiction(jurisdiction).title("清单")
        .sourceDocument("测试").effectiveFrom(from);
  }

  private static final ListCatalogue CITY_2019 = catalogue("cq", "2019", CITY, LocalDate.of(2019, 1, 1))
      .effectiveUntil(LocalDate.of(2025, 1, 1))
      .addItems(WorkItem.of("cq.a01", ListKind.ASSIST_GOVERNMENT, "协助征兵"),
          WorkItem.of("cq.n01", ListKind.NEGATIVE, "城市管理"),
          WorkItem.of("cq.c01", ListKind.CERTIFICATE, "居住证明"))
      .build();
  private static final ListCatalogue YUBEI_2023 = catalogue("yb", "2023", YUBEI, LocalDate.of(2023, 2, 1))
      .addItems(WorkItem.builder().id("yb.s01").kind(ListKind.SELF_GOVERNANCE).name("集体资产管理")
              .level(ApplicableLevel.VILLAGE).build(),
          WorkItem.of("yb.n01", ListKind.NEGATIVE, "行政执法"),
          WorkItem.builder().id("yb.c01").kind(ListKind.CERTIFICATE).name("养老金证明")
              .level(ApplicableLevel.COMMUNITY).commitmentReplaces(true).build())
      .build();
  private static final ListCatalogues BOTH = ListCatalogues.of(YUBEI_2023, CITY_2019);

  @Test
  void theNearestCatalogueGivesEachListButNegativeListsAddUp() {
    EffectiveLists forCommunity = BOTH.effectiveFor(COMMUNITY, LocalDate.of(2024, 1, 1));

    assertThat(forCommunity.ref()).isEqualTo("yb@2023+cq@2019");
    assertThat(forCommunity.chain()).containsExactly(YUBEI_2023, CITY_2019);
    assertThat(forCommunity.itemsOf(ListKind.ASSIST_GOVERNMENT)).extracting(i -> i.item().id())
        .containsExactly("cq.a01");
    assertThat(forCommunity.itemsOf(ListKind.CERTIFICATE)).extracting(i -> i.item().id()).containsExactly("yb.c01");
    assertThat(forCommunity.itemsOf(ListKind.NEGATIVE)).extracting(i -> i.item().id())
        .containsExactly("yb.n01", "cq.n01");
    assertThat(forCommunity.itemsOf(ListKind.SELF_GOVERNANCE)).as("village-only item").isEmpty();
    assertThat(BOTH.effectiveFor(VILLAGE, LocalDate.of(2024, 1, 1)).itemsOf(ListKind.CERTIFICATE))
        .as("the district's certificate list replaces the city's even where its items do not apply").isEmpty();
    assertThat(BOTH.effectiveFor(YUBEI, LocalDate.of(2024, 1, 1)).items()).as("no level filter for a district")
        .hasSize(5);
    assertThat(BOTH.effectiveFor(VILLAGE, LocalDate.of(2022, 1, 1)).ref()).isEqualTo("cq@2019");
    assertThat(BOTH.effectiveFor(VILLAGE, LocalDate.of(2018, 1, 1)).isEmpty()).isTrue();
    assertThat(BOTH.effectiveFor(DivisionCode.parse("510104"), LocalDate.of(2024, 1, 1)).ref()).isEqualTo("-");
  }

  @Test
  void aTaskMatchesByClaimedIdAndByNameIgnoringWhiteSpace() {
    EffectiveLists lists = BOTH.effectiveFor(VILLAGE, LocalDate.of(2024, 1, 1));

    ItemMatch negativeByName = lists.match(List.of("cq.a01"), " 行政　执法 ");
    assertThat(negativeByName.isNegative()).isTrue();
    assertThat(negativeByName.isAssistance()).isTrue();
    assertThat(negativeByName.matched()).extracting(i -> i.item().id()).containsExactly("cq.a01", "yb.n01");
    ItemMatch unknown = lists.match(List.of("cq.a09", "yb.c01"), "别的事");
    assertThat(unknown.matched()).isEmpty();
    assertThat(unknown.unknownIds()).containsExactly("cq.a09", "yb.c01");
    assertThat(lists.find("cq.a01").orElseThrow().basis()).isEqualTo("测试");
  }

  @Test
  void versionsAreComparedItemByItem() {
    ListCatalogue next = ImmutableListCatalogue.copyOf(YUBEI_2023).withVersion("2024").withPreviousVersion("2023")
        .withItems(List.of(
            WorkItem.builder().id("yb.s01").kind(ListKind.SELF_GOVERNANCE).name("集体资产管理和公开")
                .level(ApplicableLevel.VILLAGE).funding(ItemFunding.NONE).build(),
            WorkItem.of("yb.n01", ListKind.NEGATIVE, "行政执法"),
            WorkItem.of("yb.n02", ListKind.NEGATIVE, "招商引资")));

    CatalogueDiff diff = next.diff(YUBEI_2023);

    assertThat(diff.from()).isEqualTo("yb@2023");
    assertThat(diff.to()).isEqualTo("yb@2024");
    assertThat(diff.added()).extracting(WorkItem::id).containsExactly("yb.n02");
    assertThat(diff.removed()).extracting(WorkItem::id).containsExactly("yb.c01");
    assertThat(diff.changed()).singleElement().satisfies(change -> {
      assertThat(change.itemId()).isEqualTo("yb.s01");
      assertThat(change.changedAttributes()).containsExactly("name", "funding");
    });
    assertThat(diff.toString()).isEqualTo("CatalogueDiff[yb@2023 -> yb@2024: +1 -1 ~1]");
    assertThat(diff.forKind(VillageKind.COMMUNITY).changed()).isEmpty();
    assertThat(diff.forKind(VillageKind.COMMUNITY).removed()).hasSize(1);
    assertThat(diff.forKind(VillageKind.VILLAGE).removed()).isEmpty();
    assertThat(next.diff(next).isEmpty()).isTrue();
  }

  @Test
  void changesForOneUnitFollowTheCataloguesInForce() {
    CatalogueDiff forCommunity = BOTH.changesFor(COMMUNITY, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1));
    CatalogueDiff forVillage = BOTH.changesFor(VILLAGE, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1));

    assertThat(forCommunity.added()).extracting(WorkItem::id).containsExactly("yb.n01", "yb.c01");
    assertThat(forCommunity.removed()).extracting(WorkItem::id).containsExactly("cq.c01");
    assertThat(forVillage.added()).extracting(WorkItem::id).containsExactly("yb.s01", "yb.n01");
    assertThat(forVillage.removed()).extracting(WorkItem::id).containsExactly("cq.c01");
  }

  @Test
  void overlappingVersionsOfOneJurisdictionAreRejected() {
    ListCatalogue overlapping = catalogue("cq", "2024", CITY, LocalDate.of(2024, 12, 31)).build();

    assertThatThrownBy(() -> ListCatalogues.of(CITY_2019, overlapping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalogues cq@2019 (from 2019-01-01 until 2025-01-01) and cq@2024 (from 2024-12-31) are both"
            + " for 500000 and overlap in time; expected one version in force per day (set effectiveUntil of the"
            + " earlier one)");
    assertThatThrownBy(() -> ListCatalogues.of(CITY_2019, CITY_2019)).hasMessageContaining("same id and version");
    ListCatalogues consecutive = ListCatalogues.of(catalogue("cq", "2025", CITY, LocalDate.of(2025, 1, 1)).build())
        .with(CITY_2019);
    assertThat(consecutive.versions(CITY)).extracting(ListCatalogue::version).containsExactly("2019", "2025");
    assertThat(consecutive.inForce(CITY, LocalDate.of(2024, 12, 31))).contains(CITY_2019);
    assertThat(consecutive.inForce(CITY, LocalDate.of(2025, 1, 1)).map(ListCatalogue::version)).contains("2025");
  }

  @Test
  void meaninglessValuesAreRejectedAtConstruction() {
    assertThatThrownBy(() -> WorkItem.of("a b", ListKind.NEGATIVE, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("work item id 'a b' must be letters, digits");
    assertThatThrownBy(() -> WorkItem.builder().id("a").kind(ListKind.NEGATIVE).name("x").commitmentReplaces(true)
        .build()).hasMessageContaining("only a CERTIFICATE item");
    assertThatThrownBy(() -> catalogue("cq", "2019", CITY, LocalDate.of(2019, 1, 1))
        .effectiveUntil(LocalDate.of(2019, 1, 1)).build())
        .hasMessageStartingWith("catalogue cq@2019: effective until 2019-01-01 is not after effective from");
    assertThatThrownBy(() -> catalogue("cq", "20 19", CITY, LocalDate.of(2019, 1, 1)).build())
        .hasMessageContaining("version '20 19' must be non-empty without white space");
    assertThatThrownBy(() -> catalogue("cq", "1", CITY, LocalDate.of(2019, 1, 1))
        .putStatedCounts(ListKind.NEGATIVE, -1).build()).hasMessageContaining("stated count of NEGATIVE is -1");
    assertThatThrownBy(() -> ItemChange.of(WorkItem.of("a", ListKind.NEGATIVE, "x"),
        WorkItem.of("b", ListKind.NEGATIVE, "x"))).hasMessageContaining("a became b");
  }

  @Test
  void listKindsKnowWhichListsExcludeEachOther() {
    for (ListKind a : ListKind.values()) {
      for (ListKind b : ListKind.values()) {
        assertThat(a.isIncompatibleWith(b)).as(a + " " + b).isEqualTo(b.isIncompatibleWith(a));
      }
      assertThat(a.isIncompatibleWith(a)).isFalse();
    }
    assertThat(ListKind.NEGATIVE.isIncompatibleWith(ListKind.ASSIST_GOVERNMENT)).isTrue();
    assertThat(ListKind.NEGATIVE.isIncompatibleWith(ListKind.MICRO_POWER)).isTrue();
    assertThat(ListKind.NEGATIVE.isIncompatibleWith(ListKind.CERTIFICATE)).isFalse();
    assertThat(ListKind.CERTIFICATE.isIncompatibleWith(ListKind.CERTIFICATE_PROHIBITED)).isTrue();
    assertThat(ListKind.ASSIST_GOVERNMENT.isIncompatibleWith(ListKind.SELF_GOVERNANCE)).isFalse();
  }

  @Test
  void toStringsReadWell() {
    assertThat(YUBEI_2023.toString()).isEqualTo("ListCatalogue[yb@2023 500112 from 2023-02-01, 3 items]");
    assertThat(YUBEI_2023.items().get(2).toString())
        .isEqualTo("WorkItem[yb.c01 CERTIFICATE 养老金证明, COMMUNITY, commitment]");
    assertThat(BOTH.toString()).isEqualTo("ListCatalogues[cq@2019, yb@2023]");
    assertThat(ApprovalPath.of(YUBEI, CITY).toString()).isEqualTo("ApprovalPath[500112 -> 500000]");
    assertThat(YUBEI_2023.find("yb.zz")).isEqualTo(Optional.empty());
  }
}
