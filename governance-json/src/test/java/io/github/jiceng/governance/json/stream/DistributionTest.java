package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.KeyedChecksTest.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What running on a cluster needs from the library: rule packs, findings and the keyed checks' facts survive Java
 * serialization, and one validator and record checker can be shared by threads.
 */
class DistributionTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static StreamReport validate(RulePack pack, List<String> lines) {
    Validator validator = Validator.builder(pack).asOf(AS_OF).build();
    return Streams.run(RecordStreamValidator.builder(validator).build(), Datasets.text(lines));
  }

  @Test
  void theNationalPackSurvivesSerializationAndValidatesTheSame() {
    RulePack national = StandardPacks.national();
    RulePack copy = (RulePack) roundTrip(national);
    assertThat(copy).isNotSameAs(national);
    assertThat(copy.toString()).isEqualTo(national.toString());
    List<String> ids = national.rules().stream().map(r -> RuleDescriptor.of(r).id().value()).collect(Collectors.toList());
    assertThat(ids).hasSizeGreaterThan(50);
    assertThat(copy.rules().stream().map(r -> RuleDescriptor.of(r).id().value()).collect(Collectors.toList())).isEqualTo(ids);
    for (String id : ids) {
      assertThat(copy.severityOf(id)).as(id).isEqualTo(national.severityOf(id));
      assertThat(copy.isEnabled(id)).as(id).isEqualTo(national.isEnabled(id));
      assertThat(copy.descriptor(id).map(RuleDescriptor::toString))
          .isEqualTo(national.descriptor(id).map(RuleDescriptor::toString));
    }
    List<String> lines = Datasets.lines(5);
    List<StreamFinding> expected = validate(national, lines).findings();
    assertThat(expected).isNotEmpty();
    assertThat(validate(copy, lines).findings()).isEqualTo(expected);
  }

  @Test
  void findingsSurviveSerializationEqual() {
    List<Finding> findings = Streams.findings(validate(StandardPacks.national(), Datasets.lines(6)));
    assertThat(findings).extracting(f -> f.code().value()).contains("json.duplicate-id",
        "linkage.volunteer.daily-hours-impossible", "linkage.service.volunteer-unregistered");
    for (Finding finding : findings) {
      assertThat(roundTrip(finding)).isEqualTo(finding).isNotSameAs(finding);
    }
  }

  @Test
  void datasetFactsSurviveSerializationEqual() {
    DatasetFacts facts = DatasetFacts.of(Set.of("village", "township"));
    DatasetFacts copy = (DatasetFacts) roundTrip(facts);
    assertThat(copy).isEqualTo(facts).hasSameHashCodeAs(facts);
    assertThat(copy.holds("township")).isTrue();
    assertThat(copy.holds("district")).isFalse();
    DatasetFacts named = DatasetFacts.of(Set.of("village"), List.of("territory.ndjson", "service.ndjson"));
    DatasetFacts namedCopy = (DatasetFacts) roundTrip(named);
    assertThat(namedCopy).isEqualTo(named).hasSameHashCodeAs(named).isNotEqualTo(DatasetFacts.of(Set.of("village")));
    assertThat(namedCopy.source(1)).contains("service.ndjson");
    assertThat(namedCopy.source(2)).isEmpty();
    assertThat(facts.source(0)).isEmpty();
    assertThat(named).hasToString("DatasetFacts[village; sources territory.ndjson, service.ndjson]");
  }

  @Test
  void aRecordOfOneOfSeveralInputsNamesItsInput() {
    RecordChecker checker = Streams.STREAMING.recordChecker();
    byte[] bytes = Streams.JINZHOU.getBytes(StandardCharsets.UTF_8);
    RecordOutcome outcome = checker.check(bytes, 0, bytes.length, 2, "linkage.ndjson", 7, 9, 1);
    assertThat(outcome.sourceIndex()).isEqualTo(2);
    assertThat(outcome.source()).contains("linkage.ndjson");
    assertThat(outcome.number()).isEqualTo(7);
    assertThat(outcome.line()).isEqualTo(9);
    assertThat(outcome).hasToString("RecordOutcome[linkage.ndjson #7 line 9, " + outcome.subject() + " "
        + outcome.status() + ", " + outcome.findings().size() + (outcome.findings().size() == 1 ? " finding]"
        : " findings]"));
    RecordOutcome single = checker.check(bytes, 0, bytes.length, 7, 9, 1);
    assertThat(single.sourceIndex()).isZero();
    assertThat(single.source()).isEmpty();
    assertThat(single.findings()).isEqualTo(outcome.findings());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> checker.check(bytes, 0, bytes.length, -1, null, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sourceIndex must be >= 0, but was -1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> checker.check(bytes, 0, bytes.length, 0, " ", 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("source must not be blank, but was \" \"");
  }

  @Test
  void oneRecordCheckerSharedByThreadsGivesTheSequentialFindings() throws Exception {
    RecordChecker checker = Streams.STREAMING.recordChecker();
    List<String> lines = new ArrayList<>();
    for (long seed = 10; seed < 14; seed++) {
      lines.addAll(Datasets.lines(seed));
    }
    List<List<Finding>> sequential = check(checker, lines);
    assertThat(sequential.stream().mapToInt(List::size).sum()).isPositive();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Finding>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> check(checker, lines)));
      }
      for (Future<List<List<Finding>>> future : futures) {
        assertThat(get(future)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<List<Finding>> check(RecordChecker checker, List<String> lines) {
    List<List<Finding>> findings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
      findings.add(bytes.length == 0 ? List.of() : checker.check(bytes, 0, bytes.length, i + 1, i + 1, 1).findings());
    }
    return findings;
  }

  private static <T> T get(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new AssertionError("a thread failed", e.getCause());
    }
  }
}
