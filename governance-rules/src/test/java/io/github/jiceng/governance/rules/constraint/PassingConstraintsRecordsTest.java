package io.github.jiceng.governance.rules.constraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.core.linkage.volunteer.ImmutableServiceRecord;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.rules.RecordTypes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The fast path of Bean Validation over the model's records: every record type is planned, and generated records and
 * mutants of them (blank and Unicode-space text, empty lists, invalid elements, empty optionals, negative amounts)
 * pass exactly when Hibernate Validator finds nothing.
 */
class PassingConstraintsRecordsTest {
  private static final PassingConstraints SHORTCUT = ConstraintBridge.shortcut();
  private static final Validator HV = ConstraintBridge.timelessValidator();

  @Test
  void theFastPathIsOnAndEveryRecordTypeIsPlanned() {
    assertThat(SHORTCUT.offReason()).isEmpty();
    assertThat(SHORTCUT.enabled()).isTrue();
    Map<String, String> refused = new TreeMap<>();
    List<Class<?>> classes = new ArrayList<>(SampleRecords.byClass().keySet());
    for (String name : RecordTypes.standard().names()) {
      classes.add(RecordTypes.standard().classOf(name).orElseThrow());
    }
    for (Class<?> type : classes) {
      SHORTCUT.refusalOf(type).ifPresent(reason -> refused.put(type.getName(), reason));
    }
    assertThat(refused).isEmpty();
    assertThat(SHORTCUT.planOf(ImmutableServiceRecord.class)).hasValueSatisfying(
        plan -> assertThat(plan.propertyCount()).isPositive());
    assertThat(SHORTCUT.planOf(ImmutableVillage.class)).hasValueSatisfying(
        plan -> assertThat(plan.propertyCount()).isPositive());
  }

  @Test
  void theSampleHasEveryRecordType() {
    Set<String> seen = new java.util.TreeSet<>();
    for (Class<?> type : SampleRecords.byClass().keySet()) {
      RecordTypes.standard().nameOf(type).ifPresent(seen::add);
    }
    List<String> missing = new ArrayList<>(RecordTypes.standard().names());
    missing.removeAll(seen);
    assertThat(missing).isEmpty();
  }

  @Test
  void generatedRecordsAgreeWithHibernateValidator() {
    int passing = 0;
    for (Object record : SampleRecords.all()) {
      if (agrees(record)) {
        passing++;
      }
    }
    assertThat(passing).isGreaterThan(SampleRecords.all().size() / 2);
  }

  @Test
  void mutantsAgreeWithHibernateValidator() {
    List<Object> records = SampleRecords.all();
    int[] outcomes = new int[2];
    qt().withFixedSeed(20261126L).withExamples(3000)
        .forAll(integers().between(0, records.size() - 1), longs().all())
        .checkAssert((index, seed) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Mutator mutator = new Mutator(random);
          Object mutant = records.get(index);
          for (int i = random.nextInt(3); i >= 0; i--) {
            mutant = mutator.mutate(mutant, 0);
          }
          outcomes[agrees(mutant) ? 1 : 0]++;
        });
    assertThat(outcomes[0]).as("mutants with violations").isGreaterThan(300);
    assertThat(outcomes[1]).as("mutants without").isGreaterThan(300);
  }

  @Test
  void mutantsOfEveryClassAgreeAndMostClassesGetInvalidOnes() {
    SplittableRandom random = new SplittableRandom(20261126L);
    Set<Class<?>> invalidSeen = new java.util.HashSet<>();
    for (Map.Entry<Class<?>, List<Object>> entry : SampleRecords.byClass().entrySet()) {
      for (Object record : entry.getValue()) {
        for (int i = 0; i < 8; i++) {
          Object mutant = new Mutator(random.split()).mutate(record, 0);
          if (!agrees(mutant)) {
            invalidSeen.add(entry.getKey());
          }
        }
      }
    }
    assertThat(invalidSeen).contains(ImmutableServiceRecord.class, ImmutableVillage.class);
    assertThat(invalidSeen.size()).as("%s", invalidSeen).isGreaterThanOrEqualTo(SampleRecords.byClass().size() * 4 / 5);
  }

  /** Asserts that the fast path and Hibernate Validator agree and returns whether HV found nothing. */
  private static boolean agrees(Object record) {
    Set<ConstraintViolation<Object>> violations = HV.validate(record);
    assertThat(SHORTCUT.passes(record)).as("%s: %s", record.getClass().getSimpleName(), violations)
        .isEqualTo(violations.isEmpty());
    return violations.isEmpty();
  }
}
