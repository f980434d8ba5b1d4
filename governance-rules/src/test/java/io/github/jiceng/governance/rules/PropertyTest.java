package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.rules.testing.Clause;
import io.github.jiceng.governance.rules.testing.Meeting;
import io.github.jiceng.governance.rules.testing.TestPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the engine over generated meetings (valid and invalid in many ways). */
class PropertyTest {
  private static final List<Waiver> WAIVERS = List.of(
      Waiver.forSubject("meeting.quorum.not-met", Subject.of("meeting", "M1"), "测试豁免"),
      Waiver.forPath("constraint.NotBlank", JsonPointer.of("clauses"), "测试豁免"));
  private static final Validator VALIDATOR =
      Fixtures.meetings(TestPacks.district()).waivers(WAIVERS).rethrowRuleFailures(false).build();

  /** A meeting derived from a seed: ids repeat, so subjects collide; dates span the 2010 change of law. */
  static Meeting meeting(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Clause> clauses = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      clauses.add(Clause.of(random.nextInt(4) == 0 ? " " : "第" + i + "条"));
    }
    List<String> tags = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      tags.add(random.nextInt(3) == 0 ? "" : "t" + i);
    }
    return Meeting.valid("M" + random.nextInt(4))
        .withName(random.nextInt(5) == 0 ? " " : "会议")
        .withDate(LocalDate.of(2005, 1, 1).plusDays(random.nextInt(8000)))
        .withAttendance(random.nextInt(130) - 5)
        .withEligible(1 + random.nextInt(120))
        .withClauses(clauses)
        .withTags(tags)
        .withContactPhone(random.nextBoolean() ? "13812345678" : "1381234");
  }

  private static Gen<List<Meeting>> meetings() {
    return lists().of(integers().all().map(PropertyTest::meeting)).ofSizeBetween(0, 8);
  }

  @Test
  void reportOrderDoesNotDependOnInputOrder() {
    qt().withExamples(300).forAll(meetings(), longs().all()).checkAssert((records, seed) -> {
      List<Meeting> shuffled = new ArrayList<>(records);
      Collections.shuffle(shuffled, new Random(seed));
      ValidationReport original = VALIDATOR.validate(records);
      ValidationReport reordered = VALIDATOR.validate(shuffled);
      assertThat(reordered.findings()).isEqualTo(original.findings());
      assertThat(reordered.suppressed()).isEqualTo(original.suppressed());
      assertThat(reordered.counts()).isEqualTo(original.counts());
    });
  }

  @Test
  void reportIsSortedAndCountsAddUp() {
    qt().withExamples(300).forAll(meetings()).checkAssert(records -> {
      ValidationReport report = VALIDATOR.validate(records);
      List<Finding> sorted = new ArrayList<>(report.findings());
      Collections.sort(sorted);
      assertThat(report.findings()).isEqualTo(sorted);
      assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(report.findings().size());
      assertThat(report.hasErrors()).isEqualTo(report.count(Severity.ERROR) > 0);
      assertThat(report.recordCount()).isEqualTo(records.size());
    });
  }

  @Test
  void localeNeverChangesTheFindings() {
    List<Locale> locales = List.of(Locale.SIMPLIFIED_CHINESE, Locale.US, new Locale("tr", "TR"),
        new Locale("ar", "SA"), Locale.GERMANY);
    Locale saved = Locale.getDefault();
    try {
      qt().withExamples(100).forAll(meetings()).checkAssert(records -> {
        Locale.setDefault(locales.get(0));
        ValidationReport reference = VALIDATOR.validate(records);
        for (Locale locale : locales.subList(1, locales.size())) {
          Locale.setDefault(locale);
          assertThat(VALIDATOR.validate(records).findings()).as(locale.toString()).isEqualTo(reference.findings());
        }
        List<String> chinese = reference.findings().stream()
            .map(f -> f.code() + f.location().toString() + "|" + f.message(Locale.SIMPLIFIED_CHINESE))
            .collect(Collectors.toList());
        List<String> english = reference.findings().stream()
            .map(f -> f.code() + f.location().toString() + "|" + f.message(Locale.ENGLISH))
            .collect(Collectors.toList());
        assertThat(chinese).hasSameSizeAs(english);
        for (int i = 0; i < chinese.size(); i++) {
          assertThat(chinese.get(i).split("\\|")[0]).isEqualTo(english.get(i).split("\\|")[0]);
        }
      });
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void quorumFollowsTheMajorityRuleExactly() {
    qt().forAll(integers().between(0, 500), integers().between(1, 500)).checkAssert((attendance, eligible) -> {
      Meeting meeting = Meeting.valid("Q").withAttendance(attendance).withEligible(eligible);
      boolean reported = !Fixtures.meetings(TestPacks.national()).build().validate(meeting)
          .forCode("meeting.quorum.not-met").isEmpty();
      assertThat(reported).isEqualTo(attendance * 2 <= eligible);
    });
  }
}
