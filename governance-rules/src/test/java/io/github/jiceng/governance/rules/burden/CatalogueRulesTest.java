package io.github.jiceng.governance.rules.burden;

import static io.github.jiceng.governance.rules.burden.BurdenFixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.ImmutableListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Catalogue integrity: unique ids, compatible lists, versions in order, changes approved. */
class CatalogueRulesTest {
  private static final DivisionCode YUBEI = DivisionCode.parse("500112");
  private static final DivisionCode CITY = DivisionCode.parse("500000");
  private static final ListCatalogue V1 = ListCatalogue.builder().id("yb").version("1").jurisdiction(YUBEI)
      .title("渝北区清单").sourceDocument("测试").effectiveFrom(LocalDate.of(2023, 2, 1))
      .effectiveUntil(LocalDate.of(2024, 1, 1)).approvalPath(ApprovalPath.of(YUBEI, CITY))
      .addItems(WorkItem.of("yb.s01", ListKind.SELF_GOVERNANCE, "调解民间纠纷"),
          WorkItem.of("yb.n01", ListKind.NEGATIVE, "行政执法"),
          WorkItem.of("yb.c01", ListKind.CERTIFICATE, "居住情况证明"))
      .build();
  private static final ListCatalogue V2 = ImmutableListCatalogue.copyOf(V1).withVersion("2")
      .withPreviousVersion("1").withEffectiveUntil(java.util.Optional.empty()).withEffectiveFrom(LocalDate.of(2024, 1, 1))
      .withItems(List.of(WorkItem.of("yb.s01", ListKind.SELF_GOVERNANCE, "调解民间纠纷"),
          WorkItem.of("yb.n01", ListKind.NEGATIVE, "行政执法"),
          WorkItem.of("yb.n02", ListKind.NEGATIVE, "招商引资任务")))
      .withApprovedBy(CITY);

  private static List<Finding> validate(ListCatalogue catalogue, ListCatalogue... others) {
    List<Object> all = new java.util.ArrayList<>(List.of(others));
    all.add(catalogue);
    return Validator.builder(StandardPacks.national()).rethrowRuleFailures(true)
        .lookup(RecordLookup.ofRecords(all)).build().validate(catalogue).findings();
  }

  @Test
  void consistentVersionsHaveNoFindings() {
    assertThat(validate(V1)).isEmpty();
    assertThat(validate(V2, V1)).isEmpty();
  }

  @Test
  void aRepeatedIdIsReportedAtTheRepetition() {
    ListCatalogue broken = ImmutableListCatalogue.copyOf(V1)
        .withItems(List.of(V1.items().get(0), V1.items().get(1), WorkItem.of("yb.s01", ListKind.SELF_GOVERNANCE, "组织文体活动")));

    assertThat(validate(broken)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.catalogue.duplicate-id");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo(Subject.of("list-catalogue", "yb@1"));
      assertThat(f.location().pointer().toString()).isEqualTo("/items/2/id");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("yb@1: item id yb.s01 (\"组织文体活动\") is already used by item 0"
          + " (\"调解民间纠纷\")");
    });
  }

  @Test
  void oneNameOnTwoIncompatibleListsIsReported() {
    ListCatalogue negativeAndDuty = ImmutableListCatalogue.copyOf(V1).withItems(List.of(V1.items().get(0),
        V1.items().get(1), WorkItem.of("yb.s02", ListKind.SELF_GOVERNANCE, "行政 执法")));
    ListCatalogue certificateBothWays = ImmutableListCatalogue.copyOf(V1).withItems(List.of(V1.items().get(2),
        WorkItem.of("yb.p01", ListKind.CERTIFICATE_PROHIBITED, "居住情况证明")));
    ListCatalogue compatible = ImmutableListCatalogue.copyOf(V1).withItems(List.of(V1.items().get(2),
        WorkItem.of("yb.a01", ListKind.ASSIST_GOVERNMENT, "居住情况证明")));

    assertThat(validate(negativeAndDuty)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.catalogue.incompatible-lists");
      assertThat(f.location().pointer().toString()).isEqualTo("/items/2/kind");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("yb@1：“行政 执法”既作为yb.s02列入依法自治事项清单，又作为yb.n01列入负面事项清单");
    });
    assertThat(codes(validate(certificateBothWays))).containsExactly("burden.catalogue.incompatible-lists");
    assertThat(validate(compatible)).as("an assistance item and a certificate may share a name").isEmpty();
  }

  @Test
  void versionsMustFollowEachOtherInTheSameJurisdiction() {
    ListCatalogue openEnded = ImmutableListCatalogue.copyOf(V1).withEffectiveUntil(java.util.Optional.empty());
    ListCatalogue startsLater = ImmutableListCatalogue.copyOf(V1).withEffectiveUntil(LocalDate.of(2024, 6, 1))
        .withEffectiveFrom(LocalDate.of(2024, 1, 1));
    ListCatalogue elsewhere = ImmutableListCatalogue.copyOf(V1).withJurisdiction(DivisionCode.parse("500113"));
    ListCatalogue withGap = ImmutableListCatalogue.copyOf(V1).withEffectiveUntil(LocalDate.of(2023, 6, 1));

    assertThat(validate(V2, openEnded)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.catalogue.version-order");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("yb@2 (500112) starts on 2024-01-01, but the previous version"
          + " yb@1 (500112) runs from 2023-02-01 until —; it must start earlier and end by then, in the same"
          + " jurisdiction");
    });
    assertThat(codes(validate(V2, startsLater))).containsExactly("burden.catalogue.version-order");
    assertThat(codes(validate(V2, elsewhere))).contains("burden.catalogue.version-order");
    assertThat(validate(V2, withGap)).as("a gap between versions is allowed").isEmpty();
  }

  @Test
  void aMissingPreviousVersionIsReportedOnlyWhenTheDatasetHasCatalogues() {
    assertThat(validate(V2)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.catalogue.previous-missing");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("yb@2 replaces yb@1, which is not in the dataset");
    });
    assertThat(Validator.builder(StandardPacks.national()).rethrowRuleFailures(true).build().validate(V2)
        .findings()).as("no lookup").isEmpty();
  }

  @Test
  void aChangedVersionMustRecordTheApprovalOfItsPath() {
    ListCatalogue unapproved = ImmutableListCatalogue.copyOf(V2).withApprovedBy(java.util.Optional.empty());
    ListCatalogue approvedByDistrict = ImmutableListCatalogue.copyOf(V2).withApprovedBy(YUBEI);
    ListCatalogue unchanged = ImmutableListCatalogue.copyOf(unapproved).withItems(V1.items());

    assertThat(validate(unapproved, V1)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.catalogue.change-not-approved");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("yb@2调整了yb@1的清单（新增1项、取消1项、变更0项），但未记载经500000审定（审定机关：—）");
    });
    assertThat(codes(validate(approvedByDistrict, V1))).containsExactly("burden.catalogue.change-not-approved");
    assertThat(validate(unchanged, V1)).as("no change, nothing to approve").isEmpty();
  }
}
