package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.SampleContext.PROBLEM_RATE;
import static io.github.jiceng.governance.testkit.SampleContext.plant;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.AssignmentMode;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.burden.ImmutableListCatalogue;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The burden-reduction part of the sample district: admission requests of district departments and residents'
 * certificate requests, judged against the Chongqing city catalogue of 2024 that ships with the rules (the items
 * {@code cq.a01}-{@code cq.a27}, {@code cq.n01}-{@code cq.n07} and {@code cq.c01}-{@code cq.c07}; illustrative
 * names). Requests are dated in 2025, when that catalogue is in force.
 */
final class SampleBurden {
  private static final LocalDate YEAR = LocalDate.of(2025, 1, 6);
  private static final List<String> ASSISTANCE = List.of(
      "cq.a01|协助开展人口普查、经济普查等统计调查", "cq.a02|协助做好征兵工作", "cq.a03|协助开展社会保险参保登记和政策宣传",
      "cq.a04|协助受理最低生活保障申请并开展入户调查", "cq.a06|协助做好残疾人服务工作", "cq.a07|协助做好老龄工作和老年人关爱服务",
      "cq.a08|协助做好退役军人服务和优抚工作", "cq.a09|协助开展爱国卫生运动和公共卫生工作", "cq.a10|协助做好传染病防控工作",
      "cq.a21|协助开展农村人居环境整治");
  private static final List<String> NEGATIVE = List.of("行政执法", "城市管理", "安全生产监管", "征地拆迁", "招商引资");
  private static final List<String> CERTIFICATES = List.of("cq.c01|居住情况证明（无本地户籍居民）",
      "cq.c02|用于不动产登记的相关证明", "cq.c03|用于婚姻登记的相关证明", "cq.c04|用于申领养老金的相关证明",
      "cq.c06|死亡情况证明（非医疗机构内死亡）");
  private static final List<String> DEPARTMENTS = List.of("区民政局", "区卫生健康委", "区应急管理局", "区农业农村委",
      "区人力社保局", "区退役军人事务局");
  private static final List<String> UNLISTED = List.of("协助开展电动自行车入户排查", "协助统计辖区商铺经营数据",
      "协助开展农房安全隐患专项排查", "协助推广政务APP注册", "协助开展燃气用户安全检查");
  private static final List<String> NOT_ON_LIST = List.of("无犯罪记录证明", "亲属关系证明", "出生日期证明", "健在证明");
  private static final List<BurdenDefect> ADMISSION_DEFECTS = List.of(BurdenDefect.NEGATIVE_LIST,
      BurdenDefect.NOT_LISTED, BurdenDefect.UNLISTED_ORDER, BurdenDefect.UNKNOWN_ITEM,
      BurdenDefect.LATE_APPLICATION);
  private static final List<BurdenDefect> CERTIFICATE_DEFECTS = List.of(BurdenDefect.CERTIFICATE_NOT_LISTED,
      BurdenDefect.CERTIFICATE_BY_COMMITMENT);

  private SampleBurden() {
  }

  static void write(SampleContext context, SampleBase base) {
    catalogue(context, base);
    for (int i = 1; i <= SampleDistrict.ADMISSIONS_PER_SCALE * context.scale; i++) {
      admission(context, base, i, context.random(5, i));
    }
    for (int i = 1; i <= SampleDistrict.CERTIFICATES_PER_SCALE * context.scale; i++) {
      certificate(context, base, i, context.random(6, i));
    }
  }

  /**
   * Writes the district's own catalogue (区级清单), illustrative items from {@link GeneratedLists} under 500154. The
   * requests are judged against the rule pack's catalogues (the bundled Chongqing ones), not against this record;
   * the record itself is checked for integrity (unique ids, no item on two incompatible lists).
   */
  private static void catalogue(SampleContext context, SampleBase base) {
    GeneratedLists lists = GeneratedLists.generate(context.random(5, 0));
    context.emit(SamplePart.BURDEN, ImmutableListCatalogue.copyOf(lists.districtCatalogue)
        .withId("kaizhou").withVersion("2025").withJurisdiction(base.district)
        .withTitle("开州区村（社区）工作事项清单（示例）").withSourceDocument("合成数据，事项为示意 / synthetic, illustrative items")
        .withEffectiveFrom(LocalDate.of(2025, 1, 1)));
  }

  private static String pick(List<String> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  private static void admission(SampleContext context, SampleBase base, int i, SplittableRandom random) {
    String[] item = pick(ASSISTANCE, random).split("\\|");
    LocalDate date = YEAR.plusDays(random.nextInt(300));
    String id = "ZR-2025-" + String.format(Locale.ROOT, "%05d", i);
    ImmutableAdmissionRequest.Builder request = AdmissionRequest.builder().id(id).date(date)
        .requestingDepartment(pick(DEPARTMENTS, random)).departmentJurisdiction(base.district);
    int targets = 1 + random.nextInt(3);
    for (int t = 0; t < targets; t++) {
      Village village = base.villages.get(random.nextInt(base.villages.size()));
      request.addTargets(village.code());
    }
    BurdenDefect defect = plant(random, PROBLEM_RATE * 2) ? context.nextKind(ProblemArea.BURDEN, ADMISSION_DEFECTS)
        : null;
    String task = item[1];
    if (defect == BurdenDefect.NEGATIVE_LIST) {
      request.task(pick(NEGATIVE, random)).addItemIds(item[0]).funding(FundingOffer.FUNDS_FOLLOW_TASK)
          .mode(AssignmentMode.APPLICATION);
    } else if (defect == BurdenDefect.NOT_LISTED || defect == BurdenDefect.UNLISTED_ORDER) {
      task = pick(UNLISTED, random);
      request.task(task).funding(FundingOffer.NONE).mode(defect == BurdenDefect.UNLISTED_ORDER
          ? AssignmentMode.ADMINISTRATIVE_ORDER : AssignmentMode.APPLICATION);
    } else {
      request.task(task).addItemIds(item[0]).funding(FundingOffer.FUNDS_FOLLOW_TASK).mode(AssignmentMode.APPLICATION);
      if (defect == BurdenDefect.UNKNOWN_ITEM) {
        request.addItemIds("cq.a9" + random.nextInt(10));
      }
    }
    request.periodStart(defect == BurdenDefect.LATE_APPLICATION ? date.plusDays(3 + random.nextInt(14))
        : date.plusDays(70 + random.nextInt(60)));
    AdmissionRequest built = request.build();
    context.emit(SamplePart.BURDEN, built);
    if (defect != null) {
      context.problem(ProblemArea.BURDEN, SamplePart.BURDEN, "admission-request", id, admissionRule(defect),
          defect.displayName(Locale.SIMPLIFIED_CHINESE) + "：" + built.task(),
          defect.displayName(Locale.ENGLISH) + ": " + built.task());
    }
  }

  static String admissionRule(BurdenDefect defect) {
    switch (defect) {
      case NEGATIVE_LIST:
        return "burden.admission.negative-list";
      case NOT_LISTED:
        return "burden.admission.not-listed";
      case UNLISTED_ORDER:
        return "burden.admission.unlisted-order";
      case UNKNOWN_ITEM:
        return "burden.admission.unknown-item";
      case FUNDING_MISSING:
        return "burden.admission.funding-missing";
      case NO_LISTS:
        return "burden.admission.no-lists";
      default:
        return "burden.admission.late-application";
    }
  }

  private static void certificate(SampleContext context, SampleBase base, int i, SplittableRandom random) {
    Village village = base.villages.get(random.nextInt(base.villages.size()));
    String id = "ZM-2025-" + String.format(Locale.ROOT, "%06d", i);
    BurdenDefect defect = plant(random, PROBLEM_RATE) ? context.nextKind(ProblemArea.BURDEN, CERTIFICATE_DEFECTS)
        : null;
    var request = CertificateRequest.builder().id(id).date(YEAR.plusDays(random.nextInt(330)))
        .community(village.code());
    if (defect == BurdenDefect.CERTIFICATE_NOT_LISTED) {
      request.certificate(pick(NOT_ON_LIST, random));
    } else if (defect == BurdenDefect.CERTIFICATE_BY_COMMITMENT) {
      request.certificate("家庭经济状况证明").itemId("cq.c05");
    } else {
      String[] item = pick(CERTIFICATES, random).split("\\|");
      request.certificate(item[1]);
      if (random.nextBoolean()) {
        request.itemId(item[0]);
      }
    }
    CertificateRequest built = request.build();
    context.emit(SamplePart.BURDEN, built);
    if (defect != null) {
      context.problem(ProblemArea.BURDEN, SamplePart.BURDEN, "certificate-request", id,
          defect == BurdenDefect.CERTIFICATE_NOT_LISTED ? "burden.certificate.not-listed"
              : "burden.certificate.commitment-applies",
          defect.displayName(Locale.SIMPLIFIED_CHINESE) + "：" + built.certificate(),
          defect.displayName(Locale.ENGLISH) + ": " + built.certificate());
    }
  }
}
