package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Shared test fixtures of the burden rules: packs over given catalogues, validators, requests in 渝北区. */
final class BurdenFixtures {
  /** A village in 渝北区 (village range 200-399). */
  static final DivisionCode YUBEI_VILLAGE = DivisionCode.parse("500112101201");
  /** A community in 渝北区 (community range 001-199). */
  static final DivisionCode YUBEI_COMMUNITY = DivisionCode.parse("500112001001");
  /** A community in 巴南区. */
  static final DivisionCode BANAN_COMMUNITY = DivisionCode.parse("500113002003");
  /** A community in 开州区, which has no lists of its own. */
  static final DivisionCode KAIZHOU_COMMUNITY = DivisionCode.parse("500154001001");

  private BurdenFixtures() {
  }

  /** A pack under the national one with these catalogues and the time limits on (a weekday calendar). */
  static RulePack pack(ListCatalogues catalogues) {
    return RulePack.builder("cn.test", "1", "500000").parent(StandardPacks.national())
        .parameter(BurdenParameters.CATALOGUES, CatalogueSource.of(catalogues), ValidityPeriod.always(), "test")
        .parameter(BurdenParameters.TIMING_CHECKED, true, ValidityPeriod.always(), "test")
        .build();
  }

  /** A strict validator of a pack, with records for the lookup. */
  static Validator validator(RulePack pack, Object... lookupRecords) {
    return Validator.builder(pack).rethrowRuleFailures(true)
        .lookup(RecordLookup.ofRecords(List.of(lookupRecords))).build();
  }

  /** The codes of findings. */
  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code().value()).collect(Collectors.toList());
  }

  /**
   * An application of a 渝北区 department for a village in 渝北区, with funding, starting 60 days after the request;
   * change it with the withers ({@code withFunding}, {@code withItemIds}, ...).
   */
  static ImmutableAdmissionRequest request(String id, LocalDate date, String task) {
    return AdmissionRequest.builder().id(id).date(date).requestingDepartment("渝北区卫生健康委")
        .departmentJurisdiction(DivisionCode.parse("500112")).task(task).addTargets(YUBEI_VILLAGE)
        .periodStart(date.plusDays(60)).funding(FundingOffer.FUNDS_FOLLOW_TASK).build();
  }

  /** A QuickTheories source of a test-kit generator. */
  static <T> Gen<T> seeded(io.github.jiceng.governance.testkit.Generator<T> generator) {
    return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
  }
}
