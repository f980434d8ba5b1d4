package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.testkit.Generator;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Validates records as the tests of this package need: with a lookup over them and rule failures rethrown. */
final class Judge {
  private Judge() {
  }

  static ValidationReport validate(RulePack pack, Object... records) {
    List<Object> list = Arrays.asList(records);
    return Validator.builder(pack).lookup(RecordLookup.ofRecords(list)).rethrowRuleFailures(true).build()
        .validate(list);
  }

  static List<String> codes(ValidationReport report) {
    return report.findings().stream().map(f -> f.code().value()).sorted().collect(Collectors.toList());
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code().value()).sorted().collect(Collectors.toList());
  }

  static <T> Gen<T> seeded(Generator<T> generator) {
    return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
  }
}
