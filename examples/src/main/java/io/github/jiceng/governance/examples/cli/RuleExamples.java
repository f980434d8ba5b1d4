package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.burden.BurdenParameters;
import io.github.jiceng.governance.rules.burden.CatalogueSource;
import io.github.jiceng.governance.rules.service.ServiceLookup;
import io.github.jiceng.governance.testkit.BurdenCase;
import io.github.jiceng.governance.testkit.BurdenDefect;
import io.github.jiceng.governance.testkit.BurdenGenerators;
import io.github.jiceng.governance.testkit.CommitteeDefect;
import io.github.jiceng.governance.testkit.CommitteeGenerators;
import io.github.jiceng.governance.testkit.CouncilDefect;
import io.github.jiceng.governance.testkit.CouncilGenerators;
import io.github.jiceng.governance.testkit.CovenantDefect;
import io.github.jiceng.governance.testkit.CovenantGenerators;
import io.github.jiceng.governance.testkit.LinkageDefect;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import io.github.jiceng.governance.testkit.MeetingDefect;
import io.github.jiceng.governance.testkit.MeetingGenerators;
import io.github.jiceng.governance.testkit.ServiceDataset;
import io.github.jiceng.governance.testkit.ServiceDefect;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import io.github.jiceng.governance.testkit.TerritoryDefect;
import io.github.jiceng.governance.testkit.TerritoryGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds a failing and a passing example record for a rule, without examples written by hand: the test kit's
 * generators plant each of their defects in an otherwise valid record or dataset, and make valid ones. The records
 * are run through the validator with the chosen pack; a record is shown as the failing example only if the validator
 * reports the rule on it, and as the passing example only if the validator reports no finding of the rule on it. So
 * an example is never wrong, and a rule that no generator triggers simply has none.
 *
 * <p>The generators are seeded (seed {@value #SEED}), so the examples are the same on every run. Records are judged
 * with a clock at {@link #TODAY} (the service datasets: at their own day) unless they have their own date.
 */
final class RuleExamples {
  /** The seed of the generators. */
  static final long SEED = 2026L;
  /** The date the examples are judged on, if a record has no date of its own. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  private static final LocalDate FROM = LocalDate.of(2011, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2029, 1, 1);
  /** Records dated from here are judged under the 2025 texts, in force from 2026 (the provisional rules). */
  private static final LocalDate NEW_TEXTS = LocalDate.of(2026, 1, 2);
  private static final TerritoryShape SHAPE = TerritoryShape.of(KAIZHOU)
      .withTownships(2, 2, 1).withVillagesPerTownship(1, 6).withHistory(true);

  /** A generated dataset and how to judge it. */
  private static final class Case {
    private final List<Object> records;
    private final Function<RulePack, RulePack> packFor;
    private final Function<List<Object>, RecordLookup> lookup;
    private final LocalDate day;

    private Case(List<Object> records, Function<RulePack, RulePack> packFor,
        Function<List<Object>, RecordLookup> lookup, LocalDate day) {
      this.records = List.copyOf(records);
      this.packFor = packFor;
      this.lookup = lookup;
      this.day = day;
    }

    static Case of(List<?> records) {
      return new Case(new ArrayList<>(records), Function.identity(), RecordLookup::ofRecords, TODAY);
    }

    Validator validator(RulePack pack, List<Object> lookupRecords) {
      return Validator.builder(packFor.apply(pack)).lookup(lookup.apply(lookupRecords))
          .clock(Clock.fixed(day.atStartOfDay(CHINA).toInstant(), CHINA)).build();
    }
  }

  /** A family of generators: the areas of the rules they are for, the defective cases and a valid one. */
  private static final class Family {
    private final List<String> areas;
    private final Supplier<List<Supplier<Case>>> defective;
    private final Supplier<List<Case>> valid;

    private Family(List<String> areas, Supplier<List<Supplier<Case>>> defective, Supplier<List<Case>> valid) {
      this.areas = areas;
      this.defective = defective;
      this.valid = valid;
    }
  }

  /** A failing and, if one was found, a passing example of a rule. */
  static final class Examples {
    final Object failing;
    final Finding finding;
    final int failingContext;
    final Optional<Object> passing;
    final int passingContext;

    private Examples(Object failing, Finding finding, int failingContext, Optional<Object> passing,
        int passingContext) {
      this.failing = failing;
      this.finding = finding;
      this.failingContext = failingContext;
      this.passing = passing;
      this.passingContext = passingContext;
    }
  }

  private RuleExamples() {
  }

  private static List<Family> families() {
    List<Family> families = new ArrayList<>();
    for (LocalDate[] range : new LocalDate[][] {{FROM, UNTIL}, {NEW_TEXTS, UNTIL}}) {
      LocalDate from = range[0];
      LocalDate until = range[1];
      families.add(new Family(List.of("meeting"), () -> each(MeetingDefect.values(), d -> () -> Case.of(
          List.of(MeetingGenerators.defective(from, until, d).generate(random()).meeting()))),
          () -> List.of(Case.of(List.of(MeetingGenerators.valid(from, until).generate(random()))))));
      families.add(new Family(List.of("covenant", "meeting"), () -> each(CovenantDefect.values(), d -> () -> Case.of(
          CovenantGenerators.defective(from, until, d).generate(random()).adoption().records())),
          () -> List.of(Case.of(CovenantGenerators.valid(from, until).generate(random()).records()))));
      families.add(new Family(List.of("meeting", "council"), () -> each(CommitteeDefect.values(), d -> () -> Case.of(
          List.of(CommitteeGenerators.defective(from, until, d).generate(random()).record()))),
          () -> List.of(Case.of(List.of(CommitteeGenerators.committees(from, until).generate(random()))),
              Case.of(List.of(CommitteeGenerators.assemblies(from, until).generate(random()))))));
      families.add(new Family(List.of("council"), () -> each(CouncilDefect.values(), d -> () -> Case.of(
          List.of(CouncilGenerators.defective(from, until, d).generate(random()).record()))),
          () -> List.of(Case.of(List.of(CouncilGenerators.councils(from, until).generate(random()))),
              Case.of(List.of(CouncilGenerators.sessions(from, until).generate(random()))),
              Case.of(List.of(CouncilGenerators.disputes(from, until).generate(random()))),
              Case.of(List.of(CouncilGenerators.matters(from, until).generate(random()))))));
    }
    families.add(new Family(List.of("territory"), () -> each(TerritoryDefect.values(), d -> () -> Case.of(
        TerritoryGenerators.defective(SHAPE, d).generate(random()).territory().units())),
        () -> List.of(Case.of(TerritoryGenerators.territories(SHAPE).generate(random()).units()))));
    families.add(new Family(List.of("linkage"), () -> each(LinkageDefect.values(), d -> () -> Case.of(
        LinkageGenerators.defective(KAIZHOU, 2, d).generate(random()).dataset().records())),
        () -> List.of(Case.of(LinkageGenerators.datasets(KAIZHOU, 2).generate(random()).records()))));
    families.add(new Family(List.of("service"), () -> each(ServiceDefect.values(), d -> () -> service(
        ServiceGenerators.defective(SHAPE, d).generate(random()).dataset())),
        () -> List.of(service(ServiceGenerators.datasets(SHAPE).generate(random())))));
    families.add(new Family(List.of("burden"), () -> each(BurdenDefect.values(), d -> () -> burden(d)),
        () -> List.of(Case.of(BurdenGenerators.catalogues().generate(random()).all()),
            burden(BurdenGenerators.admissionRequests().generate(random())),
            burden(BurdenGenerators.certificateRequests().generate(random())))));
    return families;
  }

  private static SplittableRandom random() {
    return new SplittableRandom(SEED);
  }

  private static <D> List<Supplier<Case>> each(D[] defects, Function<D, Supplier<Case>> make) {
    List<Supplier<Case>> cases = new ArrayList<>();
    for (D defect : defects) {
      cases.add(make.apply(defect));
    }
    return cases;
  }

  private static Case service(ServiceDataset data) {
    return new Case(data.records(), Function.identity(), ServiceLookup::of, data.day());
  }

  private static Case burden(BurdenDefect defect) {
    if (defect.recordType() == AdmissionRequest.class) {
      return burden(BurdenGenerators.admissionRequests(defect).generate(random()));
    }
    if (defect.recordType() == CertificateRequest.class) {
      return burden(BurdenGenerators.certificateRequests(defect).generate(random()));
    }
    return burden(BurdenGenerators.defectiveCatalogues(defect).generate(random()));
  }

  private static Case burden(BurdenCase<?> generated) {
    CatalogueSource lists = CatalogueSource.of(generated.catalogues());
    Function<RulePack, RulePack> withLists = pack -> RulePack.builder(pack.id() + ".example-lists", pack.version(),
        pack.jurisdiction()).parent(pack)
        .parameter(BurdenParameters.CATALOGUES, lists, ValidityPeriod.always(), "generated example lists")
        .build();
    return new Case(List.of(generated.record()), withLists, RecordLookup::ofRecords, TODAY);
  }

  /**
   * Finds the examples of a rule.
   *
   * @param ruleId the rule id
   * @param area the rule's area, whose generators are tried first
   * @param pack the pack to judge with
   * @return the examples, or empty if no generator triggers the rule under this pack
   */
  static Optional<Examples> find(String ruleId, String area, RulePack pack) {
    List<Family> ordered = new ArrayList<>();
    for (Family family : families()) {
      if (family.areas.contains(area)) {
        ordered.add(family);
      }
    }
    for (Family family : families()) {
      if (!family.areas.contains(area)) {
        ordered.add(family);
      }
    }
    for (Family family : ordered) {
      for (Supplier<Case> make : family.defective.get()) {
        Case broken;
        try {
          broken = make.get();
        } catch (IllegalArgumentException e) {
          continue;   // a generator that cannot plant this defect in this shape
        }
        Validator validator = broken.validator(pack, broken.records);
        Optional<Finding> found = validator.validate(broken.records).findings().stream()
            .filter(f -> f.code().value().equals(ruleId)).findFirst();
        if (found.isEmpty()) {
          continue;
        }
        Optional<Object> record = recordOf(validator, broken.records, found.get().subject());
        if (record.isEmpty()) {
          continue;
        }
        int failingContext = reports(broken.validator(pack, List.of(record.get())), record.get(), ruleId)
            ? 0 : broken.records.size() - 1;
        Object passing = null;
        int passingContext = 0;
        for (Case clean : family.valid.get()) {
          Validator judge = clean.validator(pack, clean.records);
          for (Object candidate : clean.records) {
            if (judge.subjectOf(candidate).type().equals(found.get().subject().type())
                && !reports(judge, candidate, ruleId)) {
              passing = candidate;
              passingContext = reports(clean.validator(pack, List.of(candidate)), candidate, ruleId)
                  ? clean.records.size() - 1 : 0;
              break;
            }
          }
          if (passing != null) {
            break;
          }
        }
        return Optional.of(new Examples(record.get(), found.get(), failingContext, Optional.ofNullable(passing),
            passingContext));
      }
    }
    return Optional.empty();
  }

  private static boolean reports(Validator validator, Object record, String ruleId) {
    return validator.check(record).findings().stream().anyMatch(f -> f.code().value().equals(ruleId));
  }

  private static Optional<Object> recordOf(Validator validator, List<Object> records, Subject subject) {
    for (Object record : records) {
      if (Objects.equals(validator.subjectOf(record), subject)) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }
}
