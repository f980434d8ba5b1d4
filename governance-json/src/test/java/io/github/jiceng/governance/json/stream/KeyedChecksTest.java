package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static io.github.jiceng.governance.json.stream.Streams.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordResult;
import io.github.jiceng.governance.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming validator's checks across records, run as keyed aggregations the way a cluster runs them: records cut
 * into partitions, partial states combined within each partition, serialized, shuffled and combined again. The
 * findings and counts must be those of the streaming validator.
 */
class KeyedChecksTest {
  /** What a distributed run found. */
  static final class Distributed {
    final List<Finding> findings = new ArrayList<>();
    /** The findings with their input and record number, as the streaming validator gives them. */
    final List<StreamFinding> located = new ArrayList<>();
    long valid;
    long withErrors;
    long unreadable;
  }

  static Object roundTrip(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line of an input: its input, its line and (if not blank) its record number in that input. */
  private static final class Line {
    final int source;
    final int line;
    final long number;
    final String text;

    Line(int source, int line, long number, String text) {
      this.source = source;
      this.line = line;
      this.number = number;
      this.text = text;
    }
  }

  /** Runs the record checker and the keyed checks over partitions of the lines, as a cluster job would. */
  static Distributed distributed(RecordStreamValidator streaming, List<String> lines, int partitions, long seed) {
    return distributed(streaming, List.of(lines), null, partitions, seed);
  }

  /**
   * Runs the record checker and the keyed checks over partitions of the lines of several inputs (a partition may
   * hold the end of one input and the start of the next), as a cluster job would.
   *
   * @param names the inputs' names, or null for one unnamed input
   */
  static Distributed distributed(RecordStreamValidator streaming, List<List<String>> inputs, List<String> names,
      int partitions, long seed) {
    RecordChecker checker = streaming.recordChecker();
    List<KeyedCheck<?>> checks = streaming.keyedChecks();
    Distributed result = new Distributed();
    List<Line> all = new ArrayList<>();
    for (int source = 0; source < inputs.size(); source++) {
      long number = 0;
      for (int i = 0; i < inputs.get(source).size(); i++) {
        String text = inputs.get(source).get(i);
        all.add(new Line(source, i + 1, text.isBlank() ? 0 : ++number, text));
      }
    }
    Set<String> types = new HashSet<>();
    List<List<Map<String, Serializable>>> partial = new ArrayList<>();
    int size = (all.size() + partitions - 1) / partitions;
    for (int p = 0; p < partitions; p++) {
      List<Map<String, Serializable>> maps = new ArrayList<>();
      checks.forEach(c -> maps.add(new HashMap<>()));
      partial.add(maps);
      for (int i = p * size; i < Math.min(all.size(), (p + 1) * size); i++) {
        Line line = all.get(i);
        if (line.text.isBlank()) {
          continue;
        }
        byte[] bytes = line.text.getBytes(StandardCharsets.UTF_8);
        String name = names == null ? null : names.get(line.source);
        RecordOutcome outcome = checker.check(bytes, 0, bytes.length, line.source, name, line.number, line.line, 1);
        result.findings.addAll(outcome.findings());
        outcome.findings().forEach(f -> result.located.add(new StreamFinding(name, line.number, f)));
        switch (outcome.status()) {
          case VALID:
            result.valid++;
            break;
          case WITH_ERRORS:
            result.withErrors++;
            break;
          default:
            result.unreadable++;
        }
        if (outcome.value().isPresent()) {
          types.add(outcome.subject().type());
          for (int c = 0; c < checks.size(); c++) {
            keys(checks.get(c), outcome, maps.get(c));
          }
        }
      }
    }
    Random random = new Random(seed);
    Set<String> converted = new HashSet<>();
    DatasetFacts facts = names == null ? DatasetFacts.of(types) : DatasetFacts.of(types, names);
    for (int c = 0; c < checks.size(); c++) {
      List<Map.Entry<String, Serializable>> shuffled = new ArrayList<>();
      for (List<Map<String, Serializable>> maps : partial) {
        shuffled.addAll(maps.get(c).entrySet());
      }
      Collections.shuffle(shuffled, random);
      report(checks.get(c), shuffled, facts, names, result, converted);
    }
    result.valid -= converted.size();
    result.withErrors += converted.size();
    return result;
  }

  @SuppressWarnings("unchecked")
  private static <S extends Serializable> void keys(KeyedCheck<S> check, RecordOutcome outcome,
      Map<String, Serializable> map) {
    check.keys(outcome.value().orElseThrow(), outcome,
        (key, state) -> map.merge(key, state, (a, b) -> check.combine((S) a, (S) b)));
  }

  @SuppressWarnings("unchecked")
  private static <S extends Serializable> void report(KeyedCheck<S> check,
      List<Map.Entry<String, Serializable>> shuffled, DatasetFacts facts, List<String> names, Distributed result,
      Set<String> converted) {
    Map<String, S> combined = new HashMap<>();
    for (Map.Entry<String, Serializable> entry : shuffled) {
      combined.merge(entry.getKey(), (S) roundTrip(entry.getValue()), check::combine);
    }
    combined.forEach((key, state) -> check.findings(key, state, facts, (source, record, wasValid, finding) -> {
      RecordResult waived = VALIDATOR.applyWaivers(List.of(finding));
      for (Finding active : waived.findings()) {
        result.findings.add(active);
        result.located.add(new StreamFinding(names == null || source < 0 ? null : names.get(source), record,
            active));
        if (wasValid && active.severity() == Severity.ERROR) {
          converted.add(source + "#" + record);
        }
      }
    }));
  }

  private static List<Finding> streamed(List<String> lines) {
    return Streams.findings(Streams.run(STREAMING, Datasets.text(lines)));
  }

  @Test
  void thePlantedProblemsAreFoundByTheStreamingValidator() {
    Set<String> codes = streamed(Datasets.lines(1)).stream().map(f -> f.code().value()).collect(Collectors.toSet());
    assertThat(codes).contains("json.duplicate-id", "linkage.service.volunteer-unregistered",
        "linkage.volunteer.daily-hours-impossible", "territory.unit.parent-missing", "json.syntax",
        "json.unknown-type");
  }

  @Test
  void keyedAggregationGivesTheStreamingFindingsAndCounts() {
    List<String> lines = Datasets.lines(2);
    StreamReport report = Streams.run(STREAMING, Datasets.text(lines));
    Distributed distributed = distributed(STREAMING, lines, 3, 42);
    assertThat(distributed.findings).containsExactlyInAnyOrderElementsOf(Streams.findings(report));
    assertThat(new long[] {distributed.valid, distributed.withErrors, distributed.unreadable})
        .containsExactly(report.summary().valid(), report.summary().withErrors(), report.summary().unreadable());
  }

  @Test
  void theOrderInWhichPartialStatesMeetDoesNotMatter() {
    List<String> lines = Datasets.lines(3);
    List<Finding> expected = streamed(lines);
    qt().withFixedSeed(20261126L).withExamples(6)
        .forAll(integers().between(1, 7), longs().all())
        .checkAssert((partitions, seed) -> assertThat(distributed(STREAMING, lines, partitions, seed).findings)
            .containsExactlyInAnyOrderElementsOf(expected));
  }

  @Test
  void keyedAggregationOverSeveralInputsGivesTheMultiInputFindingsAndCounts(@TempDir Path directory)
      throws IOException {
    List<String> lines = Datasets.lines(4);
    int third = lines.size() / 3;
    List<List<String>> inputs = List.of(lines.subList(0, third), lines.subList(third, 2 * third),
        lines.subList(2 * third, lines.size()));
    List<String> names = List.of("territory.ndjson", "linkage.ndjson", "service.ndjson");
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      paths.add(Files.writeString(directory.resolve(names.get(i)), Datasets.text(inputs.get(i))));
    }
    StreamReport report = STREAMING.validate(paths);
    assertThat(report.droppedFindings()).isZero();
    // the planted duplicate is in the third file, the first record with its id in the first
    assertThat(report.findings()).filteredOn(f -> f.finding().code().value().equals("json.duplicate-id"))
        .extracting(f -> f.source().orElseThrow(), f -> f.finding().attributes().get("firstSource"))
        .contains(org.assertj.core.groups.Tuple.tuple("service.ndjson", "territory.ndjson"));
    for (int partitions : new int[] {1, 2, 5}) {
      Distributed distributed = distributed(STREAMING, inputs, names, partitions, partitions);
      assertThat(distributed.located).as("%d partitions", partitions)
          .containsExactlyInAnyOrderElementsOf(report.findings());
      assertThat(new long[] {distributed.valid, distributed.withErrors, distributed.unreadable})
          .containsExactly(report.summary().valid(), report.summary().withErrors(), report.summary().unreadable());
    }
  }

  @Test
  void aDatasetCheckThatIsNotKeyedCannotBeDistributed() {
    RecordStreamValidator withPlainCheck = RecordStreamValidator.builder(VALIDATOR).check(() -> new DatasetCheck() {
      @Override
      public void record(Object record, RecordOutcome outcome) {
      }

      @Override
      public void finish(java.util.function.Consumer<Finding> out) {
      }

      @Override
      public long keys() {
        return 0;
      }
    }).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(withPlainCheck::keyedChecks)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a KeyedCheck");
  }

  @Test
  void aKeyedCheckRunInMemoryKnowsTheRecordTypesItSaw() {
    RecordChecker checker = STREAMING.recordChecker();
    DatasetCheck references = KeyedCheck.inMemory(MissingReferences.of(VALIDATOR, RecordReferences.standard(),
        io.github.jiceng.governance.rules.RecordLookup.none()));
    String orphan = Streams.SECOND.replace("\"500154001000\"", "\"500154002000\"");
    List<String> lines = List.of(Streams.DISTRICT, Streams.TOWNSHIP, orphan);
    for (int i = 0; i < lines.size(); i++) {
      byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
      RecordOutcome outcome = checker.check(bytes, 0, bytes.length, i + 1, i + 1, 1);
      references.record(outcome.value().orElseThrow(), outcome);
    }
    List<Finding> found = new ArrayList<>();
    references.finish(found::add);
    assertThat(found).extracting(f -> f.code().value(), f -> f.subject().id().orElseThrow(),
        f -> f.location().line().getAsInt())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("territory.unit.parent-missing", "500154001002", 3));
    assertThat(references.keys()).isEqualTo(4); // district, township, village, the missing township
  }

  @Test
  void keyedChecksFollowTheConfiguration() {
    assertThat(STREAMING.keyedChecks()).hasSize(3).first().isSameAs(DuplicateIds.check());
    assertThat(RecordStreamValidator.builder(VALIDATOR).duplicateIds(false).standardChecks(false).build()
        .keyedChecks()).hasSize(1).first().isInstanceOf(MissingReferences.class);
  }
}
