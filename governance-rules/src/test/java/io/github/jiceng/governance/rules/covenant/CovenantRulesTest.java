package io.github.jiceng.governance.rules.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Clause;
import io.github.jiceng.governance.core.covenant.ContentArea;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.Filing;
import io.github.jiceng.governance.core.covenant.ImmutableAdoptionRecord;
import io.github.jiceng.governance.core.covenant.ImmutableCovenant;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.AdoptionCase;
import io.github.jiceng.governance.testkit.CovenantDefect;
import io.github.jiceng.governance.testkit.CovenantGenerators;
import io.github.jiceng.governance.testkit.DefectiveAdoption;
import io.github.jiceng.governance.testkit.Generator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class CovenantRulesTest {
  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final LocalDate REVISED = LocalDate.of(2026, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2029, 1, 1);

  private static <T> Gen<T> seeded(Generator<T> generator) {
    return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
  }

  static ValidationReport validate(RulePack pack, List<Object> records) {
    return Validator.builder(pack).lookup(RecordLookup.ofRecords(records)).rethrowRuleFailures(true).build()
        .validate(records);
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code().value()).sorted().collect(Collectors.toList());
  }

  private static AdoptionCase sample(long seed, LocalDate from, LocalDate until) {
    return CovenantGenerators.valid(from, until).sample(seed, 1).get(0);
  }

  @Test
  void validCovenantsAndTheirMeetingsHaveNoFindingsNationallyOrInChongqing() {
    qt().withExamples(250).forAll(seeded(CovenantGenerators.valid(FROM, UNTIL))).checkAssert(adoption -> {
      assertThat(validate(StandardPacks.national(), adoption.records()).findings()).as(adoption.toString()).isEmpty();
      assertThat(validate(StandardPacks.chongqing(), adoption.records()).findings()).as(adoption.toString()).isEmpty();
    });
  }

  @Test
  void eachPlantedDefectYieldsExactlyItsFinding() {
    qt().withExamples(500).forAll(seeded(CovenantGenerators.defective(FROM, UNTIL))).checkAssert(defective -> {
      ValidationReport report = validate(StandardPacks.national(), defective.adoption().records());
      assertThat(codes(report.findings())).as(defective.description()).containsExactly(expectedCode(defective));
      String subject = defective.defect() == CovenantDefect.NO_WOMEN
          ? defective.adoption().meeting().id() : defective.adoption().covenant().id();
      assertThat(report.findings()).allSatisfy(f -> assertThat(f.subject().id()).contains(subject));
    });
  }

  static String expectedCode(DefectiveAdoption defective) {
    boolean revised = !defective.adoption().meeting().date().isBefore(REVISED);
    switch (defective.defect()) {
      case NOT_VOTED:
        return "covenant.adoption.not-voted";
      case WRONG_BODY:
        return "covenant.adoption.wrong-body";
      case DELEGATED:
        return "covenant.adoption.delegated";
      case STEP_ORDER:
        return "covenant.adoption.step-order";
      case NOT_REVIEWED:
        return "covenant.adoption.not-reviewed";
      case STEP_MISSING:
        return "covenant.adoption.step-missing";
      case FILING_MISSING:
        return "covenant.filing.missing";
      case FILING_WRONG_BODY:
        return revised ? "covenant.filing.wrong-body-provisional" : "covenant.filing.wrong-body";
      case PUBLISHED_BEFORE_FILING:
        return "covenant.publication.before-filing";
      case MEETING_MISSING:
        return "covenant.adoption.meeting-missing";
      case MEETING_MISMATCH:
        return "covenant.adoption.meeting-mismatch";
      case NO_WOMEN:
        return "covenant.vote.no-women";
      case AREA_MISSING:
        return "covenant.content.area-missing";
      case FINE_CLAUSE:
        return "covenant.content.fine";
      case LIBERTY_CLAUSE:
        return "covenant.content.liberty";
      case SUBSIDY_CLAUSE:
        return "covenant.content.subsidy-condition";
      case PETITION_CLAUSE:
        return "covenant.content.petition";
      case MARRIAGE_CLAUSE:
        return "covenant.content.marriage-childbirth";
      case WOMEN_CLAUSE:
        return "covenant.content.women-distribution";
      default:
        return "covenant.content.criminal-label";
    }
  }

  @Test
  void adoptionByTheRepresentativeMeetingIsInformationNationallyAndAWarningInChongqing() {
    DefectiveAdoption delegated = CovenantGenerators.defective(FROM, REVISED, CovenantDefect.DELEGATED)
        .sample(3L, 1).get(0);

    Finding national = validate(StandardPacks.national(), delegated.adoption().records()).findings().get(0);
    Finding chongqing = validate(StandardPacks.chongqing(), delegated.adoption().records()).findings().get(0);

    assertThat(national.severity()).isEqualTo(Severity.INFO);
    assertThat(chongqing.severity()).isEqualTo(Severity.WARNING);
    assertThat(chongqing.code()).isEqualTo(national.code());
    assertThat(chongqing.legalBases()).extracting(LegalBasis::instrument)
        .contains("重庆市实施《中华人民共和国村民委员会组织法》办法");
    assertThat(StandardPacks.chongqing().severityOverride("covenant.adoption.delegated")).isPresent();
  }

  @Test
  void theContentLintNamesTheClauseTheWordsAndTheLaw() {
    Covenant covenant = ImmutableCovenant.copyOf(sample(11L, FROM, REVISED).covenant())
        .withKind(io.github.jiceng.governance.core.covenant.CovenantKind.VILLAGE_RULES)
        .withClauses(Clause.of(1, "爱党爱国，遵纪守法。", ContentArea.DAILY_CONDUCT),
            Clause.of(2, "无理上访的，取消其当年粮食补贴，并罚款500元。", ContentArea.PUBLIC_ORDER),
            Clause.of(3, "出嫁女享有与其他村民同等的集体收益分配权，任何人不得剥夺。", ContentArea.RIGHTS_AND_INTERESTS),
            Clause.of(4, "构成犯罪的，依法追究刑事责任。", ContentArea.DISPUTE_MEDIATION),
            Clause.of(5, "婚事新办，反对天价彩礼。", ContentArea.CUSTOMS));

    List<Finding> findings = validate(StandardPacks.national(), List.of(covenant)).findings().stream()
        .filter(f -> f.code().value().startsWith("covenant.content.")).collect(Collectors.toList());

    assertThat(codes(findings)).containsExactly("covenant.content.fine", "covenant.content.petition",
        "covenant.content.subsidy-condition");
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().pointer().toString()).isEqualTo("/clauses/1/text");
      assertThat(f.attribute("clause")).contains("2");
      assertThat(f.legalBases()).extracting(b -> b.instrument() + b.article().orElse(""))
          .contains("中华人民共和国村民委员会组织法第二十七条");
    });
    Finding subsidy = findings.stream().filter(f -> f.code().value().endsWith("subsidy-condition")).findFirst()
        .orElseThrow();
    assertThat(subsidy.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第2条含有“补贴、取消”：涉及附条件发放国家补贴，"
        + "需人工审核其合法性（村民委员会组织法第二十七条；重庆市实施办法第九条）");
    assertThat(subsidy.attribute("words")).contains("[补贴, 取消]");
    assertThat(findings.stream().filter(f -> f.code().value().endsWith(".fine")).findFirst().orElseThrow()
        .message(Locale.ENGLISH)).isEqualTo("Clause 2 contains \"罚款\": a fine or penalty, which only statutory"
            + " bodies may impose; legal review needed (村委会法 Art 27; Chongqing measures Art 9)");
  }

  @Test
  void theLexiconFlagsEachCategoryAndLeavesProtectiveWordingAlone() {
    assertThat(Lexicon.FINE.triggers("乱倒垃圾的，罚放电影一场。")).containsExactly("罚放");
    assertThat(Lexicon.LIBERTY.triggers("对醉酒闹事者游街示众。")).containsExactly("游街", "示众");
    assertThat(Lexicon.MARRIAGE.triggers("结婚须经村委会同意。")).containsExactly("结婚须经村委会同意");
    assertThat(Lexicon.MARRIAGE.triggers("禁止包办婚姻，反对干涉婚姻自由。")).isEmpty();
    assertThat(Lexicon.WOMEN.triggers("离婚妇女不再享受村民待遇。")).containsExactly("离婚", "村民待遇", "不再");
    assertThat(Lexicon.WOMEN.triggers("离婚、丧偶妇女与其他村民平等享有分配权，不得剥夺。")).isEmpty();
    assertThat(Lexicon.CRIMINAL_LABEL.triggers("超标准收受彩礼的，以诈骗罪论处。")).containsExactly("以诈骗罪", "论处");
    assertThat(Lexicon.CRIMINAL_LABEL.triggers("构成犯罪的，依法追究刑事责任。")).isEmpty();
    assertThat(Lexicon.PETITION.triggers("村民依法逐级反映诉求。")).isEmpty();
  }

  @Test
  void aFilingDeadlineIsOffUntilAPackSetsItAndCountsFromTheDayAfterTheVote() {
    RulePack tenDays = RulePack.builder("cn.test", "1", "100000").parent(StandardPacks.national())
        .parameter(FilingLateRule.DEADLINE_DAYS, 10, ValidityPeriod.always(), "hypothetical: 通过后十日内备案").build();
    qt().withExamples(120).forAll(integers().between(0, 1_000_000), integers().between(0, 20))
        .checkAssert((seed, d) -> {
          AdoptionCase adoption = sample(seed, FROM, UNTIL);
          LocalDate vote = adoption.covenant().date().orElseThrow();
          AdoptionRecord record = adoption.covenant().adoption().orElseThrow();
          Filing filing = record.filing().orElseThrow();
          Covenant filedOnDay = ImmutableCovenant.copyOf(adoption.covenant()).withAdoption(ImmutableAdoptionRecord
              .copyOf(record).withFiling(Filing.of(vote.plusDays(d), filing.body()))
              .withPublication(io.github.jiceng.governance.core.covenant.AdoptionStep.of(vote.plusDays(d))))
              .withStatusHistory(adoption.covenant().statusHistory().subList(0, 3));
          List<Object> records = List.of(filedOnDay, adoption.meeting());

          assertThat(validate(StandardPacks.national(), records).findings()).isEmpty();
          assertThat(codes(validate(tenDays, records).findings())).as("filed %s days after the vote", d)
              .isEqualTo(d <= 10 ? List.of() : List.of("covenant.filing.late"));
        });
  }

  @Test
  void anUnfiledCovenantIsOverdueOnlyAsOfADateAfterTheDeadline() {
    RulePack tenDays = RulePack.builder("cn.test", "1", "100000").parent(StandardPacks.national())
        .parameter(FilingLateRule.DEADLINE_DAYS, 10, ValidityPeriod.always(), "hypothetical").build();
    AdoptionCase adoption = sample(5L, FROM, REVISED);
    LocalDate vote = adoption.covenant().date().orElseThrow();
    Covenant unfiled = ImmutableCovenant.copyOf(adoption.covenant())
        .withAdoption(ImmutableAdoptionRecord.copyOf(adoption.covenant().adoption().orElseThrow())
            .withFiling(java.util.Optional.empty()).withPublication(java.util.Optional.empty()))
        .withStatusHistory(adoption.covenant().statusHistory().subList(0, 3));

    Validator.Builder builder = Validator.builder(tenDays).rethrowRuleFailures(true);
    assertThat(builder.asOf(vote.plusDays(10)).build().validate(unfiled).findings()).isEmpty();
    List<Finding> overdue = Validator.builder(tenDays).rethrowRuleFailures(true).asOf(vote.plusDays(11)).build()
        .validate(unfiled).findings();
    assertThat(codes(overdue)).containsExactly("covenant.filing.late");
    assertThat(overdue.get(0).message(Locale.ENGLISH)).endsWith("but was not filed as of " + vote.plusDays(11));
    assertThat(overdue.get(0).legalBases()).extracting(LegalBasis::confidence)
        .containsOnly(io.github.jiceng.governance.rules.Confidence.PROVISIONAL);
  }

  @Test
  void filingBodiesAreJudgedByTheEarlierTextsAndProvisionallyFrom2026() {
    DefectiveAdoption before = CovenantGenerators.defective(FROM, REVISED, CovenantDefect.FILING_WRONG_BODY)
        .sample(8L, 1).get(0);
    DefectiveAdoption after = CovenantGenerators.defective(REVISED, UNTIL, CovenantDefect.FILING_WRONG_BODY)
        .sample(8L, 1).get(0);

    Finding confirmed = validate(StandardPacks.national(), before.adoption().records()).findings().get(0);
    Finding provisional = validate(StandardPacks.national(), after.adoption().records()).findings().get(0);

    assertThat(confirmed.severity()).isEqualTo(Severity.ERROR);
    assertThat(provisional.severity()).isEqualTo(Severity.WARNING);
    assertThat(provisional.legalBases()).extracting(LegalBasis::confidence)
        .containsOnly(io.github.jiceng.governance.rules.Confidence.PROVISIONAL);
    assertThat(provisional.message(Locale.ENGLISH)).contains("not yet confirmed");
  }

  @Test
  void theStepOrderFindingNamesBothStepsAndDates() {
    DefectiveAdoption late = CovenantGenerators.defective(FROM, REVISED, CovenantDefect.STEP_ORDER)
        .sample(21L, 1).get(0);
    AdoptionRecord record = late.adoption().covenant().adoption().orElseThrow();

    Finding finding = validate(StandardPacks.national(), late.adoption().records()).findings().get(0);

    assertThat(finding.location().pointer().toString()).isEqualTo("/adoption/review/submitted");
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Step \"review by the township or street\" is dated "
        + record.review().orElseThrow().submitted() + ", before step \"preparing the draft\" on "
        + record.drafting().orElseThrow().date());
  }
}
