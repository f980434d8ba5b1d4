package io.github.jiceng.governance.rules.burden;

import static io.github.jiceng.governance.rules.burden.BurdenFixtures.YUBEI_COMMUNITY;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.YUBEI_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.burden.ApplicableLevel;
import io.github.jiceng.governance.core.burden.CatalogueDiff;
import io.github.jiceng.governance.core.burden.EffectiveLists;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled Chongqing catalogues load, validate, match the reference's counts and mark what is illustrative. */
class BundledCataloguesTest {
  private static final ListCatalogues CHONGQING = BundledCatalogues.CHONGQING.catalogues();

  private static ListCatalogue catalogue(String id, String version) {
    return CHONGQING.find(id, version).orElseThrow();
  }

  @Test
  void theFourCataloguesLoadAndValidateWithoutFindings() {
    assertThat(CHONGQING.all()).extracting(ListCatalogue::ref)
        .containsExactly("chongqing@2019", "chongqing@2024", "yubei@2023", "banan@2024");
    Validator validator = Validator.builder(StandardPacks.chongqing()).rethrowRuleFailures(true)
        .lookup(RecordLookup.ofRecords(CHONGQING.all())).build();

    assertThat(validator.validate(CHONGQING.all()).findings()).isEmpty();
    assertThat(BundledCatalogues.CHONGQING.catalogues()).isSameAs(CHONGQING);
  }

  @Test
  void theListsInForceHaveTheCountsTheReferenceStates() {
    // reference.md §2.2: 27 assistance items (city, 2019); 渝北区 2023: 23 / 27 / 7 / 7; city 2024: 7 certificates;
    // 巴南区: 5 certificates it may issue, 32 it may not.
    for (ListCatalogue catalogue : CHONGQING.all()) {
      EffectiveLists lists = CHONGQING.effectiveFor(catalogue.jurisdiction(), catalogue.effectiveFrom());
      catalogue.statedCounts().forEach((kind, count) -> assertThat(lists.itemsOf(kind))
          .as(catalogue.ref() + " " + kind).hasSize(count));
    }
    assertThat(catalogue("yubei", "2023").statedCounts()).isEqualTo(Map.of(ListKind.SELF_GOVERNANCE, 23,
        ListKind.ASSIST_GOVERNMENT, 27, ListKind.NEGATIVE, 7, ListKind.CERTIFICATE, 7));
    assertThat(catalogue("chongqing", "2019").statedCounts()).isEqualTo(Map.of(ListKind.ASSIST_GOVERNMENT, 27));
    assertThat(catalogue("chongqing", "2024").itemCounts()).containsEntry(ListKind.CERTIFICATE, 7);
    assertThat(catalogue("banan", "2024").itemCounts())
        .isEqualTo(Map.of(ListKind.CERTIFICATE, 5, ListKind.CERTIFICATE_PROHIBITED, 32));
  }

  @Test
  void eachJsonFileRecordsTheItemCountsOfDocsFourLists() {
    // docs/domain/four-lists.md, "The bundled catalogues": what each file records (渝北区 uses the city's 27).
    assertThat(catalogue("chongqing", "2019").itemCounts()).isEqualTo(Map.of(ListKind.ASSIST_GOVERNMENT, 27));
    assertThat(catalogue("chongqing", "2024").itemCounts()).isEqualTo(Map.of(ListKind.ASSIST_GOVERNMENT, 27,
        ListKind.NEGATIVE, 7, ListKind.CERTIFICATE, 7));
    assertThat(catalogue("yubei", "2023").itemCounts()).isEqualTo(Map.of(ListKind.SELF_GOVERNANCE, 23,
        ListKind.NEGATIVE, 7, ListKind.CERTIFICATE, 7));
    assertThat(catalogue("banan", "2024").itemCounts()).isEqualTo(Map.of(ListKind.CERTIFICATE, 5,
        ListKind.CERTIFICATE_PROHIBITED, 32));
    assertThat(CHONGQING.effectiveFor(YUBEI_VILLAGE, LocalDate.of(2023, 6, 1)).itemsOf(ListKind.ASSIST_GOVERNMENT))
        .hasSize(27);
  }

  @Test
  void onlyTextsTheReferenceGivesAreNotIllustrative() {
    Set<String> sourced = CHONGQING.all().stream().flatMap(c -> c.items().stream())
        .filter(item -> !item.illustrative()).map(WorkItem::name).collect(Collectors.toSet());

    assertThat(sourced).containsExactlyInAnyOrder("行政执法", "城市管理", "亲属关系证明", "居民养犬证明", "无犯罪记录证明");
    assertThat(CHONGQING.all().stream().flatMap(c -> c.items().stream()).filter(WorkItem::illustrative))
        .allSatisfy(item -> assertThat(item.note()).as(item.toString()).isPresent());
  }

  @Test
  void theCityCatalogueOf2024AddsNegativeMattersAndCertificates() {
    CatalogueDiff diff = catalogue("chongqing", "2024").diff(catalogue("chongqing", "2019"));

    assertThat(diff.added()).extracting(WorkItem::kind).containsOnly(ListKind.NEGATIVE, ListKind.CERTIFICATE)
        .hasSize(14);
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).isEmpty();
    assertThat(CHONGQING.previousOf(catalogue("chongqing", "2024"))).contains(catalogue("chongqing", "2019"));
  }

  @Test
  void whatChangedForAVillageIsTheCityNegativeListOf2024() {
    CatalogueDiff village = CHONGQING.changesFor(YUBEI_VILLAGE, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1));

    assertThat(village.from()).isEqualTo("yubei@2023+chongqing@2019");
    assertThat(village.to()).isEqualTo("yubei@2023+chongqing@2024");
    assertThat(village.added()).extracting(WorkItem::id)
        .isEqualTo(catalogue("chongqing", "2024").itemsOf(ListKind.NEGATIVE).stream().map(WorkItem::id)
            .collect(Collectors.toList()));
    assertThat(village.removed()).isEmpty();
    assertThat(CHONGQING.changesFor(YUBEI_VILLAGE, LocalDate.of(2022, 6, 1), LocalDate.of(2023, 6, 1)).added())
        .as("渝北区's lists arrive in 2023").hasSize(21 + 7 + 7);
  }

  @Test
  void itemsForCommunitiesOnlyAreLeftOutForVillages() {
    LocalDate day = LocalDate.of(2023, 6, 1);
    List<WorkItem> selfGovernance = catalogue("yubei", "2023").itemsOf(ListKind.SELF_GOVERNANCE);
    long forVillages = selfGovernance.stream().filter(i -> i.level() != ApplicableLevel.COMMUNITY).count();
    long forCommunities = selfGovernance.stream().filter(i -> i.level() != ApplicableLevel.VILLAGE).count();

    assertThat(CHONGQING.effectiveFor(YUBEI_VILLAGE, day).itemsOf(ListKind.SELF_GOVERNANCE)).hasSize((int) forVillages);
    assertThat(CHONGQING.effectiveFor(YUBEI_COMMUNITY, day).itemsOf(ListKind.SELF_GOVERNANCE))
        .hasSize((int) forCommunities);
    assertThat(forVillages).isLessThan(selfGovernance.size());
    assertThat(forCommunities).isLessThan(selfGovernance.size());
  }

  @Test
  void theResourcesAreNamed() {
    assertThat(BundledCatalogues.CHONGQING.resources()).hasSize(4).allSatisfy(name -> assertThat(name).endsWith(".json"));
    assertThat(CHONGQING.inForce(DivisionCode.parse("500000"), LocalDate.of(2024, 12, 30)))
        .contains(catalogue("chongqing", "2019"));
    assertThat(CHONGQING.inForce(DivisionCode.parse("500000"), LocalDate.of(2024, 12, 31)))
        .contains(catalogue("chongqing", "2024"));
  }
}
