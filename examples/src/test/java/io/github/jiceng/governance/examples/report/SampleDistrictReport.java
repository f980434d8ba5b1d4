package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.core.covenant.ImmutableAdoptionRecord;
import io.github.jiceng.governance.core.covenant.ImmutableCovenant;
import io.github.jiceng.governance.core.covenant.StatusChange;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.linkage.project.ImmutableLinkageProject;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.covenant.FilingLateRule;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.testkit.AdoptionCase;
import io.github.jiceng.governance.testkit.CovenantDefect;
import io.github.jiceng.governance.testkit.CovenantGenerators;
import io.github.jiceng.governance.testkit.LinkageDataset;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import io.github.jiceng.governance.testkit.ServiceDataset;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A sample district for the HTML report's screenshot and browser test (示例区县报告): the testkit's Kaizhou-like
 * district with two stations missing, linkage projects at every stage on the as-of date, and covenants at every
 * step, validated with the Chongqing pack plus a local pack that sets a hypothetical ten-day filing deadline.
 *
 * <p>{@code SampleDistrictReportTest} writes it to {@code examples/target/sample-report.html} (zh-CN) and
 * {@code sample-report-en.html}.
 */
final class SampleDistrictReport {
  /** The report's day: linkage projects of the generators start between January and May 2025. */
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");

  private SampleDistrictReport() {
  }

  /** The validation of the sample district: its report and facts. */
  record Result(StreamReport report, DistrictFacts facts) {
    /** Writes the HTML report. */
    void write(Locale locale, Writer out) throws IOException {
      HtmlReport.builder(report, facts).locale(locale).inputs(List.of("sample-district.ndjson")).write(out);
    }
  }

  /** Validates the sample district. */
  static Result validate() {
    DistrictFactsListener facts = DistrictFactsListener.forPack(pack(), AS_OF);
    StreamReport report = Records.validate(Records.ndjson(records()), pack(), AS_OF, 10_000, facts);
    return new Result(report, facts.facts());
  }

  /** The Chongqing pack with a local, hypothetical ten-day filing deadline for covenants. */
  static RulePack pack() {
    RulePack chongqing = StandardPacks.chongqing();
    return RulePack.builder("sample-local", "1", chongqing.jurisdiction()).parent(chongqing)
        .parameter(FilingLateRule.DEADLINE_DAYS, 10, ValidityPeriod.always(), "hypothetical: 通过后十日内备案")
        .build();
  }

  /** The records, in a fixed order. */
  static List<Object> records() {
    List<Object> records = new ArrayList<>();
    ServiceDataset service = ServiceGenerators.kaizhou().sample(2026L, 1).get(0);
    Set<DivisionCode> withoutStation = Set.of(service.stations().get(7).territoryCode(),
        service.stations().get(23).territoryCode());
    for (Object record : service.records()) {
      if (!(record instanceof SocialWorkStation
          && withoutStation.contains(((SocialWorkStation) record).territoryCode()))) {
        records.add(record);
      }
    }
    LinkageDataset linkage = LinkageGenerators.datasets(KAIZHOU, 24).sample(2026L, 1).get(0);
    for (Object record : linkage.records()) {
      records.add(record instanceof LinkageProject ? inProgress((LinkageProject) record) : record);
    }
    List<AdoptionCase> cases = CovenantGenerators.valid(LocalDate.of(2019, 1, 1), AS_OF).sample(2026L, 48);
    for (int i = 0; i < cases.size(); i++) {
      AdoptionCase c = cases.get(i);
      Covenant covenant = stage(c.covenant(), i);
      records.add(covenant);
      if (covenant.adoption().flatMap(AdoptionRecord::vote).isPresent()) {
        records.add(c.meeting());
      }
    }
    for (AdoptionCase recent : CovenantGenerators.valid(AS_OF.minusDays(9), AS_OF).sample(2027L, 3)) {
      records.add(stage(recent.covenant(), 2)); // adopted in the last ten days, not filed yet
      records.add(recent.meeting());
    }
    long seed = 2028L;
    for (CovenantDefect defect : new CovenantDefect[] {CovenantDefect.FINE_CLAUSE, CovenantDefect.NOT_REVIEWED}) {
      records.addAll(CovenantGenerators.defective(LocalDate.of(2019, 1, 1), AS_OF, defect).sample(seed++, 1).get(0)
          .adoption().records());
    }
    Village village = (Village) service.territory().stream().filter(Village.class::isInstance).skip(40)
        .findFirst().orElseThrow();
    records.add(ImmutableVillage.copyOf(village).withCode(DivisionCode.parse(village.code().value()
        .substring(0, 9) + "398")).withName("新建村").withKind(VillageKind.COMMUNITY)); // a village as a community
    records.add("{\"type\":\"village\",\"code\":\"500154101"); // a line cut short by an export
    return records;
  }

  /** Keeps the stages and fundings of a project dated by the as-of date, as a record made on that day would. */
  private static LinkageProject inProgress(LinkageProject project) {
    List<ProjectStage> stages = new ArrayList<>();
    project.stages().stream().filter(s -> !s.start().isAfter(AS_OF)).forEach(stages::add);
    return ImmutableLinkageProject.copyOf(project).withStages(stages)
        .withFundings(project.fundings().stream().filter(f -> !f.date().isAfter(AS_OF))::iterator);
  }

  /** Puts every eighth covenant at one step of the procedure; the rest are published, some superseded. */
  private static Covenant stage(Covenant covenant, int i) {
    AdoptionRecord adoption = covenant.adoption().orElseThrow();
    ImmutableAdoptionRecord record = ImmutableAdoptionRecord.copyOf(adoption);
    ImmutableCovenant copy = ImmutableCovenant.copyOf(covenant);
    switch (i % 8) {
      case 0:
        return copy.withAdoption(record.withReview(Optional.empty()).withVote(Optional.empty())
            .withFiling(Optional.empty()).withPublication(Optional.empty()))
            .withStatusHistory(status(CovenantStatus.DRAFT, adoption.drafting().orElseThrow().date()));
      case 1:
        return copy.withAdoption(record.withVote(Optional.empty()).withFiling(Optional.empty())
            .withPublication(Optional.empty()))
            .withStatusHistory(status(CovenantStatus.UNDER_REVIEW, adoption.review().orElseThrow().submitted()));
      case 2:
        return copy.withAdoption(record.withFiling(Optional.empty()).withPublication(Optional.empty()))
            .withStatusHistory(status(CovenantStatus.ADOPTED, adoption.vote().orElseThrow().date()));
      case 3:
        return copy.withAdoption(record.withPublication(Optional.empty()))
            .withStatusHistory(status(CovenantStatus.FILED, adoption.filing().orElseThrow().date()));
      case 4:
        if (i % 16 == 4) {
          List<StatusChange> history = new ArrayList<>(covenant.statusHistory());
          history.add(StatusChange.of(CovenantStatus.SUPERSEDED, AS_OF));
          return copy.withStatusHistory(history);
        }
        return covenant;
      default:
        return covenant;
    }
  }

  private static List<StatusChange> status(CovenantStatus status, LocalDate date) {
    return List.of(StatusChange.of(status, date));
  }
}
